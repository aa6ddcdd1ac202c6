/** Who writes a seeded post: a demo account by name, or the n-th member of the thread's language. */
export type SeedAuthor = "customer" | "orgadmin" | "agent" | number;

type L = { en: string; fr: string; it: string };

export const categories: { slug: string; family: string; names: L; descriptions: L }[] = [
  {
    slug: "phones",
    family: "phones",
    names: { en: "Phones", fr: "Smartphones", it: "Smartphone" },
    descriptions: { en: "Nexa and Koru phones: battery, charging, updates, camera.", fr: "Téléphones Nexa et Koru : batterie, charge, mises à jour, photo.", it: "Telefoni Nexa e Koru: batteria, ricarica, aggiornamenti, fotocamera." },
  },
  {
    slug: "laptops",
    family: "laptops",
    names: { en: "Laptops", fr: "Ordinateurs portables", it: "Portatili" },
    descriptions: { en: "Aerobook and Terra laptops: performance, screens, docks.", fr: "Aerobook et Terra : performances, écrans, stations d'accueil.", it: "Aerobook e Terra: prestazioni, schermi, dock." },
  },
  {
    slug: "tablets",
    family: "tablets",
    names: { en: "Tablets", fr: "Tablettes", it: "Tablet" },
    descriptions: { en: "Nexa Pad set-up, styluses and keyboards.", fr: "Nexa Pad : installation, stylets et claviers.", it: "Nexa Pad: configurazione, pennini e tastiere." },
  },
  {
    slug: "tv-audio",
    family: "tvs",
    names: { en: "TV and home cinema", fr: "TV et home cinéma", it: "TV e home cinema" },
    descriptions: { en: "Lumio TVs and Sonora soundbars: picture, sound, HDMI.", fr: "TV Lumio et barres de son Sonora : image, son, HDMI.", it: "TV Lumio e soundbar Sonora: immagine, audio, HDMI." },
  },
  {
    slug: "audio",
    family: "audio",
    names: { en: "Headphones and speakers", fr: "Casques et enceintes", it: "Cuffie e altoparlanti" },
    descriptions: { en: "Sonora and Koru audio: pairing, noise cancelling, firmware.", fr: "Audio Sonora et Koru : appairage, réduction de bruit, firmware.", it: "Audio Sonora e Koru: abbinamento, cancellazione del rumore, firmware." },
  },
  {
    slug: "wearables",
    family: "wearables",
    names: { en: "Watches and bands", fr: "Montres et bracelets", it: "Smartwatch e fitness band" },
    descriptions: { en: "Koru Watch and Band: GPS, sync, battery life.", fr: "Koru Watch et Band : GPS, synchronisation, autonomie.", it: "Koru Watch e Band: GPS, sincronizzazione, autonomia." },
  },
  {
    slug: "smart-home",
    family: "smart-home",
    names: { en: "Smart home", fr: "Maison connectée", it: "Casa intelligente" },
    descriptions: { en: "Domia hub, cameras, thermostat and doorbell.", fr: "Box Domia, caméras, thermostat et sonnette.", it: "Hub Domia, videocamere, termostato e videocitofono." },
  },
  {
    slug: "accessories",
    family: "accessories",
    names: { en: "Accessories", fr: "Accessoires", it: "Accessori" },
    descriptions: { en: "Voltix chargers, cables, power banks, cases and mounts.", fr: "Chargeurs, câbles et batteries Voltix, coques et supports.", it: "Caricatori, cavi e power bank Voltix, cover e supporti." },
  },
];

type SeedReply = { author: SeedAuthor; body: string; official?: boolean; votes?: number; afterHours?: number };
type SeedThread = { locale: "en" | "fr" | "it"; category: string; author: SeedAuthor; hoursAgo: number; title: string; body: string; replies: SeedReply[]; accepted?: number };

