import type { SeedLocale } from "./catalog";

type Names = Record<SeedLocale, { name: string; description: string }>;
export type CategorySeed = { slug: string; parent?: string; names: Names };

/** Help-center categories (no parent) and their sections, in display order. */
export const kbCategorySeeds: CategorySeed[] = [
  {
    slug: "delivery",
    names: {
      en: { name: "Delivery", description: "Tracking, delivery times and parcel problems." },
      fr: { name: "Livraison", description: "Suivi, délais de livraison et problèmes de colis." },
      it: { name: "Consegna", description: "Tracciamento, tempi di consegna e problemi con i pacchi." },
    },
  },
  {
    slug: "delivery-tracking",
    parent: "delivery",
    names: {
      en: { name: "Tracking and delivery times", description: "Where your parcel is and when it arrives." },
      fr: { name: "Suivi et délais", description: "Où est votre colis et quand il arrive." },
      it: { name: "Tracciamento e tempi", description: "Dove si trova il pacco e quando arriva." },
    },
  },
  {
    slug: "delivery-problems",
    parent: "delivery",
    names: {
      en: { name: "Parcel problems", description: "Late, missing or damaged parcels." },
      fr: { name: "Problèmes de colis", description: "Colis en retard, perdu ou abîmé." },
      it: { name: "Problemi con il pacco", description: "Pacchi in ritardo, smarriti o danneggiati." },
    },
  },
  {
    slug: "returns",
    names: {
      en: { name: "Returns and refunds", description: "Send a product back and get your money back." },
      fr: { name: "Retours et remboursements", description: "Renvoyer un produit et être remboursé." },
      it: { name: "Resi e rimborsi", description: "Restituire un prodotto e ottenere il rimborso." },
    },
  },
  {
    slug: "warranty",
    names: {
      en: { name: "Warranty and repairs", description: "What is covered and how to get a device repaired." },
      fr: { name: "Garantie et réparations", description: "Ce qui est couvert et comment faire réparer un appareil." },
      it: { name: "Garanzia e riparazioni", description: "Cosa è coperto e come far riparare un dispositivo." },
    },
  },
  {
    slug: "devices",
    names: {
      en: { name: "Devices", description: "Set up and troubleshoot your phone, computer, TV and smart home." },
      fr: { name: "Appareils", description: "Installer et dépanner votre téléphone, ordinateur, TV et maison connectée." },
      it: { name: "Dispositivi", description: "Configurare e risolvere i problemi di telefono, computer, TV e casa smart." },
    },
  },
  {
    slug: "devices-phones",
    parent: "devices",
    names: {
      en: { name: "Phones and tablets", description: "Nexa and Koru phones, Nexa Pad tablets." },
      fr: { name: "Téléphones et tablettes", description: "Téléphones Nexa et Koru, tablettes Nexa Pad." },
      it: { name: "Telefoni e tablet", description: "Telefoni Nexa e Koru, tablet Nexa Pad." },
    },
  },
  {
    slug: "devices-computers",
    parent: "devices",
    names: {
      en: { name: "Laptops", description: "Aerobook and Terra laptops." },
      fr: { name: "Ordinateurs portables", description: "Ordinateurs Aerobook et Terra." },
      it: { name: "Computer portatili", description: "Portatili Aerobook e Terra." },
    },
  },
  {
    slug: "devices-tv-audio",
    parent: "devices",
    names: {
      en: { name: "TV and audio", description: "Lumio TVs, Sonora headphones and speakers." },
      fr: { name: "TV et audio", description: "Téléviseurs Lumio, casques et enceintes Sonora." },
      it: { name: "TV e audio", description: "TV Lumio, cuffie e altoparlanti Sonora." },
    },
  },
  {
    slug: "devices-smart-home",
    parent: "devices",
    names: {
      en: { name: "Smart home and wearables", description: "Domia hub and cameras, Koru watches." },
      fr: { name: "Maison connectée et montres", description: "Box et caméras Domia, montres Koru." },
      it: { name: "Casa smart e indossabili", description: "Hub e telecamere Domia, orologi Koru." },
    },
  },
  {
    slug: "account",
    names: {
      en: { name: "Account and payments", description: "Sign-in, personal data, payment and invoices." },
      fr: { name: "Compte et paiements", description: "Connexion, données personnelles, paiement et factures." },
      it: { name: "Account e pagamenti", description: "Accesso, dati personali, pagamento e fatture." },
    },
  },
  {
    slug: "staff-procedures",
    names: {
      en: { name: "Staff procedures", description: "Internal guides for the support team." },
      fr: { name: "Procédures internes", description: "Guides internes pour l'équipe support." },
      it: { name: "Procedure interne", description: "Guide interne per il team di assistenza." },
    },
  },
];
