/**
 * The fictional retailer behind the demo and benchmark worlds: Ohmnia Électronique, selling consumer
 * electronics in France, Italy and the United Kingdom. Brands and products are invented.
 */
export const RETAILER = { name: "Ohmnia Électronique", domain: "ohmnia.example" } as const;

export const DEMO_PASSWORD = "parcours-demo";

export type Country = "FR" | "IT" | "GB";
export type SeedLocale = "fr" | "it" | "en";

export const countries: Record<
  Country,
  { locale: SeedLocale; currency: "EUR" | "GBP"; vatRate: number; emailDomain: string; phonePrefix: string; cities: [city: string, postalCode: string][] }
> = {
  FR: {
    locale: "fr",
    currency: "EUR",
    vatRate: 0.2,
    emailDomain: "example.fr",
    phonePrefix: "+336",
    cities: [
      ["Paris", "75011"],
      ["Lyon", "69003"],
      ["Marseille", "13008"],
      ["Toulouse", "31000"],
      ["Bordeaux", "33000"],
      ["Lille", "59000"],
      ["Nantes", "44000"],
      ["Strasbourg", "67000"],
      ["Montpellier", "34000"],
      ["Rennes", "35000"],
      ["Grenoble", "38000"],
      ["Nice", "06000"],
    ],
  },
  IT: {
    locale: "it",
    currency: "EUR",
    vatRate: 0.22,
    emailDomain: "example.it",
    phonePrefix: "+393",
    cities: [
      ["Milano", "20121"],
      ["Roma", "00184"],
      ["Torino", "10121"],
      ["Bologna", "40121"],
      ["Firenze", "50122"],
      ["Napoli", "80133"],
      ["Genova", "16121"],
      ["Verona", "37121"],
      ["Padova", "35121"],
      ["Bari", "70121"],
    ],
  },
  GB: {
    locale: "en",
    currency: "GBP",
    vatRate: 0.2,
    emailDomain: "example.co.uk",
    phonePrefix: "+447",
    cities: [
      ["London", "EC1V 2NX"],
      ["Manchester", "M1 1AE"],
      ["Birmingham", "B1 1AA"],
      ["Leeds", "LS1 4DY"],
      ["Bristol", "BS1 5TR"],
      ["Edinburgh", "EH1 1YZ"],
      ["Glasgow", "G1 1XQ"],
      ["Liverpool", "L1 8JQ"],
      ["Cardiff", "CF10 1EP"],
      ["Oxford", "OX1 1HS"],
    ],
  },
};