export const threads: SeedThread[] = [
  // ---------------------------------------------------------------- English
  {
    locale: "en",
    category: "phones",
    author: "customer",
    hoursAgo: 400,
    title: "Nexa 15 only charges when the cable is at an angle",
    body: "Since last week my **Nexa 15** only charges if I hold the USB-C cable slightly bent. Same with two different cables and the original charger. Is the port broken?",
    replies: [
      { author: 1, body: "Had exactly this. Pocket lint packed at the bottom of the port. Switch the phone off and scrape gently with a wooden toothpick (never metal). Mine charged normally afterwards.", votes: 4 },
      { author: 2, body: "Same advice as above. A can of compressed air also helps, short bursts only." },
    ],
    accepted: 0,
  },
  {
    locale: "en",
    category: "phones",
    author: 3,
    hoursAgo: 300,
    title: "Battery drains overnight after the 15.2 update",
    body: "After updating to 15.2 my Nexa 15 Pro loses about 25% overnight, screen off, Wi-Fi on. Before the update it was 4 or 5%.\n\nAnyone else?",
    replies: [
      { author: 4, body: "Yes, same here on the non-Pro. Settings > Battery shows *System services* at the top.", votes: 2 },
      {
        author: "agent",
        official: true,
        body: "Thanks for the reports. Update **15.2.1**, rolling out now, fixes a background indexing task that never finished after 15.2.\n\n1. Open *Settings > System > Software update*.\n2. Install 15.2.1 and restart once.\n\nIf the drain is still there 48 hours later, reply here and we will look at your device logs.",
        votes: 5,
      },
    ],
  },
  {
    locale: "en",
    category: "laptops",
    author: 5,
    hoursAgo: 200,
    title: "Aerobook 14: external monitor flickers through the Terra dock",
    body: "My Aerobook 14 drives a 27\" 1440p monitor fine over direct USB-C, but through the Terra USB-C dock (11 ports) the picture flickers every few seconds. Dock firmware?",
    replies: [
      { author: 6, body: "Check the dock firmware version in the Ohmnia Connect app. Version 2.3 fixed flicker at 144 Hz for me. Also try 60 Hz as a test.", votes: 3 },
      { author: 5, body: "Updated to 2.3 and it's stable at 144 Hz now. Thanks!" },
    ],
    accepted: 0,
  },
  {
    locale: "en",
    category: "tv-audio",
    author: "orgadmin",
    hoursAgo: 150,
    title: "No sound from Sonora soundbar over HDMI ARC",
    body: "Lumio OLED 55\" C4 connected to the Sonora Soundbar 5.1 with the HDMI cable in the port marked ARC. Picture fine, TV speakers off, but no sound at all from the bar.",
    replies: [
      { author: 7, body: "You need to turn on **HDMI-CEC** on the TV: *Settings > General > External devices > HDMI-CEC*. Then set audio output to *HDMI ARC*.", votes: 2 },
      { author: "agent", official: true, body: "That's right. One more step if it still stays silent: on the soundbar press **Input** until the display shows `ARC`, then power-cycle both devices (unplug 30 seconds)." },
    ],
    accepted: 0,
  },
  {
    locale: "en",
    category: "smart-home",
    author: 1,
    hoursAgo: 60,
    title: "Domia outdoor camera keeps going offline at night",
    body: "My Domia outdoor camera with floodlight drops off Wi-Fi every night around 11 pm and comes back in the morning. Router is about 12 m away through one wall.",
    replies: [],
  },
  {
    locale: "en",
    category: "accessories",
    author: 2,
    hoursAgo: 30,
    title: "Is the Voltix 65 W charger safe for the Nexa Pad 11?",
    body: "I'd like to use one charger for my laptop and the Nexa Pad 11. Will 65 W damage the tablet battery?",
    replies: [
      { author: 3, body: "USB-C Power Delivery negotiates: the tablet only takes what it supports (around 30 W). Perfectly safe.", votes: 1 },
    ],
  },
  {
    locale: "en",
    category: "audio",
    author: 4,
    hoursAgo: 8,
    title: "Sonora Buds Pro: left earbud not charging in the case",
    body: "The left earbud shows no light when I put it in the case and it's always at 0% in the morning. Right one is fine.",
    replies: [],
  },

  // ---------------------------------------------------------------- Français
  {
    locale: "fr",
    category: "phones",
    author: 1,
    hoursAgo: 420,
    title: "Nexa A5 : impossible d'envoyer des MMS",
    body: "Depuis que j'ai changé d'opérateur, mon Nexa A5 reçoit les SMS mais n'envoie aucun MMS (photos de groupe). Les données mobiles fonctionnent.",
    replies: [
      { author: 2, body: "Il faut souvent réinitialiser les **paramètres APN** : *Paramètres > Réseau mobile > Noms des points d'accès > Réinitialiser*. Redémarrez ensuite.", votes: 3 },
      { author: 1, body: "C'était bien ça, merci beaucoup !" },
    ],
    accepted: 0,
  },
  {
    locale: "fr",
    category: "laptops",
    author: 3,
    hoursAgo: 330,
    title: "Terra 15 Gaming : ventilateur très bruyant même au repos",
    body: "Mon Terra 15 Gaming souffle fort dès le démarrage, même sans rien lancer. Est-ce normal ?",
    replies: [
      { author: 4, body: "Vérifiez le mode d'alimentation dans *Terra Control* : en mode *Performance*, les ventilateurs tournent en permanence. Le mode *Équilibré* est beaucoup plus silencieux.", votes: 2 },
      {
        author: "agent",
        official: true,
        body: "Bonjour, le mode *Équilibré* est la bonne réponse pour un usage courant. Pensez aussi à la mise à jour BIOS **1.08**, qui adoucit la courbe de ventilation au repos. Si le bruit persiste après ces deux étapes, un dossier peut être ouvert pour vérifier la pâte thermique sous garantie.",
        votes: 4,
      },
    ],
    accepted: 0,
  },
  {
    locale: "fr",
    category: "tv-audio",
    author: "customer",
    hoursAgo: 250,
    title: "Lumio QLED 50 : l'image s'assombrit toute seule",
    body: "Pendant les films, l'image devient plus sombre puis revient après quelques secondes. C'est très gênant le soir.",
    replies: [
      { author: 5, body: "C'est le **capteur de luminosité ambiante**. Désactivez-le dans *Image > Paramètres experts > Économie d'énergie*.", votes: 2 },
      { author: "customer", body: "Effectivement, c'était ça. Merci !" },
    ],
    accepted: 0,
  },
  {
    locale: "fr",
    category: "wearables",
    author: 6,
    hoursAgo: 120,
    title: "Koru Watch 4 : le GPS met longtemps à trouver le signal",
    body: "Avant chaque course, ma Koru Watch 4 met 3 à 4 minutes à capter le GPS. Des astuces ?",
    replies: [
      { author: 7, body: "Synchronisez la montre avec l'application juste avant de sortir : elle télécharge les données satellites (A-GPS) et le signal arrive en quelques secondes.", votes: 1 },
    ],
  },
  {
    locale: "fr",
    category: "smart-home",
    author: 2,
    hoursAgo: 72,
    title: "Thermostat Domia : programmation ignorée le week-end",
    body: "J'ai programmé 19 °C le samedi matin, mais le thermostat reste à 17 °C. En semaine tout fonctionne.",
    replies: [],
  },
  {
    locale: "fr",
    category: "accessories",
    author: 3,
    hoursAgo: 20,
    title: "Batterie Voltix 20 000 mAh qui chauffe en charge",
    body: "Ma batterie externe Voltix devient assez chaude quand je la recharge avec le chargeur 65 W. Faut-il s'inquiéter ?",
    replies: [
      { author: "agent", official: true, body: "Une tiédeur pendant la charge rapide est normale. Si la batterie devient **trop chaude pour être tenue en main**, débranchez-la et ne l'utilisez plus : contactez-nous pour un remplacement sous garantie." },
    ],
  },

  // ---------------------------------------------------------------- Italiano
  {
    locale: "it",
    category: "phones",
    author: 1,
    hoursAgo: 380,
    title: "Koru Flip 2: lo schermo esterno non si accende",
    body: "Il display esterno del mio Koru Flip 2 resta nero quando il telefono è chiuso. Le notifiche arrivano comunque.",
    replies: [
      { author: 2, body: "Controlla *Impostazioni > Display esterno*: dopo l'ultimo aggiornamento l'opzione *Mostra sempre* si era disattivata anche a me.", votes: 3 },
      { author: 1, body: "Era proprio quello, grazie mille!" },
    ],
    accepted: 0,
  },
  {
    locale: "it",
    category: "laptops",
    author: 3,
    hoursAgo: 280,
    title: "Aerobook 13 Lite lento dopo l'accensione",
    body: "Il mio Aerobook 13 Lite impiega quasi due minuti a essere utilizzabile dopo l'accensione. È normale con 8 GB di RAM?",
    replies: [
      { author: 4, body: "Disattiva le app che partono all'avvio (*Gestione attività > Avvio*). Con 8 GB fa una bella differenza.", votes: 2 },
      { author: "agent", official: true, body: "Confermiamo il consiglio. In più, l'aggiornamento di sistema di marzo riduce i tempi di avvio: *Impostazioni > Aggiornamenti*. Se dopo entrambi i passaggi resta lento, scriveteci e verificheremo lo stato dell'SSD." },
    ],
    accepted: 0,
  },
  {
    locale: "it",
    category: "audio",
    author: "orgadmin",
    hoursAgo: 190,
    title: "Sonora ANC 900: la cancellazione del rumore fischia",
    body: "Con la cancellazione attiva sento un leggero fischio quando cammino all'aperto col vento.",
    replies: [
      { author: 5, body: "Attiva la modalità *Vento* nell'app Sonora: riduce il fischio dei microfoni esterni.", votes: 2 },
    ],
    accepted: 0,
  },
  {
    locale: "it",
    category: "smart-home",
    author: 6,
    hoursAgo: 96,
    title: "Videocitofono Domia: notifiche in ritardo",
    body: "Quando suonano al videocitofono Domia, la notifica sul telefono arriva anche 20 secondi dopo.",
    replies: [],
  },
  {
    locale: "it",
    category: "tablets",
    author: 7,
    hoursAgo: 48,
    title: "Nexa Pad 13 Pro non riconosce la tastiera",
    body: "La tastiera magnetica funzionava, ora il Nexa Pad 13 Pro non la vede più. Ho già pulito i contatti.",
    replies: [
      { author: 2, body: "Prova a riavviare il tablet con la tastiera collegata: a me ha risolto dopo un aggiornamento." },
    ],
  },
  {
    locale: "it",
    category: "accessories",
    author: 4,
    hoursAgo: 5,
    title: "Supporto a muro Lumio per TV da 65 pollici?",
    body: "Il supporto inclinabile Lumio 43-75\" regge davvero un OLED da 65\"? Il peso è circa 25 kg.",
    replies: [],
  },
];
