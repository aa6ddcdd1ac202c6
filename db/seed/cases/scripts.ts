type Text = { subject: string; body: string; bot: string; answer: string; followUp: string };
export type CaseScript = { category: string; withOrder: boolean; en: Text; fr: Text; it: Text };

/** Demo conversations of the Ohmnia electronics shop, written for each language (not translated word for word). */
export const caseScripts: CaseScript[] = [
  {
    category: "delivery",
    withOrder: true,
    en: { subject: "Parcel shows delivered but nothing arrived", body: "Tracking says my parcel was delivered yesterday at 14:02, but there was nothing at my door or with the neighbours.", bot: "Parcels marked delivered sometimes arrive the next day. Please check your mailbox and safe places.", answer: "I have opened an investigation with the carrier. They usually reply within 48 hours; I will keep you posted here.", followUp: "Thanks, still nothing on my side." },
    fr: { subject: "Colis indiqué livré mais jamais reçu", body: "Le suivi indique une livraison hier à 14 h 02, mais rien devant ma porte ni chez les voisins.", bot: "Un colis indiqué livré arrive parfois le lendemain. Pensez à vérifier votre boîte aux lettres.", answer: "J’ai ouvert une enquête auprès du transporteur. Il répond en général sous 48 heures, je vous tiens au courant ici.", followUp: "Merci, toujours rien de mon côté." },
    it: { subject: "Pacco risulta consegnato ma non è arrivato", body: "Il tracciamento dice che il pacco è stato consegnato ieri alle 14:02, ma non c’era nulla alla porta né dai vicini.", bot: "A volte un pacco segnato come consegnato arriva il giorno dopo. Controlla la cassetta della posta.", answer: "Ho aperto una verifica con il corriere. Di solito risponde entro 48 ore, ti aggiorno qui.", followUp: "Grazie, ancora niente da parte mia." },
  },
  {
    category: "technical",
    withOrder: true,
    en: { subject: "Headphones do not pair with my laptop", body: "My new wireless headphones pair with my phone but not with my laptop. The laptop shows an error when connecting.", bot: "Try removing the headphones from the laptop's Bluetooth list and pairing again.", answer: "Please update the headphones' firmware from the companion app, then hold the power button for 10 seconds to reset pairing.", followUp: "The update worked, they connect now." },
    fr: { subject: "Le casque ne s’appaire pas avec mon ordinateur", body: "Mon nouveau casque sans fil fonctionne avec mon téléphone mais pas avec mon ordinateur portable, qui affiche une erreur.", bot: "Supprimez le casque de la liste Bluetooth de l’ordinateur puis relancez l’appairage.", answer: "Mettez à jour le firmware du casque depuis l’application, puis maintenez le bouton d’alimentation 10 secondes pour réinitialiser l’appairage.", followUp: "La mise à jour a réglé le problème, merci." },
    it: { subject: "Le cuffie non si collegano al portatile", body: "Le nuove cuffie wireless funzionano con il telefono ma non con il portatile, che mostra un errore di connessione.", bot: "Prova a rimuovere le cuffie dall’elenco Bluetooth del portatile e ad associarle di nuovo.", answer: "Aggiorna il firmware delle cuffie dall’app, poi tieni premuto il tasto di accensione per 10 secondi per azzerare gli abbinamenti.", followUp: "Con l’aggiornamento funziona, grazie." },
  },
  {
    category: "returns",
    withOrder: true,
    en: { subject: "Return a smartwatch that does not fit", body: "The strap is too small for my wrist. I would like to return the watch; it is unused and in its box.", bot: "You can start a return from your order page within 30 days of delivery.", answer: "I have created your return label; you will find it on the order page. Drop the parcel at any relay point.", followUp: "Parcel dropped off this morning." },
    fr: { subject: "Retour d’une montre connectée trop petite", body: "Le bracelet est trop petit pour mon poignet. Je souhaite retourner la montre, jamais portée, dans sa boîte.", bot: "Vous pouvez lancer un retour depuis la page de la commande, sous 30 jours après la livraison.", answer: "J’ai créé votre étiquette de retour, disponible sur la page de la commande. Déposez le colis en point relais.", followUp: "Colis déposé ce matin." },
    it: { subject: "Reso di uno smartwatch troppo piccolo", body: "Il cinturino è troppo piccolo per il mio polso. Vorrei restituire l’orologio, mai usato e nella sua scatola.", bot: "Puoi avviare un reso dalla pagina dell’ordine entro 30 giorni dalla consegna.", answer: "Ho creato l’etichetta di reso, la trovi nella pagina dell’ordine. Consegna il pacco in un punto di ritiro.", followUp: "Pacco consegnato stamattina." },
  },
  {
    category: "refund",
    withOrder: true,
    en: { subject: "Refund not received after return", body: "You received my returned speaker ten days ago but I still have not been refunded.", bot: "Refunds reach your account 3 to 5 business days after we process the return.", answer: "The refund was issued today; depending on your bank it appears within 3 business days.", followUp: "I can see it now, thank you." },
    fr: { subject: "Remboursement non reçu après retour", body: "Vous avez reçu mon enceinte retournée il y a dix jours, mais je ne suis toujours pas remboursé.", bot: "Le remboursement arrive 3 à 5 jours ouvrés après le traitement du retour.", answer: "Le remboursement a été émis aujourd’hui ; selon votre banque, il apparaîtra sous 3 jours ouvrés.", followUp: "Je le vois maintenant, merci." },
    it: { subject: "Rimborso non ricevuto dopo il reso", body: "Avete ricevuto la cassa restituita dieci giorni fa ma non ho ancora avuto il rimborso.", bot: "Il rimborso arriva 3-5 giorni lavorativi dopo la lavorazione del reso.", answer: "Il rimborso è stato emesso oggi; a seconda della banca sarà visibile entro 3 giorni lavorativi.", followUp: "Ora lo vedo, grazie." },
  },
  {
    category: "warranty",
    withOrder: true,
    en: { subject: "Tablet screen cracked on its own", body: "The tablet screen cracked from the corner while charging on my desk. It is eight months old. Is this covered by the warranty?", bot: "Warranty claims need a photo of the device and the serial number.", answer: "A repair is covered. Please send a photo of the screen and the serial number, and we will book a courier pick-up.", followUp: "Photo and serial number attached." },
    fr: { subject: "Écran de tablette fissuré tout seul", body: "L’écran de ma tablette s’est fissuré depuis un coin pendant la charge, sur mon bureau. Elle a huit mois. Est-ce couvert par la garantie ?", bot: "Une demande de garantie nécessite une photo de l’appareil et le numéro de série.", answer: "La réparation est couverte. Envoyez-nous une photo de l’écran et le numéro de série, nous organiserons l’enlèvement.", followUp: "Photo et numéro de série envoyés." },
    it: { subject: "Schermo del tablet incrinato da solo", body: "Lo schermo del tablet si è incrinato da un angolo mentre era in carica sulla scrivania. Ha otto mesi. È coperto dalla garanzia?", bot: "Per la garanzia servono una foto del dispositivo e il numero di serie.", answer: "La riparazione è coperta. Inviaci una foto dello schermo e il numero di serie e prenoteremo il ritiro.", followUp: "Foto e numero di serie inviati." },
  },
  {
    category: "billing",
    withOrder: true,
    en: { subject: "Charged twice for one order", body: "My card statement shows two identical payments for the same order.", bot: "A second charge is often a pre-authorisation that disappears within a few days.", answer: "One of the two payments was a pre-authorisation; it has been released and will disappear from your statement.", followUp: "It is gone now." },
    fr: { subject: "Débité deux fois pour une commande", body: "Mon relevé de carte affiche deux paiements identiques pour la même commande.", bot: "Un second débit est souvent une pré-autorisation qui disparaît en quelques jours.", answer: "L’un des deux paiements était une pré-autorisation ; elle a été levée et disparaîtra de votre relevé.", followUp: "C’est réglé, merci." },
    it: { subject: "Addebito doppio per un solo ordine", body: "L’estratto conto della carta mostra due pagamenti identici per lo stesso ordine.", bot: "Spesso il secondo addebito è una preautorizzazione che sparisce in pochi giorni.", answer: "Uno dei due pagamenti era una preautorizzazione: è stata annullata e sparirà dall’estratto conto.", followUp: "Ora è sparito, grazie." },
  },
  {
    category: "cancellation",
    withOrder: true,
    en: { subject: "Cancel my order before shipping", body: "I ordered the wrong colour. Can you cancel the order before it ships?", bot: "Orders can be cancelled from the order page until they are handed to the carrier.", answer: "Your order was cancelled before shipping and the payment has been released.", followUp: "Perfect, I placed a new one." },
    fr: { subject: "Annuler ma commande avant l’expédition", body: "Je me suis trompé de couleur. Pouvez-vous annuler la commande avant l’expédition ?", bot: "Une commande peut être annulée depuis sa page tant qu’elle n’est pas remise au transporteur.", answer: "Votre commande a été annulée avant l’expédition et le paiement libéré.", followUp: "Parfait, j’en ai passé une nouvelle." },
    it: { subject: "Annullare l’ordine prima della spedizione", body: "Ho sbagliato colore. Potete annullare l’ordine prima che venga spedito?", bot: "Puoi annullare un ordine dalla sua pagina finché non è affidato al corriere.", answer: "L’ordine è stato annullato prima della spedizione e il pagamento sbloccato.", followUp: "Perfetto, ne ho fatto uno nuovo." },
  },
  {
    category: "account",
    withOrder: false,
    en: { subject: "Cannot change my delivery address", body: "The save button stays grey when I edit my address in my account.", bot: "Make sure every required field, including the postcode, is filled in.", answer: "The postcode field rejected the space in your postcode; this is fixed. Please try again.", followUp: "Saved, thanks." },
    fr: { subject: "Impossible de modifier mon adresse de livraison", body: "Le bouton d’enregistrement reste grisé quand je modifie mon adresse dans mon compte.", bot: "Vérifiez que tous les champs obligatoires, y compris le code postal, sont remplis.", answer: "Le champ code postal refusait l’espace saisi ; c’est corrigé. Vous pouvez réessayer.", followUp: "C’est enregistré, merci." },
    it: { subject: "Non riesco a cambiare l’indirizzo di consegna", body: "Il pulsante salva resta grigio quando modifico l’indirizzo nel mio account.", bot: "Controlla che tutti i campi obbligatori, compreso il CAP, siano compilati.", answer: "Il campo CAP non accettava lo spazio inserito; ora è corretto. Puoi riprovare.", followUp: "Salvato, grazie." },
  },
  {
    category: "technical",
    withOrder: true,
    en: { subject: "Charger smells of burning plastic", body: "The fast charger gets very hot and smells of burning plastic after a few minutes. I unplugged it.", bot: "Please stop using the charger and unplug it.", answer: "Thank you for unplugging it. We are sending a replacement today and a prepaid label for the faulty charger.", followUp: "The replacement arrived and works fine." },
    fr: { subject: "Le chargeur sent le plastique brûlé", body: "Le chargeur rapide chauffe beaucoup et sent le plastique brûlé après quelques minutes. Je l’ai débranché.", bot: "Cessez d’utiliser le chargeur et débranchez-le.", answer: "Merci de l’avoir débranché. Nous vous envoyons aujourd’hui un remplacement et une étiquette prépayée pour le chargeur défectueux.", followUp: "Le remplacement est arrivé et fonctionne." },
    it: { subject: "Il caricatore sa di plastica bruciata", body: "Il caricatore rapido si scalda molto e dopo pochi minuti sa di plastica bruciata. L’ho staccato.", bot: "Smetti di usare il caricatore e staccalo dalla presa.", answer: "Grazie per averlo staccato. Oggi ti spediamo un sostituto e un’etichetta prepagata per il caricatore difettoso.", followUp: "Il sostituto è arrivato e funziona." },
  },
  {
    category: "delivery",
    withOrder: true,
    en: { subject: "Can I change the delivery slot?", body: "I will be away on Thursday. Can the courier deliver on Saturday instead?", bot: "You can change the delivery slot from the carrier's tracking page.", answer: "I moved the delivery to Saturday morning; you will get a text message the day before.", followUp: "Great, thank you." },
    fr: { subject: "Puis-je changer le créneau de livraison ?", body: "Je serai absent jeudi. Le livreur peut-il passer samedi ?", bot: "Vous pouvez changer de créneau depuis la page de suivi du transporteur.", answer: "J’ai déplacé la livraison à samedi matin ; vous recevrez un SMS la veille.", followUp: "Super, merci." },
    it: { subject: "Posso cambiare la fascia di consegna?", body: "Giovedì non sarò a casa. Il corriere può consegnare sabato?", bot: "Puoi cambiare la fascia oraria dalla pagina di tracciamento del corriere.", answer: "Ho spostato la consegna a sabato mattina; riceverai un SMS il giorno prima.", followUp: "Ottimo, grazie." },
  },
  {
    category: "other",
    withOrder: false,
    en: { subject: "Do you sell gift cards?", body: "I would like to offer a gift card for a birthday. Is that possible?", bot: "Gift cards are in the Gifts section of the shop, from 20 to 500 euros.", answer: "Yes: gift cards from 20 to 500 euros are in the Gifts section, sent by email or printed.", followUp: "Found it, thanks." },
    fr: { subject: "Vendez-vous des cartes cadeaux ?", body: "Je voudrais offrir une carte cadeau pour un anniversaire. Est-ce possible ?", bot: "Les cartes cadeaux sont dans la rubrique Cadeaux, de 20 à 500 euros.", answer: "Oui : des cartes de 20 à 500 euros, dans la rubrique Cadeaux, envoyées par e-mail ou à imprimer.", followUp: "Trouvé, merci." },
    it: { subject: "Vendete buoni regalo?", body: "Vorrei regalare un buono per un compleanno. È possibile?", bot: "I buoni regalo sono nella sezione Regali, da 20 a 500 euro.", answer: "Sì: buoni da 20 a 500 euro nella sezione Regali, inviati via e-mail o da stampare.", followUp: "Trovato, grazie." },
  },
  {
    category: "billing",
    withOrder: true,
    en: { subject: "Invoice needs our company VAT number", body: "Our invoice is missing the company VAT number. Can you issue a corrected invoice?", bot: "You can add a VAT number to your account; new invoices will include it.", answer: "A corrected invoice with your VAT number is now available on the order page.", followUp: "Received, thank you." },
    fr: { subject: "Facture sans notre numéro de TVA", body: "Il manque le numéro de TVA de notre société sur la facture. Pouvez-vous émettre une facture corrigée ?", bot: "Vous pouvez ajouter un numéro de TVA à votre compte ; les nouvelles factures l’afficheront.", answer: "La facture corrigée avec votre numéro de TVA est disponible sur la page de la commande.", followUp: "Bien reçue, merci." },
    it: { subject: "Fattura senza partita IVA", body: "Nella fattura manca la partita IVA della nostra azienda. Potete emettere una fattura corretta?", bot: "Puoi aggiungere la partita IVA al tuo account; le nuove fatture la riporteranno.", answer: "La fattura corretta con la partita IVA è disponibile nella pagina dell’ordine.", followUp: "Ricevuta, grazie." },
  },
];