/** Catalogue prices are in euro cents, VAT excluded; UK orders are priced in pounds from them. */
export const products: { sku: string; name: string; family: string; priceCents: number }[] = [
  { sku: "PH-NEXA-15-128", name: "Nexa 15 128 GB", family: "phones", priceCents: 65_825 },
  { sku: "PH-NEXA-15P-256", name: "Nexa 15 Pro 256 GB", family: "phones", priceCents: 99_158 },
  { sku: "PH-NEXA-15P-512", name: "Nexa 15 Pro 512 GB", family: "phones", priceCents: 115_825 },
  { sku: "PH-NEXA-A5-64", name: "Nexa A5 64 GB", family: "phones", priceCents: 19_158 },
  { sku: "PH-KORU-X2-256", name: "Koru X2 256 GB", family: "phones", priceCents: 74_158 },
  { sku: "PH-KORU-FLIP", name: "Koru Flip 2", family: "phones", priceCents: 90_825 },
  { sku: "LT-AERO-14-16", name: "Aerobook 14 (16 GB, 512 GB SSD)", family: "laptops", priceCents: 107_492 },
  { sku: "LT-AERO-16-32", name: "Aerobook 16 Pro (32 GB, 1 TB SSD)", family: "laptops", priceCents: 182_492 },
  { sku: "LT-AERO-13-8", name: "Aerobook 13 Lite (8 GB, 256 GB SSD)", family: "laptops", priceCents: 57_492 },
  { sku: "LT-TERRA-15-G", name: "Terra 15 Gaming (RTX, 32 GB)", family: "laptops", priceCents: 149_158 },
  { sku: "LT-TERRA-14-B", name: "Terra 14 Business", family: "laptops", priceCents: 95_825 },
  { sku: "TB-NEXA-PAD-11", name: "Nexa Pad 11", family: "tablets", priceCents: 40_825 },
  { sku: "TB-NEXA-PAD-13P", name: "Nexa Pad 13 Pro", family: "tablets", priceCents: 90_825 },
  { sku: "TV-LUMIO-OLED-55", name: "Lumio OLED 55\" C4", family: "tvs", priceCents: 124_158 },
  { sku: "TV-LUMIO-OLED-65", name: "Lumio OLED 65\" C4", family: "tvs", priceCents: 165_825 },
  { sku: "TV-LUMIO-QLED-50", name: "Lumio QLED 50\" Q7", family: "tvs", priceCents: 49_158 },
  { sku: "TV-LUMIO-LED-43", name: "Lumio LED 43\" Smart", family: "tvs", priceCents: 28_325 },
  { sku: "TV-SONORA-BAR-5", name: "Sonora Soundbar 5.1", family: "tvs", priceCents: 41_658 },
  { sku: "AU-SONORA-ANC-900", name: "Sonora ANC 900 headphones", family: "audio", priceCents: 31_658 },
  { sku: "AU-SONORA-BUDS-P", name: "Sonora Buds Pro", family: "audio", priceCents: 20_825 },
  { sku: "AU-SONORA-BUDS-L", name: "Sonora Buds Lite", family: "audio", priceCents: 7_492 },
  { sku: "AU-SONORA-SPK-M", name: "Sonora Move portable speaker", family: "audio", priceCents: 16_658 },
  { sku: "AU-KORU-OPEN", name: "Koru Open-ear sport headphones", family: "audio", priceCents: 12_492 },
  { sku: "WR-KORU-WATCH-4", name: "Koru Watch 4 (GPS)", family: "wearables", priceCents: 33_325 },
  { sku: "WR-KORU-BAND-2", name: "Koru Band 2", family: "wearables", priceCents: 6_658 },
  { sku: "SH-DOMIA-HUB", name: "Domia Home Hub", family: "smart-home", priceCents: 10_825 },
  { sku: "SH-DOMIA-CAM-IN", name: "Domia indoor camera 2K", family: "smart-home", priceCents: 4_992 },
  { sku: "SH-DOMIA-CAM-OUT", name: "Domia outdoor camera with floodlight", family: "smart-home", priceCents: 14_158 },
  { sku: "SH-DOMIA-THERMO", name: "Domia smart thermostat", family: "smart-home", priceCents: 16_658 },
  { sku: "SH-DOMIA-BULB-4", name: "Domia colour bulbs (4-pack)", family: "smart-home", priceCents: 5_825 },
  { sku: "SH-DOMIA-BELL", name: "Domia video doorbell", family: "smart-home", priceCents: 12_492 },
  { sku: "SH-DOMIA-PLUG-2", name: "Domia smart plugs (2-pack)", family: "smart-home", priceCents: 2_492 },
  { sku: "AC-VOLTIX-CHG-65", name: "Voltix 65 W USB-C charger", family: "accessories", priceCents: 3_325 },
  { sku: "AC-VOLTIX-CBL-2M", name: "Voltix braided USB-C cable 2 m", family: "accessories", priceCents: 1_658 },
  { sku: "AC-VOLTIX-PB-20K", name: "Voltix power bank 20,000 mAh", family: "accessories", priceCents: 4_158 },
  { sku: "AC-NEXA-CASE-15", name: "Nexa 15 silicone case", family: "accessories", priceCents: 2_492 },
  { sku: "AC-NEXA-GLASS-15", name: "Nexa 15 tempered glass (2-pack)", family: "accessories", priceCents: 1_658 },
  { sku: "AC-TERRA-DOCK", name: "Terra USB-C dock (11 ports)", family: "accessories", priceCents: 14_992 },
  { sku: "AC-VOLTIX-MOUSE", name: "Voltix wireless mouse", family: "accessories", priceCents: 3_325 },
  { sku: "AC-VOLTIX-KB-FR", name: "Voltix wireless keyboard", family: "accessories", priceCents: 6_658 },
  { sku: "AC-LUMIO-MOUNT", name: "Lumio tilting wall mount 43-75\"", family: "accessories", priceCents: 5_825 },
];

const GBP_PER_EUR = 0.86;

