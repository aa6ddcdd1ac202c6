import type { SeedLocale } from "./catalog";

export type ArticleText = { title: string; summary: string; body: string };
export type ArticleSeed = {
  /** Stable key used by tests and the relevance set. */
  key: string;
  category: string;
  kind: "article" | "faq";
  audience?: "public" | "internal";
  /** Days since the last update, so "recent" boosts are deterministic. */
  ageDays: number;
  helpful: number;
  notHelpful: number;
  /** Languages left untranslated on purpose (the help center shows a fallback notice). */
  missing?: SeedLocale[];
} & Record<SeedLocale, ArticleText>;

/**
 * The demo knowledge base of Ohmnia Électronique: written for this product, in three languages.
 * Each language is written for its readers (not a word-for-word translation).
 */
export const kbArticleSeeds: ArticleSeed[] = [
  {
    key: "track-order",
    category: "delivery-tracking",
    kind: "article",
    ageDays: 12,
    helpful: 48,
    notHelpful: 3,
    en: {
      title: "Track your order and parcel",
      summary: "Follow your parcel from our warehouse to your door.",
      body: `As soon as your order leaves our warehouse you receive an email with the carrier and the **tracking number**.

## Where to find the tracking

1. Sign in and open **Orders**.
2. Choose the order: the delivery block shows the carrier, the tracking number and every scan of the parcel.
3. The history updates several times a day.

If the tracking has not moved for more than 3 working days, see [My parcel is late](/en/help).`,
    },
    fr: {
      title: "Suivre ma commande et mon colis",
      summary: "Suivez votre colis de notre entrepôt jusqu'à chez vous.",
      body: `Dès que votre commande quitte notre entrepôt, vous recevez un e-mail avec le transporteur et le **numéro de suivi**.

## Où trouver le suivi

1. Connectez-vous et ouvrez **Commandes**.
2. Choisissez la commande : le bloc livraison affiche le transporteur, le numéro de suivi et chaque passage du colis.
3. L'historique se met à jour plusieurs fois par jour.

Si le suivi n'a pas bougé depuis plus de 3 jours ouvrés, consultez l'article sur les colis en retard.`,
    },
    it: {
      title: "Tracciare l'ordine e il pacco",
      summary: "Segui il tuo pacco dal nostro magazzino fino a casa.",
      body: `Appena l'ordine lascia il magazzino ricevi un'e-mail con il corriere e il **numero di tracciamento**.

## Dove trovare il tracciamento

1. Accedi e apri **Ordini**.
2. Scegli l'ordine: la sezione consegna mostra il corriere, il numero di tracciamento e ogni passaggio del pacco.
3. La cronologia si aggiorna più volte al giorno.

Se il tracciamento è fermo da più di 3 giorni lavorativi, leggi l'articolo sui pacchi in ritardo.`,
    },
  },
  {
    key: "delivery-times",
    category: "delivery-tracking",
    kind: "article",
    ageDays: 40,
    helpful: 31,
    notHelpful: 4,
    en: {
      title: "Delivery times and shipping costs",
      summary: "How long delivery takes in France, Italy and the United Kingdom, and what it costs.",
      body: `Orders placed before 2 pm on a working day leave the warehouse the same day.

| Destination | Standard | Express |
|:--|:--|:--|
| France | 2–3 working days | next working day |
| Italy | 3–4 working days | 1–2 working days |
| United Kingdom | 4–6 working days | 2–3 working days |

Standard shipping is free from €50. Express shipping costs €9.90. Large TVs are delivered by appointment: the carrier calls you to choose a time slot.`,
    },
    fr: {
      title: "Délais et frais de livraison",
      summary: "Combien de temps prend la livraison en France, en Italie et au Royaume-Uni, et combien elle coûte.",
      body: `Les commandes passées avant 14 h un jour ouvré quittent l'entrepôt le jour même.

| Destination | Standard | Express |
|:--|:--|:--|
| France | 2 à 3 jours ouvrés | le jour ouvré suivant |
| Italie | 3 à 4 jours ouvrés | 1 à 2 jours ouvrés |
| Royaume-Uni | 4 à 6 jours ouvrés | 2 à 3 jours ouvrés |

La livraison standard est offerte dès 50 €. L'express coûte 9,90 €. Les grands téléviseurs sont livrés sur rendez-vous : le transporteur vous appelle pour fixer un créneau.`,
    },
    it: {
      title: "Tempi e costi di spedizione",
      summary: "Quanto tempo richiede la consegna in Francia, Italia e Regno Unito e quanto costa.",
      body: `Gli ordini effettuati entro le 14 di un giorno lavorativo partono dal magazzino in giornata.

| Destinazione | Standard | Express |
|:--|:--|:--|
| Francia | 2–3 giorni lavorativi | il giorno lavorativo successivo |
| Italia | 3–4 giorni lavorativi | 1–2 giorni lavorativi |
| Regno Unito | 4–6 giorni lavorativi | 2–3 giorni lavorativi |

La spedizione standard è gratuita da 50 €. L'express costa 9,90 €. I televisori grandi vengono consegnati su appuntamento: il corriere ti chiama per scegliere una fascia oraria.`,
    },
  },
  {
    key: "change-delivery-address",
    category: "delivery-tracking",
    kind: "article",
    ageDays: 90,
    helpful: 12,
    notHelpful: 5,
    en: {
      title: "Change the delivery address of an order",
      summary: "What you can change before and after the parcel ships.",
      body: `You can change the delivery address as long as the order is **pending** or **paid**: open the order and choose *Edit address*.

Once the order is being prepared or has shipped, we can no longer change it ourselves. You can still ask the carrier to redirect the parcel from its tracking page, or to hold it at a pick-up point near you.`,
    },
    fr: {
      title: "Modifier l'adresse de livraison d'une commande",
      summary: "Ce que vous pouvez changer avant et après l'expédition du colis.",
      body: `Vous pouvez modifier l'adresse de livraison tant que la commande est **en attente** ou **payée** : ouvrez la commande et choisissez *Modifier l'adresse*.

Une fois la commande en préparation ou expédiée, nous ne pouvons plus la changer nous-mêmes. Vous pouvez encore demander au transporteur de réacheminer le colis depuis sa page de suivi, ou de le garder dans un point relais proche de chez vous.`,
    },
    it: {
      title: "Cambiare l'indirizzo di consegna di un ordine",
      summary: "Cosa puoi modificare prima e dopo la spedizione del pacco.",
      body: `Puoi cambiare l'indirizzo di consegna finché l'ordine è **in attesa** o **pagato**: apri l'ordine e scegli *Modifica indirizzo*.

Quando l'ordine è in preparazione o già spedito non possiamo più modificarlo noi. Puoi comunque chiedere al corriere di reindirizzare il pacco dalla sua pagina di tracciamento, oppure di tenerlo in un punto di ritiro vicino a te.`,
    },
  },
  {
    key: "late-parcel",
    category: "delivery-problems",
    kind: "article",
    ageDays: 20,
    helpful: 40,
    notHelpful: 6,
    en: {
      title: "My parcel is late or the tracking has not moved",
      summary: "What to do when a delivery takes longer than expected.",
      body: `Carriers sometimes scan a parcel only when it reaches the next hub, so the tracking can stay still for a day or two.

- **Up to 3 working days late**: wait, the parcel is almost always on its way.
- **More than 3 working days without a scan**: open a case from the order page. We open an investigation with the carrier.
- **More than 10 working days**: the parcel is declared lost and we send a replacement or refund you, as you prefer.`,
    },
    fr: {
      title: "Mon colis est en retard ou le suivi ne bouge plus",
      summary: "Que faire quand une livraison prend plus de temps que prévu.",
      body: `Les transporteurs ne scannent parfois le colis qu'à son arrivée dans le centre suivant : le suivi peut donc rester immobile un jour ou deux.

- **Jusqu'à 3 jours ouvrés de retard** : patientez, le colis est presque toujours en route.
- **Plus de 3 jours ouvrés sans passage** : ouvrez une demande depuis la page de la commande. Nous lançons une enquête auprès du transporteur.
- **Plus de 10 jours ouvrés** : le colis est déclaré perdu et nous vous renvoyons le produit ou vous remboursons, à votre choix.`,
    },
    it: {
      title: "Il mio pacco è in ritardo o il tracciamento è fermo",
      summary: "Cosa fare quando una consegna richiede più tempo del previsto.",
      body: `A volte i corrieri registrano il pacco solo quando arriva al centro successivo: il tracciamento può restare fermo per uno o due giorni.

- **Fino a 3 giorni lavorativi di ritardo**: attendi, il pacco è quasi sempre in viaggio.
- **Più di 3 giorni lavorativi senza aggiornamenti**: apri una richiesta dalla pagina dell'ordine. Avviamo un'indagine con il corriere.
- **Più di 10 giorni lavorativi**: il pacco viene dichiarato smarrito e ti rispediamo il prodotto o ti rimborsiamo, come preferisci.`,
    },
  },
  {
    key: "damaged-parcel",
    category: "delivery-problems",
    kind: "article",
    ageDays: 8,
    helpful: 52,
    notHelpful: 2,
    en: {
      title: "Damaged parcel: how to return it",
      summary: "The box arrived crushed or the product is broken on arrival.",
      body: `If the box is visibly damaged, you may refuse the parcel at the door: it comes back to us and we ship a new one.

If you accepted it and discover damage when opening it:

1. Take photos of the box, the packaging and the product.
2. Within **7 days**, open a return request from the order page and choose *Damaged on arrival*.
3. Print the prepaid label we email you and drop the parcel at a pick-up point.

The replacement ships as soon as the carrier scans your return. You do not pay anything.`,
    },
    fr: {
      title: "Colis endommagé : comment faire le retour",
      summary: "Le carton est arrivé écrasé ou le produit est cassé à la livraison.",
      body: `Si le carton est visiblement abîmé, vous pouvez refuser le colis devant le livreur : il nous revient et nous en expédions un nouveau.

Si vous l'avez accepté et découvrez les dégâts à l'ouverture :

1. Photographiez le carton, l'emballage et le produit.
2. Sous **7 jours**, faites une demande de retour depuis la page de la commande et choisissez *Endommagé à la livraison*.
3. Imprimez l'étiquette prépayée reçue par e-mail et déposez le colis en point relais.

Le produit de remplacement part dès que le transporteur scanne votre retour. Vous n'avez rien à payer.`,
    },
    it: {
      title: "Pacco danneggiato: come fare il reso",
      summary: "La scatola è arrivata schiacciata o il prodotto è rotto alla consegna.",
      body: `Se la scatola è visibilmente danneggiata puoi rifiutare il pacco al corriere: torna da noi e te ne spediamo uno nuovo.

Se l'hai accettato e scopri il danno all'apertura:

1. Fotografa la scatola, l'imballaggio e il prodotto.
2. Entro **7 giorni** apri una richiesta di reso dalla pagina dell'ordine e scegli *Danneggiato alla consegna*.
3. Stampa l'etichetta prepagata che ricevi via e-mail e consegna il pacco in un punto di ritiro.

Il prodotto sostitutivo parte appena il corriere registra il tuo reso. Non paghi nulla.`,
    },
  },
  {
    key: "missing-item",
    category: "delivery-problems",
    kind: "article",
    ageDays: 60,
    helpful: 15,
    notHelpful: 3,
    en: {
      title: "An item is missing from my parcel",
      summary: "Your order arrived incomplete or an accessory is missing.",
      body: `Some orders ship in several parcels: check the order page, each parcel has its own tracking number.

If everything has been delivered and an item or accessory (charger, cable, remote) is still missing, open a case from the order within **14 days** with a photo of the box contents. We ship the missing item at no cost.`,
    },
    fr: {
      title: "Il manque un article dans mon colis",
      summary: "Votre commande est arrivée incomplète ou un accessoire manque.",
      body: `Certaines commandes partent en plusieurs colis : vérifiez la page de la commande, chaque colis a son propre numéro de suivi.

Si tout a été livré et qu'un article ou un accessoire (chargeur, câble, télécommande) manque toujours, ouvrez une demande depuis la commande sous **14 jours** avec une photo du contenu du carton. Nous expédions l'article manquant sans frais.`,
    },
    it: {
      title: "Manca un articolo nel mio pacco",
      summary: "L'ordine è arrivato incompleto o manca un accessorio.",
      body: `Alcuni ordini vengono spediti in più pacchi: controlla la pagina dell'ordine, ogni pacco ha il suo numero di tracciamento.

Se è stato consegnato tutto e manca ancora un articolo o un accessorio (caricabatterie, cavo, telecomando), apri una richiesta dall'ordine entro **14 giorni** con una foto del contenuto della scatola. Spediamo l'articolo mancante gratuitamente.`,
    },
  },
  {
    key: "parcel-delivered-not-received",
    category: "delivery-problems",
    kind: "article",
    ageDays: 33,
    helpful: 22,
    notHelpful: 7,
    en: {
      title: "Tracking says delivered but I did not receive the parcel",
      summary: "Steps to find a parcel marked as delivered.",
      body: `First check with neighbours, your building's caretaker and your mailbox: carriers often leave parcels with them.

Look at the tracking history: a delivery to a pick-up point or a signature name may tell you where it is. If you still cannot find it after **48 hours**, open a case from the order. We ask the carrier for the proof of delivery (GPS position and signature) and, if it was not delivered to you, we send a replacement.`,
    },
    fr: {
      title: "Le suivi indique livré mais je n'ai pas reçu le colis",
      summary: "Les étapes pour retrouver un colis marqué comme livré.",
      body: `Vérifiez d'abord auprès de vos voisins, du gardien de l'immeuble et dans votre boîte aux lettres : les livreurs y laissent souvent les colis.

Regardez l'historique de suivi : une livraison en point relais ou le nom du signataire peuvent vous indiquer où il se trouve. Si vous ne le trouvez toujours pas après **48 heures**, ouvrez une demande depuis la commande. Nous demandons au transporteur la preuve de livraison (position GPS et signature) et, s'il ne vous a pas été remis, nous vous renvoyons le produit.`,
    },
    it: {
      title: "Il tracciamento dice consegnato ma non ho ricevuto il pacco",
      summary: "I passaggi per ritrovare un pacco segnato come consegnato.",
      body: `Controlla prima con i vicini, il portiere del palazzo e nella cassetta della posta: i corrieri lasciano spesso lì i pacchi.

Guarda la cronologia del tracciamento: una consegna in un punto di ritiro o il nome di chi ha firmato possono dirti dove si trova. Se dopo **48 ore** non lo trovi ancora, apri una richiesta dall'ordine. Chiediamo al corriere la prova di consegna (posizione GPS e firma) e, se non ti è stato consegnato, ti spediamo un nuovo prodotto.`,
    },
  },
  {
    key: "return-product",
    category: "returns",
    kind: "article",
    ageDays: 5,
    helpful: 61,
    notHelpful: 5,
    en: {
      title: "Return a product within 30 days",
      summary: "Changed your mind? Send it back for free within 30 days of delivery.",
      body: `You have **30 days** from delivery to return a product, even if you opened it.

## How to return

1. Open the order and choose **Request a return**.
2. Pick the items and the reason.
3. Print the prepaid label and drop the parcel at a pick-up point.

Put the product back in its box with all accessories. Devices must be reset to factory settings and signed out of any account (see the article on resetting a phone).

![Packing a return](/images/help/return-packing.png)`,
    },
    fr: {
      title: "Retourner un produit sous 30 jours",
      summary: "Vous avez changé d'avis ? Renvoyez-le gratuitement dans les 30 jours suivant la livraison.",
      body: `Vous disposez de **30 jours** après la livraison pour retourner un produit, même ouvert.

## Comment faire un retour

1. Ouvrez la commande et choisissez **Demander un retour**.
2. Sélectionnez les articles et le motif.
3. Imprimez l'étiquette prépayée et déposez le colis en point relais.

Remettez le produit dans sa boîte avec tous ses accessoires. Les appareils doivent être réinitialisés et déconnectés de tout compte (voir l'article sur la réinitialisation d'un téléphone).

![Emballer un retour](/images/help/return-packing.png)`,
    },
    it: {
      title: "Restituire un prodotto entro 30 giorni",
      summary: "Hai cambiato idea? Rispediscilo gratis entro 30 giorni dalla consegna.",
      body: `Hai **30 giorni** dalla consegna per restituire un prodotto, anche se aperto.

## Come fare il reso

1. Apri l'ordine e scegli **Richiedi un reso**.
2. Seleziona gli articoli e il motivo.
3. Stampa l'etichetta prepagata e consegna il pacco in un punto di ritiro.

Rimetti il prodotto nella sua scatola con tutti gli accessori. I dispositivi devono essere ripristinati alle impostazioni di fabbrica e scollegati da ogni account (vedi l'articolo sul ripristino del telefono).

![Imballare un reso](/images/help/return-packing.png)`,
    },
  },
  {
    key: "refund-timing",
    category: "returns",
    kind: "article",
    ageDays: 15,
    helpful: 44,
    notHelpful: 9,
    en: {
      title: "When will I get my refund?",
      summary: "Refund times after a return or a cancellation.",
      body: `We refund as soon as your return reaches our warehouse and is checked, usually **3 working days** after the carrier's last scan.

The money goes back to the payment method you used. Your bank then needs 2 to 5 working days to show it on your statement. A cancelled order that had not shipped is refunded the same day.

You receive an email at each step, and the order page shows the refund status.`,
    },
    fr: {
      title: "Quand serai-je remboursé ?",
      summary: "Les délais de remboursement après un retour ou une annulation.",
      body: `Nous remboursons dès que votre retour arrive à l'entrepôt et a été contrôlé, en général **3 jours ouvrés** après le dernier passage chez le transporteur.

L'argent est reversé sur le moyen de paiement utilisé. Votre banque met ensuite 2 à 5 jours ouvrés pour l'afficher sur votre relevé. Une commande annulée avant expédition est remboursée le jour même.

Vous recevez un e-mail à chaque étape et la page de la commande indique où en est le remboursement.`,
    },
    it: {
      title: "Quando riceverò il rimborso?",
      summary: "I tempi di rimborso dopo un reso o un annullamento.",
      body: `Rimborsiamo appena il reso arriva in magazzino ed è stato controllato, di solito **3 giorni lavorativi** dopo l'ultima registrazione del corriere.

Il denaro torna sul metodo di pagamento usato. La banca impiega poi da 2 a 5 giorni lavorativi per mostrarlo sull'estratto conto. Un ordine annullato prima della spedizione viene rimborsato in giornata.

Ricevi un'e-mail a ogni passaggio e la pagina dell'ordine mostra lo stato del rimborso.`,
    },
  },
  {
    key: "cancel-order",
    category: "returns",
    kind: "article",
    ageDays: 25,
    helpful: 29,
    notHelpful: 4,
    en: {
      title: "Cancel an order",
      summary: "Cancel before it ships, or refuse it at delivery.",
      body: `An order can be cancelled from its page as long as it has **not shipped**. The refund is immediate.

Once it has shipped, the cancel button disappears. You can then refuse the parcel at delivery, or accept it and request a free return within 30 days.`,
    },
    fr: {
      title: "Annuler une commande",
      summary: "Annulez avant l'expédition, ou refusez le colis à la livraison.",
      body: `Une commande peut être annulée depuis sa page tant qu'elle n'est **pas expédiée**. Le remboursement est immédiat.

Une fois expédiée, le bouton d'annulation disparaît. Vous pouvez alors refuser le colis à la livraison, ou l'accepter et demander un retour gratuit sous 30 jours.`,
    },
    it: {
      title: "Annullare un ordine",
      summary: "Annulla prima della spedizione o rifiuta il pacco alla consegna.",
      body: `Un ordine si può annullare dalla sua pagina finché **non è stato spedito**. Il rimborso è immediato.

Dopo la spedizione il pulsante di annullamento scompare. Puoi allora rifiutare il pacco alla consegna, oppure accettarlo e chiedere un reso gratuito entro 30 giorni.`,
    },
  },
  {
    key: "exchange-product",
    category: "returns",
    kind: "article",
    ageDays: 70,
    helpful: 10,
    notHelpful: 3,
    en: {
      title: "Exchange a product for another model or colour",
      summary: "How exchanges work: a return and a new order.",
      body: `To get another size, colour or model, request a return of the first product and place a new order for the one you want. This is the fastest way: the new order ships right away, without waiting for the return.

The return is refunded as usual once it reaches us.`,
    },
    fr: {
      title: "Échanger un produit contre un autre modèle ou une autre couleur",
      summary: "Comment fonctionne un échange : un retour et une nouvelle commande.",
      body: `Pour obtenir une autre taille, couleur ou un autre modèle, demandez le retour du premier produit et passez une nouvelle commande pour celui que vous voulez. C'est le plus rapide : la nouvelle commande part tout de suite, sans attendre le retour.

Le retour est remboursé comme d'habitude dès qu'il nous parvient.`,
    },
    it: {
      title: "Cambiare un prodotto con un altro modello o colore",
      summary: "Come funziona un cambio: un reso e un nuovo ordine.",
      body: `Per avere un'altra taglia, un altro colore o modello, chiedi il reso del primo prodotto ed effettua un nuovo ordine per quello che desideri. È il modo più rapido: il nuovo ordine parte subito, senza aspettare il reso.

Il reso viene rimborsato come al solito appena arriva da noi.`,
    },
  },
  {
    key: "warranty-coverage",
    category: "warranty",
    kind: "article",
    ageDays: 10,
    helpful: 57,
    notHelpful: 4,
    en: {
      title: "Warranty: what is covered and for how long",
      summary: "The 2-year legal warranty, the manufacturer warranty and what they exclude.",
      body: `Every product carries the **2-year legal guarantee of conformity** from the delivery date. Some brands add a manufacturer warranty (Lumio OLED TVs: 3 years).

## Covered

- Breakdowns and manufacturing defects
- Batteries that lose more than 20% capacity in the first year

## Not covered

- Accidental damage (drops, liquid), misuse or unauthorised repairs
- Normal wear of cases and straps

Your invoice is your proof of warranty: download it from the order page.`,
    },
    fr: {
      title: "Garantie : ce qui est couvert et pendant combien de temps",
      summary: "La garantie légale de 2 ans, la garantie constructeur et leurs exclusions.",
      body: `Chaque produit bénéficie de la **garantie légale de conformité de 2 ans** à partir de la livraison. Certaines marques ajoutent une garantie commerciale du fabricant (téléviseurs Lumio OLED : 3 ans).

## Ce qui est couvert

- Les pannes et défauts de fabrication
- Les batteries qui perdent plus de 20 % de capacité la première année

## Ce qui n'est pas couvert

- La casse accidentelle (chute, liquide), la mauvaise utilisation ou une réparation non agréée
- L'usure normale des coques et bracelets

Votre facture sert de preuve de garantie : téléchargez-la depuis la page de la commande.`,
    },
    it: {
      title: "Garanzia: cosa copre e per quanto tempo",
      summary: "La garanzia legale di 2 anni, la garanzia del produttore e le esclusioni.",
      body: `Ogni prodotto ha la **garanzia legale di conformità di 2 anni** dalla data di consegna. Alcune marche aggiungono una garanzia del produttore (TV Lumio OLED: 3 anni).

## Cosa è coperto

- Guasti e difetti di fabbricazione
- Batterie che perdono più del 20% di capacità nel primo anno

## Cosa non è coperto

- Danni accidentali (cadute, liquidi), uso improprio o riparazioni non autorizzate
- La normale usura di cover e cinturini

La fattura è la tua prova di garanzia: scaricala dalla pagina dell'ordine.`,
    },
  },
  {
    key: "warranty-claim",
    category: "warranty",
    kind: "article",
    ageDays: 18,
    helpful: 35,
    notHelpful: 6,
    en: {
      title: "Send a faulty device for repair under warranty",
      summary: "How a warranty repair works, from diagnosis to return.",
      body: `1. Open a case from the order and describe the fault (what happens, since when, what you tried).
2. Our technicians may ask you for a short video or a diagnostic code.
3. If a repair is needed, we email you a prepaid label. Back up your data first: repairs may erase it.
4. Repairs take **10 working days** on average. If the device cannot be repaired, we replace or refund it.

Phones under repair can be swapped for a loan phone on request (Premium and Enterprise contracts).`,
    },
    fr: {
      title: "Envoyer un appareil en panne en réparation sous garantie",
      summary: "Comment se passe une réparation sous garantie, du diagnostic au retour.",
      body: `1. Ouvrez une demande depuis la commande et décrivez la panne (ce qui se passe, depuis quand, ce que vous avez essayé).
2. Nos techniciens peuvent vous demander une courte vidéo ou un code de diagnostic.
3. Si une réparation est nécessaire, nous vous envoyons une étiquette prépayée par e-mail. Sauvegardez vos données avant : la réparation peut les effacer.
4. Une réparation prend **10 jours ouvrés** en moyenne. Si l'appareil n'est pas réparable, nous le remplaçons ou le remboursons.

Pendant la réparation d'un téléphone, un téléphone de prêt est disponible sur demande (contrats Premium et Entreprise).`,
    },
    it: {
      title: "Inviare un dispositivo guasto in riparazione in garanzia",
      summary: "Come funziona una riparazione in garanzia, dalla diagnosi alla restituzione.",
      body: `1. Apri una richiesta dall'ordine e descrivi il guasto (cosa succede, da quando, cosa hai provato).
2. I nostri tecnici potrebbero chiederti un breve video o un codice di diagnostica.
3. Se serve una riparazione ti inviamo un'etichetta prepagata via e-mail. Fai prima un backup dei dati: la riparazione potrebbe cancellarli.
4. Una riparazione richiede in media **10 giorni lavorativi**. Se il dispositivo non è riparabile lo sostituiamo o lo rimborsiamo.

Durante la riparazione di un telefono è disponibile un telefono sostitutivo su richiesta (contratti Premium ed Enterprise).`,
    },
  },
  {
    key: "extended-warranty",
    category: "warranty",
    kind: "article",
    ageDays: 120,
    helpful: 9,
    notHelpful: 5,
    en: {
      title: "Ohmnia Care: extended warranty and accidental damage",
      summary: "Extend your cover to 4 years and protect against drops and liquids.",
      body: `**Ohmnia Care** extends the warranty to 4 years and adds two accidental damage repairs (drops, liquid) per year.

It can be added within 30 days of delivery from the order page. Prices depend on the device: from €4.99 a month for headphones to €14.99 a month for laptops. You can cancel at any time; the cover stops at the end of the month.`,
    },
    fr: {
      title: "Ohmnia Care : extension de garantie et casse accidentelle",
      summary: "Prolongez la couverture à 4 ans et protégez-vous contre les chutes et les liquides.",
      body: `**Ohmnia Care** prolonge la garantie à 4 ans et ajoute deux réparations par an en cas de casse accidentelle (chute, liquide).

Elle se souscrit dans les 30 jours suivant la livraison depuis la page de la commande. Le prix dépend de l'appareil : de 4,99 € par mois pour un casque à 14,99 € par mois pour un ordinateur portable. Résiliable à tout moment ; la couverture s'arrête à la fin du mois.`,
    },
    it: {
      title: "Ohmnia Care: estensione di garanzia e danni accidentali",
      summary: "Estendi la copertura a 4 anni e proteggiti da cadute e liquidi.",
      body: `**Ohmnia Care** estende la garanzia a 4 anni e aggiunge due riparazioni all'anno per danni accidentali (cadute, liquidi).

Si attiva entro 30 giorni dalla consegna dalla pagina dell'ordine. Il prezzo dipende dal dispositivo: da 4,99 € al mese per le cuffie a 14,99 € al mese per i portatili. Puoi disdire in qualsiasi momento; la copertura termina alla fine del mese.`,
    },
  },
  {
    key: "phone-wont-charge",
    category: "devices-phones",
    kind: "article",
    ageDays: 14,
    helpful: 38,
    notHelpful: 7,
    en: {
      title: "My phone does not charge",
      summary: "Checks to do before sending a Nexa or Koru phone for repair.",
      body: `1. Try another cable and another charger: most charging problems come from a worn cable.
2. Clean the USB-C port gently with a dry wooden toothpick: lint blocks the contact.
3. Charge for 30 minutes, then hold the power button for **15 seconds** to force a restart.
4. In *Settings › Battery*, check that *Optimised charging* is not pausing at 80%.

Still not charging? Open a warranty case from your order.`,
    },
    fr: {
      title: "Mon téléphone ne charge plus",
      summary: "Les vérifications à faire avant d'envoyer un téléphone Nexa ou Koru en réparation.",
      body: `1. Essayez un autre câble et un autre chargeur : la plupart des problèmes de charge viennent d'un câble usé.
2. Nettoyez délicatement le port USB-C avec un cure-dent en bois sec : les peluches bloquent le contact.
3. Laissez charger 30 minutes, puis maintenez le bouton marche **15 secondes** pour forcer le redémarrage.
4. Dans *Réglages › Batterie*, vérifiez que la *recharge optimisée* ne s'arrête pas à 80 %.

Toujours rien ? Ouvrez une demande de garantie depuis votre commande.`,
    },
    it: {
      title: "Il mio telefono non si carica",
      summary: "I controlli da fare prima di mandare in riparazione un telefono Nexa o Koru.",
      body: `1. Prova un altro cavo e un altro caricabatterie: la maggior parte dei problemi di ricarica deriva da un cavo usurato.
2. Pulisci delicatamente la porta USB-C con uno stuzzicadenti di legno asciutto: la polvere blocca il contatto.
3. Lascia in carica 30 minuti, poi tieni premuto il tasto di accensione per **15 secondi** per forzare il riavvio.
4. In *Impostazioni › Batteria* controlla che la *ricarica ottimizzata* non si fermi all'80%.

Ancora niente? Apri una richiesta di garanzia dal tuo ordine.`,
    },
  },
  {
    key: "reset-phone",
    category: "devices-phones",
    kind: "article",
    ageDays: 45,
    helpful: 27,
    notHelpful: 2,
    en: {
      title: "Reset a phone or tablet to factory settings",
      summary: "Back up, sign out and erase a Nexa or Koru device before a return or resale.",
      body: `Before a return or a repair, erase the device so nobody can see your data.

1. Back up your photos and contacts.
2. Sign out of your account in *Settings › Accounts*: otherwise the device stays locked to you.
3. Go to *Settings › System › Reset › Erase all data*.

On a computer connected by cable you can also run:

\`\`\`
nexa-tool factory-reset --keep-firmware
\`\`\``,
    },
    fr: {
      title: "Réinitialiser un téléphone ou une tablette",
      summary: "Sauvegarder, se déconnecter et effacer un appareil Nexa ou Koru avant un retour ou une revente.",
      body: `Avant un retour ou une réparation, effacez l'appareil pour que personne ne voie vos données.

1. Sauvegardez vos photos et contacts.
2. Déconnectez votre compte dans *Réglages › Comptes* : sinon l'appareil reste verrouillé à votre nom.
3. Allez dans *Réglages › Système › Réinitialisation › Effacer toutes les données*.

Depuis un ordinateur relié par câble, vous pouvez aussi lancer :

\`\`\`
nexa-tool factory-reset --keep-firmware
\`\`\``,
    },
    it: {
      title: "Ripristinare un telefono o un tablet alle impostazioni di fabbrica",
      summary: "Backup, disconnessione e cancellazione di un dispositivo Nexa o Koru prima di un reso o di una rivendita.",
      body: `Prima di un reso o di una riparazione cancella il dispositivo, così nessuno potrà vedere i tuoi dati.

1. Fai il backup di foto e contatti.
2. Esci dal tuo account in *Impostazioni › Account*: altrimenti il dispositivo resta bloccato a tuo nome.
3. Vai in *Impostazioni › Sistema › Ripristino › Cancella tutti i dati*.

Da un computer collegato via cavo puoi anche eseguire:

\`\`\`
nexa-tool factory-reset --keep-firmware
\`\`\``,
    },
  },
  {
    key: "transfer-data-phone",
    category: "devices-phones",
    kind: "article",
    ageDays: 100,
    helpful: 19,
    notHelpful: 3,
    en: {
      title: "Transfer your data to a new Nexa phone",
      summary: "Move contacts, photos and apps from your old phone.",
      body: `When you first switch on your Nexa, choose **Copy from another phone**. Keep both phones close together and connected to Wi-Fi.

The transfer takes 10 to 40 minutes depending on how many photos you have. Messaging apps ask you to restore their own backup at first launch.

Watch the step-by-step video:

https://www.youtube.com/watch?v=Ohmnia01abc`,
    },
    fr: {
      title: "Transférer vos données vers un nouveau téléphone Nexa",
      summary: "Copiez contacts, photos et applications depuis votre ancien téléphone.",
      body: `À la première mise en marche de votre Nexa, choisissez **Copier depuis un autre téléphone**. Gardez les deux téléphones proches et connectés au Wi-Fi.

Le transfert prend de 10 à 40 minutes selon le nombre de photos. Les messageries vous demandent de restaurer leur propre sauvegarde au premier lancement.

Regardez la vidéo pas à pas :

https://www.youtube.com/watch?v=Ohmnia01abc`,
    },
    it: {
      title: "Trasferire i dati su un nuovo telefono Nexa",
      summary: "Sposta contatti, foto e app dal vecchio telefono.",
      body: `Alla prima accensione del Nexa scegli **Copia da un altro telefono**. Tieni i due telefoni vicini e collegati al Wi-Fi.

Il trasferimento richiede da 10 a 40 minuti a seconda di quante foto hai. Le app di messaggistica ti chiedono di ripristinare il loro backup al primo avvio.

Guarda il video passo passo:

https://www.youtube.com/watch?v=Ohmnia01abc`,
    },
  },
  {
    key: "screen-broken",
    category: "devices-phones",
    kind: "article",
    ageDays: 30,
    helpful: 21,
    notHelpful: 6,
    en: {
      title: "Cracked screen: repair options and prices",
      summary: "A broken screen is not covered by the warranty; here is what we offer.",
      body: `A cracked screen is accidental damage: the legal warranty does not cover it. With **Ohmnia Care**, the repair is included (twice a year).

Without it, we quote the repair before doing anything. Typical prices:

| Device | Screen repair |
|:--|--:|
| Nexa 15 | €149 |
| Nexa 15 Pro | €219 |
| Koru Flip 2 (inner screen) | €289 |
| Nexa Pad 11 | €129 |`,
    },
    fr: {
      title: "Écran cassé : options et prix de réparation",
      summary: "Un écran brisé n'est pas couvert par la garantie ; voici ce que nous proposons.",
      body: `Un écran fissuré est une casse accidentelle : la garantie légale ne la couvre pas. Avec **Ohmnia Care**, la réparation est incluse (deux fois par an).

Sinon, nous vous envoyons un devis avant toute intervention. Prix habituels :

| Appareil | Remplacement d'écran |
|:--|--:|
| Nexa 15 | 149 € |
| Nexa 15 Pro | 219 € |
| Koru Flip 2 (écran intérieur) | 289 € |
| Nexa Pad 11 | 129 € |`,
    },
    it: {
      title: "Schermo rotto: opzioni e prezzi di riparazione",
      summary: "Uno schermo rotto non è coperto dalla garanzia; ecco cosa offriamo.",
      body: `Uno schermo incrinato è un danno accidentale: la garanzia legale non lo copre. Con **Ohmnia Care** la riparazione è inclusa (due volte all'anno).

Altrimenti ti inviamo un preventivo prima di qualsiasi intervento. Prezzi indicativi:

| Dispositivo | Sostituzione schermo |
|:--|--:|
| Nexa 15 | 149 € |
| Nexa 15 Pro | 219 € |
| Koru Flip 2 (schermo interno) | 289 € |
| Nexa Pad 11 | 129 € |`,
    },
  },
  {
    key: "laptop-wont-start",
    category: "devices-computers",
    kind: "article",
    ageDays: 22,
    helpful: 24,
    notHelpful: 4,
    en: {
      title: "My laptop does not turn on",
      summary: "Bring an Aerobook or Terra laptop back to life.",
      body: `1. Plug in the original charger and wait 15 minutes: a fully drained battery needs time before the light comes on.
2. Hold the power button for **30 seconds**, release, then press it once.
3. Unplug all USB devices and docks.
4. If the screen stays black but you hear the fan, connect an external monitor: the display may be the problem.

If none of this works, open a warranty case and mention which lights you see.`,
    },
    fr: {
      title: "Mon ordinateur portable ne s'allume pas",
      summary: "Redonner vie à un ordinateur Aerobook ou Terra.",
      body: `1. Branchez le chargeur d'origine et attendez 15 minutes : une batterie complètement vide a besoin de temps avant que le voyant s'allume.
2. Maintenez le bouton d'alimentation **30 secondes**, relâchez, puis appuyez une fois.
3. Débranchez tous les périphériques USB et stations d'accueil.
4. Si l'écran reste noir mais que le ventilateur tourne, branchez un écran externe : l'affichage est peut-être en cause.

Si rien ne fonctionne, ouvrez une demande de garantie en précisant les voyants allumés.`,
    },
    it: {
      title: "Il mio portatile non si accende",
      summary: "Riportare in vita un portatile Aerobook o Terra.",
      body: `1. Collega il caricabatterie originale e attendi 15 minuti: una batteria completamente scarica ha bisogno di tempo prima che la spia si accenda.
2. Tieni premuto il tasto di accensione per **30 secondi**, rilascia, poi premilo una volta.
3. Scollega tutti i dispositivi USB e le docking station.
4. Se lo schermo resta nero ma senti la ventola, collega un monitor esterno: potrebbe essere un problema del display.

Se nulla funziona, apri una richiesta di garanzia indicando quali spie vedi.`,
    },
  },
  {
    key: "laptop-battery",
    category: "devices-computers",
    kind: "article",
    ageDays: 55,
    helpful: 18,
    notHelpful: 5,
    en: {
      title: "Make your laptop battery last longer",
      summary: "Settings that add hours of battery life to an Aerobook.",
      body: `- Turn on **Battery saver** below 30%.
- Lower the screen brightness: it is the biggest consumer.
- Close browser tabs you do not use; video calls use a lot of power.
- In the Aerobook Control Center, enable *Charge limit 85%* if the laptop stays plugged in all day: it slows battery wear.

A battery that lasts less than 2 hours after a year may be covered by the warranty.`,
    },
    fr: {
      title: "Faire durer la batterie de votre ordinateur portable",
      summary: "Les réglages qui ajoutent des heures d'autonomie à un Aerobook.",
      body: `- Activez l'**économiseur de batterie** sous 30 %.
- Baissez la luminosité de l'écran : c'est le plus gros consommateur.
- Fermez les onglets inutiles ; les appels vidéo consomment beaucoup.
- Dans le Centre de contrôle Aerobook, activez *Limite de charge 85 %* si l'ordinateur reste branché toute la journée : cela ralentit l'usure de la batterie.

Une batterie qui tient moins de 2 heures après un an peut être couverte par la garantie.`,
    },
    it: {
      title: "Far durare di più la batteria del portatile",
      summary: "Le impostazioni che aggiungono ore di autonomia a un Aerobook.",
      body: `- Attiva il **risparmio batteria** sotto il 30%.
- Riduci la luminosità dello schermo: è il consumo maggiore.
- Chiudi le schede che non usi; le videochiamate consumano molto.
- Nel Centro di controllo Aerobook attiva *Limite di carica 85%* se il portatile resta collegato tutto il giorno: rallenta l'usura della batteria.

Una batteria che dura meno di 2 ore dopo un anno può essere coperta dalla garanzia.`,
    },
  },
  {
    key: "tv-no-signal",
    category: "devices-tv-audio",
    kind: "article",
    ageDays: 28,
    helpful: 26,
    notHelpful: 5,
    en: {
      title: "TV shows \"No signal\" or a black screen",
      summary: "Fix a Lumio TV that does not display your box or console.",
      body: `1. Press **Source** on the remote and pick the HDMI port your device is plugged into.
2. Unplug the HDMI cable at both ends and plug it back firmly. Try another port.
3. Switch the TV off at the wall for one minute.
4. For a console at 4K 120 Hz, enable *Input signal plus* for that HDMI port in *Settings › Connections*.

Stripes or coloured lines on the screen are a hardware fault: open a warranty case.`,
    },
    fr: {
      title: "Le téléviseur affiche « Aucun signal » ou un écran noir",
      summary: "Dépanner un téléviseur Lumio qui n'affiche pas votre box ou votre console.",
      body: `1. Appuyez sur **Source** sur la télécommande et choisissez le port HDMI où votre appareil est branché.
2. Débranchez le câble HDMI aux deux extrémités et rebranchez-le fermement. Essayez un autre port.
3. Coupez le téléviseur au mur pendant une minute.
4. Pour une console en 4K 120 Hz, activez *Signal d'entrée plus* pour ce port HDMI dans *Paramètres › Connexions*.

Des bandes ou lignes colorées à l'écran indiquent une panne matérielle : ouvrez une demande de garantie.`,
    },
    it: {
      title: "La TV mostra \"Nessun segnale\" o uno schermo nero",
      summary: "Risolvere il problema di una TV Lumio che non mostra il decoder o la console.",
      body: `1. Premi **Source** sul telecomando e scegli la porta HDMI a cui è collegato il dispositivo.
2. Scollega il cavo HDMI da entrambi i lati e ricollegalo bene. Prova un'altra porta.
3. Spegni la TV dalla presa per un minuto.
4. Per una console a 4K 120 Hz attiva *Segnale di ingresso plus* per quella porta HDMI in *Impostazioni › Connessioni*.

Strisce o linee colorate sullo schermo indicano un guasto hardware: apri una richiesta di garanzia.`,
    },
  },
  {
    key: "tv-wall-mount",
    category: "devices-tv-audio",
    kind: "article",
    ageDays: 150,
    helpful: 8,
    notHelpful: 2,
    missing: ["it"],
    en: {
      title: "Wall-mount a Lumio TV",
      summary: "VESA sizes and the bracket to choose.",
      body: `Lumio TVs use standard **VESA** mounting holes:

| Model | VESA | Screws |
|:--|:--|:--|
| Lumio OLED 55" C4 | 300 × 200 | M6 |
| Lumio OLED 65" C4 | 300 × 300 | M6 |
| Lumio QLED 50" Q7 | 200 × 200 | M6 |
| Lumio LED 43" Smart | 200 × 200 | M6 |

Use a bracket rated for at least twice the TV's weight and fix it into a solid wall. Our installation service can do it for you on delivery.`,
    },
    fr: {
      title: "Fixer un téléviseur Lumio au mur",
      summary: "Les entraxes VESA et le support à choisir.",
      body: `Les téléviseurs Lumio utilisent les fixations standard **VESA** :

| Modèle | VESA | Vis |
|:--|:--|:--|
| Lumio OLED 55" C4 | 300 × 200 | M6 |
| Lumio OLED 65" C4 | 300 × 300 | M6 |
| Lumio QLED 50" Q7 | 200 × 200 | M6 |
| Lumio LED 43" Smart | 200 × 200 | M6 |

Choisissez un support prévu pour au moins deux fois le poids du téléviseur et fixez-le dans un mur porteur. Notre service d'installation peut s'en charger à la livraison.`,
    },
    it: { title: "", summary: "", body: "" },
  },
  {
    key: "headphones-pairing",
    category: "devices-tv-audio",
    kind: "article",
    ageDays: 16,
    helpful: 33,
    notHelpful: 5,
    en: {
      title: "Pair Sonora headphones or earbuds with Bluetooth",
      summary: "Connect Sonora ANC 900, Buds Pro or Buds Lite to a phone or computer.",
      body: `1. Put the earbuds in their case and keep it open (headphones: hold the power button for 5 seconds) until the light **flashes blue**.
2. On your phone, open *Bluetooth* and choose *Sonora*.
3. To pair a second device, repeat step 1: Sonora remembers up to 8 devices.

If the sound cuts out, forget the device in the Bluetooth list and pair it again. Update the firmware from the Sonora app.`,
    },
    fr: {
      title: "Appairer un casque ou des écouteurs Sonora en Bluetooth",
      summary: "Connecter un Sonora ANC 900, des Buds Pro ou Buds Lite à un téléphone ou un ordinateur.",
      body: `1. Placez les écouteurs dans leur boîtier ouvert (casque : maintenez le bouton marche 5 secondes) jusqu'à ce que le voyant **clignote en bleu**.
2. Sur votre téléphone, ouvrez *Bluetooth* et choisissez *Sonora*.
3. Pour appairer un deuxième appareil, recommencez l'étape 1 : Sonora mémorise jusqu'à 8 appareils.

Si le son coupe, oubliez l'appareil dans la liste Bluetooth et appairez-le de nouveau. Mettez à jour le micrologiciel depuis l'application Sonora.`,
    },
    it: {
      title: "Associare cuffie o auricolari Sonora via Bluetooth",
      summary: "Collegare Sonora ANC 900, Buds Pro o Buds Lite a un telefono o a un computer.",
      body: `1. Metti gli auricolari nella custodia aperta (cuffie: tieni premuto il tasto di accensione per 5 secondi) finché la spia **lampeggia in blu**.
2. Sul telefono apri *Bluetooth* e scegli *Sonora*.
3. Per associare un secondo dispositivo ripeti il passaggio 1: Sonora ricorda fino a 8 dispositivi.

Se l'audio si interrompe, dimentica il dispositivo nell'elenco Bluetooth e associalo di nuovo. Aggiorna il firmware dall'app Sonora.`,
    },
  },
  {
    key: "soundbar-setup",
    category: "devices-tv-audio",
    kind: "article",
    ageDays: 80,
    helpful: 11,
    notHelpful: 2,
    en: {
      title: "Connect the Sonora Soundbar 5.1 to your TV",
      summary: "HDMI eARC, optical cable and the TV remote.",
      body: `Use the **HDMI eARC** port of your TV and the HDMI cable in the box: the TV remote then controls the volume.

On a Lumio TV, set *Settings › Sound › Output* to *HDMI eARC*. If your TV has no eARC port, use the optical cable and set the output to *Optical*. Pair the wireless subwoofer by pressing its *Link* button for 3 seconds.`,
    },
    fr: {
      title: "Brancher la barre de son Sonora 5.1 sur votre téléviseur",
      summary: "HDMI eARC, câble optique et télécommande du téléviseur.",
      body: `Utilisez le port **HDMI eARC** du téléviseur et le câble HDMI fourni : la télécommande du téléviseur règle alors le volume.

Sur un téléviseur Lumio, réglez *Paramètres › Son › Sortie* sur *HDMI eARC*. Sans port eARC, utilisez le câble optique et choisissez la sortie *Optique*. Appairez le caisson de basses sans fil en appuyant 3 secondes sur son bouton *Link*.`,
    },
    it: {
      title: "Collegare la soundbar Sonora 5.1 alla TV",
      summary: "HDMI eARC, cavo ottico e telecomando della TV.",
      body: `Usa la porta **HDMI eARC** della TV e il cavo HDMI incluso: il telecomando della TV regola così il volume.

Su una TV Lumio imposta *Impostazioni › Audio › Uscita* su *HDMI eARC*. Se la TV non ha la porta eARC usa il cavo ottico e scegli l'uscita *Ottica*. Associa il subwoofer wireless premendo per 3 secondi il suo tasto *Link*.`,
    },
  },
  {
    key: "camera-offline",
    category: "devices-smart-home",
    kind: "article",
    ageDays: 35,
    helpful: 20,
    notHelpful: 6,
    en: {
      title: "Domia camera is offline",
      summary: "Reconnect an indoor or outdoor Domia camera to Wi-Fi.",
      body: `Domia cameras use **2.4 GHz Wi-Fi** only. If your router merged 2.4 and 5 GHz under one name, the camera may lose the connection.

1. Check the camera light: blinking orange means no Wi-Fi.
2. Move the router or add a repeater: outdoor cameras need a signal of at least two bars.
3. Press the reset button for 10 seconds and add the camera again in the Domia app.

After a power cut, cameras reconnect by themselves within 3 minutes.`,
    },
    fr: {
      title: "La caméra Domia est hors ligne",
      summary: "Reconnecter une caméra Domia intérieure ou extérieure au Wi-Fi.",
      body: `Les caméras Domia n'utilisent que le **Wi-Fi 2,4 GHz**. Si votre box regroupe 2,4 et 5 GHz sous un seul nom, la caméra peut perdre la connexion.

1. Regardez le voyant : orange clignotant signifie pas de Wi-Fi.
2. Rapprochez la box ou ajoutez un répéteur : une caméra extérieure a besoin d'au moins deux barres de signal.
3. Appuyez 10 secondes sur le bouton de réinitialisation et ajoutez de nouveau la caméra dans l'application Domia.

Après une coupure de courant, les caméras se reconnectent seules en 3 minutes.`,
    },
    it: {
      title: "La telecamera Domia è offline",
      summary: "Ricollegare al Wi-Fi una telecamera Domia da interno o da esterno.",
      body: `Le telecamere Domia usano solo il **Wi-Fi a 2,4 GHz**. Se il router unisce 2,4 e 5 GHz sotto un unico nome, la telecamera può perdere la connessione.

1. Guarda la spia: arancione lampeggiante significa nessun Wi-Fi.
2. Avvicina il router o aggiungi un ripetitore: una telecamera da esterno ha bisogno di almeno due tacche di segnale.
3. Premi il tasto di reset per 10 secondi e aggiungi di nuovo la telecamera nell'app Domia.

Dopo un'interruzione di corrente le telecamere si ricollegano da sole entro 3 minuti.`,
    },
  },
  {
    key: "watch-sync",
    category: "devices-smart-home",
    kind: "article",
    ageDays: 48,
    helpful: 14,
    notHelpful: 3,
    en: {
      title: "Koru Watch does not sync with my phone",
      summary: "Steps, heart rate and notifications missing in the Koru app.",
      body: `1. Keep Bluetooth on and allow the Koru app to run in the background (*Settings › Apps › Koru › Battery › Unrestricted*).
2. Open the Koru app and pull down to force a sync.
3. Restart the watch: hold the side button, then *Restart*.
4. As a last resort, unpair the watch in the app and pair it again. Your activity history is kept in your Koru account.`,
    },
    fr: {
      title: "La montre Koru ne se synchronise pas avec mon téléphone",
      summary: "Pas, fréquence cardiaque et notifications absents de l'application Koru.",
      body: `1. Laissez le Bluetooth activé et autorisez l'application Koru à fonctionner en arrière-plan (*Réglages › Applications › Koru › Batterie › Non restreinte*).
2. Ouvrez l'application Koru et tirez vers le bas pour forcer la synchronisation.
3. Redémarrez la montre : maintenez le bouton latéral, puis *Redémarrer*.
4. En dernier recours, dissociez la montre dans l'application et associez-la de nouveau. Votre historique d'activité est conservé dans votre compte Koru.`,
    },
    it: {
      title: "Il Koru Watch non si sincronizza con il telefono",
      summary: "Passi, frequenza cardiaca e notifiche mancanti nell'app Koru.",
      body: `1. Tieni attivo il Bluetooth e consenti all'app Koru di funzionare in background (*Impostazioni › App › Koru › Batteria › Senza restrizioni*).
2. Apri l'app Koru e trascina verso il basso per forzare la sincronizzazione.
3. Riavvia l'orologio: tieni premuto il tasto laterale, poi *Riavvia*.
4. Come ultima soluzione dissocia l'orologio nell'app e associalo di nuovo. La cronologia delle attività resta nel tuo account Koru.`,
    },
  },
  {
    key: "reset-password",
    category: "account",
    kind: "article",
    ageDays: 6,
    helpful: 30,
    notHelpful: 2,
    en: {
      title: "I cannot sign in to my account",
      summary: "Get a sign-in link by email instead of a password.",
      body: `On the sign-in page, enter your email address and choose **Email me a sign-in link**. The link works once and expires after 15 minutes.

Not receiving it? Check your spam folder and that the address is the one you used to order. After 5 attempts in 15 minutes, wait a little before asking again.`,
    },
    fr: {
      title: "Je n'arrive pas à me connecter à mon compte",
      summary: "Recevez un lien de connexion par e-mail au lieu d'un mot de passe.",
      body: `Sur la page de connexion, saisissez votre adresse e-mail et choisissez **M'envoyer un lien de connexion**. Le lien fonctionne une seule fois et expire au bout de 15 minutes.

Vous ne le recevez pas ? Regardez dans les courriers indésirables et vérifiez que l'adresse est celle utilisée pour commander. Après 5 tentatives en 15 minutes, patientez un peu avant de redemander.`,
    },
    it: {
      title: "Non riesco ad accedere al mio account",
      summary: "Ricevi un link di accesso via e-mail invece di una password.",
      body: `Nella pagina di accesso inserisci il tuo indirizzo e-mail e scegli **Inviami un link di accesso**. Il link funziona una sola volta e scade dopo 15 minuti.

Non lo ricevi? Controlla la cartella spam e che l'indirizzo sia quello usato per ordinare. Dopo 5 tentativi in 15 minuti attendi un po' prima di richiederlo.`,
    },
  },
  {
    key: "invoice-download",
    category: "account",
    kind: "article",
    ageDays: 38,
    helpful: 25,
    notHelpful: 2,
    en: {
      title: "Download an invoice",
      summary: "Find the VAT invoice of an order.",
      body: `Open **Orders**, choose the order and find the *Invoices* block: each invoice can be downloaded as a PDF. An invoice is issued when the order ships.

Business customers: your company name and VAT number are printed if they were in your account when you ordered. To correct an invoice, open a case from the order.`,
    },
    fr: {
      title: "Télécharger une facture",
      summary: "Retrouver la facture avec TVA d'une commande.",
      body: `Ouvrez **Commandes**, choisissez la commande et repérez le bloc *Factures* : chaque facture se télécharge en PDF. La facture est émise à l'expédition de la commande.

Clients professionnels : le nom de votre société et votre numéro de TVA apparaissent s'ils figuraient dans votre compte lors de la commande. Pour corriger une facture, ouvrez une demande depuis la commande.`,
    },
    it: {
      title: "Scaricare una fattura",
      summary: "Trovare la fattura con IVA di un ordine.",
      body: `Apri **Ordini**, scegli l'ordine e trova la sezione *Fatture*: ogni fattura si scarica in PDF. La fattura viene emessa alla spedizione dell'ordine.

Clienti aziendali: la ragione sociale e la partita IVA compaiono se erano presenti nel tuo account al momento dell'ordine. Per correggere una fattura apri una richiesta dall'ordine.`,
    },
  },
  {
    key: "payment-methods",
    category: "account",
    kind: "article",
    ageDays: 65,
    helpful: 16,
    notHelpful: 3,
    en: {
      title: "Accepted payment methods and paying in instalments",
      summary: "Cards, PayPal, bank transfer and 3 or 4 instalments.",
      body: `We accept Visa, Mastercard, American Express, PayPal and bank transfer (business accounts).

From €150 you can pay in **3 or 4 instalments** by card, at no extra cost. The first instalment is charged when you order, the next ones every 30 days. Your card is charged only when the order is confirmed; a declined payment cancels the order automatically.`,
    },
    fr: {
      title: "Moyens de paiement acceptés et paiement en plusieurs fois",
      summary: "Cartes, PayPal, virement et paiement en 3 ou 4 fois.",
      body: `Nous acceptons Visa, Mastercard, American Express, PayPal et le virement bancaire (comptes professionnels).

Dès 150 €, vous pouvez payer en **3 ou 4 fois** par carte, sans frais. La première échéance est prélevée à la commande, les suivantes tous les 30 jours. Votre carte n'est débitée qu'à la confirmation de la commande ; un paiement refusé annule automatiquement la commande.`,
    },
    it: {
      title: "Metodi di pagamento accettati e pagamento a rate",
      summary: "Carte, PayPal, bonifico e pagamento in 3 o 4 rate.",
      body: `Accettiamo Visa, Mastercard, American Express, PayPal e bonifico bancario (account aziendali).

Da 150 € puoi pagare in **3 o 4 rate** con carta, senza costi aggiuntivi. La prima rata viene addebitata all'ordine, le successive ogni 30 giorni. La carta viene addebitata solo alla conferma dell'ordine; un pagamento rifiutato annulla automaticamente l'ordine.`,
    },
  },
  {
    key: "delete-account",
    category: "account",
    kind: "article",
    ageDays: 110,
    helpful: 7,
    notHelpful: 1,
    en: {
      title: "Personal data and deleting your account",
      summary: "What we keep, how to get a copy and how to delete your account.",
      body: `You can ask for a copy of your personal data or the deletion of your account at any time by opening a case with the subject *Personal data*.

We delete your account within 30 days. Invoices are kept for 10 years because the law requires it, but they are no longer linked to a sign-in. Deleting the account also cancels your newsletter subscriptions.`,
    },
    fr: {
      title: "Données personnelles et suppression du compte",
      summary: "Ce que nous conservons, comment obtenir une copie et supprimer votre compte.",
      body: `Vous pouvez demander une copie de vos données personnelles ou la suppression de votre compte à tout moment en ouvrant une demande avec l'objet *Données personnelles*.

Nous supprimons votre compte sous 30 jours. Les factures sont conservées 10 ans car la loi l'impose, mais elles ne sont plus liées à un identifiant. La suppression du compte met aussi fin à vos abonnements à la newsletter.`,
    },
    it: {
      title: "Dati personali e cancellazione dell'account",
      summary: "Cosa conserviamo, come ottenere una copia e come cancellare l'account.",
      body: `Puoi chiedere una copia dei tuoi dati personali o la cancellazione dell'account in qualsiasi momento aprendo una richiesta con oggetto *Dati personali*.

Cancelliamo l'account entro 30 giorni. Le fatture sono conservate per 10 anni come previsto dalla legge, ma non sono più collegate a un accesso. La cancellazione dell'account interrompe anche l'iscrizione alla newsletter.`,
    },
  },
  {
    key: "contract-tiers",
    category: "account",
    kind: "article",
    ageDays: 42,
    helpful: 13,
    notHelpful: 2,
    en: {
      title: "Support contracts: Standard, Premium and Enterprise",
      summary: "Response times and services included in each support contract.",
      body: `| Contract | First answer | Included |
|:--|:--|:--|
| No contract | 2 working days | Email |
| Standard | 1 working day | Email, chat |
| Premium | 4 business hours | Phone callback, loan phone |
| Enterprise | 1 hour | Named team, on-site visits |

Your contract and its validity are shown on your account page.`,
    },
    fr: {
      title: "Contrats d'assistance : Standard, Premium et Entreprise",
      summary: "Délais de réponse et services inclus dans chaque contrat d'assistance.",
      body: `| Contrat | Première réponse | Inclus |
|:--|:--|:--|
| Sans contrat | 2 jours ouvrés | E-mail |
| Standard | 1 jour ouvré | E-mail, chat |
| Premium | 4 heures ouvrées | Rappel téléphonique, téléphone de prêt |
| Entreprise | 1 heure | Équipe dédiée, interventions sur site |

Votre contrat et sa validité sont affichés sur la page de votre compte.`,
    },
    it: {
      title: "Contratti di assistenza: Standard, Premium ed Enterprise",
      summary: "Tempi di risposta e servizi inclusi in ogni contratto di assistenza.",
      body: `| Contratto | Prima risposta | Incluso |
|:--|:--|:--|
| Nessun contratto | 2 giorni lavorativi | E-mail |
| Standard | 1 giorno lavorativo | E-mail, chat |
| Premium | 4 ore lavorative | Richiamata telefonica, telefono sostitutivo |
| Enterprise | 1 ora | Team dedicato, interventi in sede |

Il tuo contratto e la sua validità sono indicati nella pagina del tuo account.`,
    },
  },
  {
    key: "faq-free-returns",
    category: "returns",
    kind: "faq",
    ageDays: 20,
    helpful: 18,
    notHelpful: 1,
    en: { title: "Are returns free?", summary: "", body: "Yes. Returns within 30 days are free in France, Italy and the United Kingdom: we email you a prepaid label." },
    fr: { title: "Les retours sont-ils gratuits ?", summary: "", body: "Oui. Les retours sous 30 jours sont gratuits en France, en Italie et au Royaume-Uni : nous vous envoyons une étiquette prépayée par e-mail." },
    it: { title: "I resi sono gratuiti?", summary: "", body: "Sì. I resi entro 30 giorni sono gratuiti in Francia, Italia e Regno Unito: ti inviamo un'etichetta prepagata via e-mail." },
  },
  {
    key: "faq-opened-product",
    category: "returns",
    kind: "faq",
    ageDays: 26,
    helpful: 12,
    notHelpful: 2,
    en: { title: "Can I return a product I have opened or used?", summary: "", body: "Yes, within 30 days, as long as it is complete, undamaged and reset. Opened earbuds can be returned only if their seal is intact, for hygiene reasons." },
    fr: { title: "Puis-je retourner un produit ouvert ou utilisé ?", summary: "", body: "Oui, sous 30 jours, s'il est complet, en bon état et réinitialisé. Pour des raisons d'hygiène, des écouteurs ne peuvent être retournés que si leur scellé est intact." },
    it: { title: "Posso restituire un prodotto aperto o usato?", summary: "", body: "Sì, entro 30 giorni, se è completo, integro e ripristinato. Per motivi igienici gli auricolari si possono restituire solo con il sigillo intatto." },
  },
  {
    key: "faq-deliver-saturday",
    category: "delivery-tracking",
    kind: "faq",
    ageDays: 75,
    helpful: 6,
    notHelpful: 2,
    en: { title: "Do you deliver on Saturdays?", summary: "", body: "Express parcels are delivered on Saturdays in France and Italy. Standard parcels arrive Monday to Friday." },
    fr: { title: "Livrez-vous le samedi ?", summary: "", body: "Les colis express sont livrés le samedi en France et en Italie. Les colis standard arrivent du lundi au vendredi." },
    it: { title: "Consegnate il sabato?", summary: "", body: "I pacchi express vengono consegnati il sabato in Francia e in Italia. I pacchi standard arrivano dal lunedì al venerdì." },
  },
  {
    key: "faq-pickup-point",
    category: "delivery-tracking",
    kind: "faq",
    ageDays: 52,
    helpful: 9,
    notHelpful: 1,
    en: { title: "How long does a pick-up point keep my parcel?", summary: "", body: "10 days. After that the parcel comes back to us and we refund you automatically." },
    fr: { title: "Combien de temps un point relais garde-t-il mon colis ?", summary: "", body: "10 jours. Passé ce délai, le colis nous revient et nous vous remboursons automatiquement." },
    it: { title: "Per quanto tempo un punto di ritiro tiene il mio pacco?", summary: "", body: "10 giorni. Dopo questo periodo il pacco torna da noi e ti rimborsiamo automaticamente." },
  },
  {
    key: "faq-warranty-proof",
    category: "warranty",
    kind: "faq",
    ageDays: 34,
    helpful: 11,
    notHelpful: 1,
    en: { title: "Do I need the box to use the warranty?", summary: "", body: "No. The invoice is enough, and it is always available on the order page. Pack the device safely, in any sturdy box." },
    fr: { title: "Faut-il garder la boîte pour faire jouer la garantie ?", summary: "", body: "Non. La facture suffit, et elle reste disponible sur la page de la commande. Emballez l'appareil avec soin, dans n'importe quel carton solide." },
    it: { title: "Serve la scatola originale per usare la garanzia?", summary: "", body: "No. Basta la fattura, sempre disponibile nella pagina dell'ordine. Imballa il dispositivo con cura, in una scatola robusta qualsiasi." },
  },
  {
    key: "faq-gift-receipt",
    category: "account",
    kind: "faq",
    ageDays: 95,
    helpful: 5,
    notHelpful: 1,
    en: { title: "Can I send an order as a gift without the price?", summary: "", body: "Yes. Tick *This is a gift* at checkout: the delivery note shows no price and the invoice is emailed only to you." },
    fr: { title: "Puis-je envoyer une commande en cadeau sans le prix ?", summary: "", body: "Oui. Cochez *C'est un cadeau* lors de la commande : le bon de livraison n'affiche aucun prix et la facture n'est envoyée qu'à vous par e-mail." },
    it: { title: "Posso spedire un ordine come regalo senza il prezzo?", summary: "", body: "Sì. Seleziona *È un regalo* al momento dell'ordine: il documento di trasporto non mostra prezzi e la fattura viene inviata solo a te via e-mail." },
  },
  {
    key: "faq-phone-unlocked",
    category: "devices-phones",
    kind: "faq",
    ageDays: 58,
    helpful: 8,
    notHelpful: 0,
    en: { title: "Are your phones unlocked?", summary: "", body: "Yes. Every Nexa and Koru phone we sell works with any mobile operator and takes a physical SIM and an eSIM." },
    fr: { title: "Vos téléphones sont-ils débloqués ?", summary: "", body: "Oui. Tous les téléphones Nexa et Koru que nous vendons fonctionnent avec n'importe quel opérateur et acceptent une carte SIM physique et une eSIM." },
    it: { title: "I vostri telefoni sono sbloccati?", summary: "", body: "Sì. Tutti i telefoni Nexa e Koru che vendiamo funzionano con qualsiasi operatore e accettano una SIM fisica e una eSIM." },
  },
  {
    key: "faq-change-email",
    category: "account",
    kind: "faq",
    ageDays: 44,
    helpful: 4,
    notHelpful: 1,
    en: { title: "How do I change my email address?", summary: "", body: "On your account page, choose *Change email*. We send a confirmation link to the new address; the change applies once you click it." },
    fr: { title: "Comment changer mon adresse e-mail ?", summary: "", body: "Sur la page de votre compte, choisissez *Changer d'e-mail*. Nous envoyons un lien de confirmation à la nouvelle adresse ; le changement s'applique dès que vous cliquez dessus." },
    it: { title: "Come cambio il mio indirizzo e-mail?", summary: "", body: "Nella pagina del tuo account scegli *Cambia e-mail*. Inviamo un link di conferma al nuovo indirizzo; la modifica si applica appena lo apri." },
  },
  {
    key: "internal-refund-exceptions",
    category: "staff-procedures",
    kind: "article",
    audience: "internal",
    ageDays: 9,
    helpful: 3,
    notHelpful: 0,
    en: {
      title: "Refund exceptions: goodwill gestures after the return window",
      summary: "When an agent may approve a refund outside the 30-day return window.",
      body: `Agents may approve a **goodwill refund** up to €150 without a supervisor when:

- the customer has a Premium or Enterprise contract, or
- the parcel was late by more than 10 working days, or
- this is the customer's second contact about the same damaged parcel.

Above €150, escalate to the *Refunds* queue with the order number and photos. Never promise a refund before approval.`,
    },
    fr: {
      title: "Exceptions de remboursement : gestes commerciaux hors délai de retour",
      summary: "Quand un conseiller peut accepter un remboursement après les 30 jours de retour.",
      body: `Un conseiller peut accorder un **geste commercial** jusqu'à 150 € sans superviseur lorsque :

- le client a un contrat Premium ou Entreprise, ou
- le colis a eu plus de 10 jours ouvrés de retard, ou
- c'est le deuxième contact du client pour le même colis endommagé.

Au-delà de 150 €, escaladez vers la file *Remboursements* avec le numéro de commande et les photos. Ne promettez jamais un remboursement avant validation.`,
    },
    it: {
      title: "Eccezioni di rimborso: gesti commerciali oltre i termini di reso",
      summary: "Quando un operatore può approvare un rimborso oltre i 30 giorni di reso.",
      body: `Un operatore può concedere un **rimborso di cortesia** fino a 150 € senza supervisore quando:

- il cliente ha un contratto Premium o Enterprise, oppure
- il pacco è arrivato con più di 10 giorni lavorativi di ritardo, oppure
- è il secondo contatto del cliente per lo stesso pacco danneggiato.

Oltre 150 € inoltra alla coda *Rimborsi* con numero d'ordine e foto. Non promettere mai un rimborso prima dell'approvazione.`,
    },
  },
  {
    key: "internal-carrier-claims",
    category: "staff-procedures",
    kind: "article",
    audience: "internal",
    ageDays: 19,
    helpful: 2,
    notHelpful: 0,
    en: {
      title: "Opening a carrier investigation for a lost parcel",
      summary: "Internal: the carrier portals and deadlines for lost and damaged parcel claims.",
      body: `Open the investigation in the carrier's business portal within **5 working days** of the customer's contact. Attach the tracking number, the declared value and the customer's photos for damage.

Record the carrier's claim number as an internal note on the case. Lost parcels are reimbursed to us after 21 days; do not wait for it to refund the customer.`,
    },
    fr: {
      title: "Ouvrir une enquête transporteur pour un colis perdu",
      summary: "Interne : portails transporteurs et délais pour les réclamations de colis perdus ou abîmés.",
      body: `Ouvrez l'enquête sur le portail professionnel du transporteur sous **5 jours ouvrés** après le contact du client. Joignez le numéro de suivi, la valeur déclarée et les photos du client en cas de dégâts.

Notez le numéro de réclamation du transporteur en note interne sur la demande. Les colis perdus nous sont remboursés après 21 jours ; n'attendez pas pour rembourser le client.`,
    },
    it: {
      title: "Aprire un'indagine con il corriere per un pacco smarrito",
      summary: "Interno: portali dei corrieri e scadenze per i reclami su pacchi smarriti o danneggiati.",
      body: `Apri l'indagine nel portale aziendale del corriere entro **5 giorni lavorativi** dal contatto del cliente. Allega il numero di tracciamento, il valore dichiarato e le foto del cliente in caso di danni.

Registra il numero di reclamo del corriere come nota interna sulla richiesta. I pacchi smarriti ci vengono rimborsati dopo 21 giorni; non aspettare per rimborsare il cliente.`,
    },
  },
];