/** The shelf price in the order's currency: pounds end in .99 like a real price list. */
export function unitPriceCents(euroCents: number, currency: "EUR" | "GBP"): number {
  return currency === "EUR" ? euroCents : Math.max(99, Math.round((euroCents * GBP_PER_EUR) / 100) * 100 - 1);
}

/** Standard delivery is free above 50 (euros or pounds) before VAT; express costs more. */
export function shippingCents(subtotalCents: number, country: Country, isExpress: boolean): number {
  if (isExpress) return country === "GB" ? 799 : 990;
  if (subtotalCents >= 5_000) return 0;
  return country === "GB" ? 399 : country === "IT" ? 590 : 499;
}

export type Carrier = { name: string; isExpress: boolean; trackingNumber: (digits: string) => string };

export const carriersByCountry: Record<Country, Carrier[]> = {
  FR: [
    { name: "Colissimo", isExpress: false, trackingNumber: (d) => `6A${d.slice(0, 11)}` },
    { name: "Chronopost", isExpress: true, trackingNumber: (d) => `XW${d.slice(0, 9)}FR` },
    { name: "DPD", isExpress: false, trackingNumber: (d) => `250${d.slice(0, 11)}` },
  ],
  IT: [
    { name: "BRT", isExpress: false, trackingNumber: (d) => `0${d.slice(0, 14)}` },
    { name: "Poste Italiane", isExpress: false, trackingNumber: (d) => `1UW${d.slice(0, 10)}` },
    { name: "DPD", isExpress: true, trackingNumber: (d) => `059${d.slice(0, 11)}` },
  ],
  GB: [
    { name: "Royal Mail", isExpress: false, trackingNumber: (d) => `RM${d.slice(0, 9)}GB` },
    { name: "DPD", isExpress: true, trackingNumber: (d) => `155${d.slice(0, 11)}` },
  ],
};

/** Where parcels leave from and the carrier hub they pass through, per country. */
export const logistics: Record<Country, { warehouse: string; hubs: string[] }> = {
  FR: { warehouse: "Entrepôt Ohmnia, Saint-Quentin-Fallavier", hubs: ["Plateforme de tri, Chilly-Mazarin", "Plateforme de tri, Corbas", "Agence de Wissous"] },
  IT: { warehouse: "Magazzino Ohmnia, Piacenza", hubs: ["Hub di Bologna", "Centro di smistamento, Peschiera Borromeo", "Hub di Roma Fiumicino"] },
  GB: { warehouse: "Ohmnia warehouse, Northampton", hubs: ["Mail centre, Warrington", "National hub, Hinckley", "Depot, Heathrow"] },
};

type ShipmentStep = "label_created" | "in_transit" | "out_for_delivery" | "delivered";

/** Carrier event texts are written by the carrier, so they come in the carrier's language. */
export const trackingText: Record<SeedLocale, Record<ShipmentStep | "hub", string>> = {
  fr: {
    label_created: "Votre colis est prêt à être expédié",
    in_transit: "Votre colis est pris en charge par le transporteur",
    hub: "Votre colis est en cours d'acheminement",
    out_for_delivery: "Votre colis est en cours de livraison",
    delivered: "Votre colis a été livré",
  },
  it: {
    label_created: "La spedizione è stata registrata",
    in_transit: "La spedizione è stata affidata al corriere",
    hub: "La spedizione è in transito",
    out_for_delivery: "La spedizione è in consegna",
    delivered: "La spedizione è stata consegnata",
  },
  en: {
    label_created: "Label created, parcel ready for collection",
    in_transit: "Parcel collected by the carrier",
    hub: "Parcel in transit through our network",
    out_for_delivery: "Out for delivery",
    delivered: "Delivered",
  },
};

export const skillCatalog = [
  { key: "billing", name: "Billing and payments" },
  { key: "returns", name: "Returns and refunds" },
  { key: "technical", name: "Technical support" },
  { key: "delivery", name: "Delivery and tracking" },
  { key: "enterprise", name: "Enterprise accounts" },
] as const;

export type SkillKey = (typeof skillCatalog)[number]["key"];

/** Lower-case ASCII for email local parts: "Noël Lefèvre" -> "noel.lefevre". */
export function emailLocalPart(first: string, last: string): string {
  const clean = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  return `${clean(first)}.${clean(last)}`;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Today at 00:00 UTC: the demo's dates are fixed offsets from it, so shipments in transit stay in transit. */
export function startOfTodayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
