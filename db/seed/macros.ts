import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { macros, users } from "@/db/schema";
import { RETAILER } from "./catalog";

type Seed = { name: string; categoryKey: string | null; body: string };

// The demo retailer's canned replies. Placeholders are filled when an agent inserts one (server/macros).
const byLocale: Record<"en" | "fr" | "it", Seed[]> = {
  en: [
    {
      name: "Delivery delay",
      categoryKey: "delivery",
      body: "Hello {{customer.name}},\n\nI checked order {{order.number}} with the carrier: the parcel is delayed at their depot and should reach you within 2 working days. You can follow it live from your order page.\n\nSorry for the wait,\n{{agent.name}}",
    },
    {
      name: "Return label",
      categoryKey: "returns",
      body: "Hello {{customer.name}},\n\nYour return for order {{order.number}} is approved. The prepaid label is attached: print it, stick it on the box and drop the parcel at any relay point within 14 days.\n\nWe refund you as soon as the item reaches our warehouse.\n\n{{agent.name}}",
    },
    {
      name: "Warranty claim",
      categoryKey: "warranty",
      body: "Hello {{customer.name}},\n\nYour device is covered by the 2-year warranty. To open the repair request, please send us:\n\n- a photo of the serial number label,\n- a short description of the fault,\n- the order number ({{order.number}} if it is this one).\n\n{{agent.name}}, {{retailer}}",
    },
    {
      name: "Refund issued",
      categoryKey: "refund",
      body: "Hello {{customer.name}},\n\nThe refund for order {{order.number}} has been issued today. It appears on your statement within 3 to 5 working days, depending on your bank.\n\n{{agent.name}}",
    },
    {
      name: "Ask for the serial number",
      categoryKey: "technical",
      body: "Hello {{customer.name}},\n\nTo look into case {{case.number}}, I need the serial number of the device: it is on a label under the device or in **Settings > About**. A photo is fine.\n\nThank you,\n{{agent.name}}",
    },
    {
      name: "Closing message",
      categoryKey: null,
      body: 'Hello {{customer.name}},\n\nI am closing case {{case.number}} ("{{case.subject}}"). If anything is still not right, reply to this message within 14 days and the case reopens.\n\nThank you for choosing {{retailer}},\n{{agent.name}}',
    },
    {
      name: "Invoice copy",
      categoryKey: "billing",
      body: "Hello {{customer.name}},\n\nYou can download the invoice for order {{order.number}} at any time from **Orders > Invoices** in your account. I have also attached a copy.\n\n{{agent.name}}",
    },
  ],
  fr: [
    {
      name: "Retard de livraison",
      categoryKey: "delivery",
      body: "Bonjour {{customer.name}},\n\nJ’ai vérifié la commande {{order.number}} auprès du transporteur : le colis est retenu à son dépôt et devrait vous parvenir sous 2 jours ouvrés. Vous pouvez le suivre en direct depuis la page de votre commande.\n\nToutes nos excuses pour l’attente,\n{{agent.name}}",
    },
    {
      name: "Étiquette de retour",
      categoryKey: "returns",
      body: "Bonjour {{customer.name}},\n\nVotre retour pour la commande {{order.number}} est accepté. L’étiquette prépayée est jointe : imprimez-la, collez-la sur le carton et déposez le colis dans un point relais sous 14 jours.\n\nNous vous remboursons dès réception de l’article dans notre entrepôt.\n\n{{agent.name}}",
    },
    {
      name: "Demande de garantie",
      categoryKey: "warranty",
      body: "Bonjour {{customer.name}},\n\nVotre appareil est couvert par la garantie de 2 ans. Pour ouvrir la demande de réparation, merci de nous envoyer :\n\n- une photo de l’étiquette du numéro de série,\n- une courte description de la panne,\n- le numéro de commande ({{order.number}} s’il s’agit de celle-ci).\n\n{{agent.name}}, {{retailer}}",
    },
    {
      name: "Remboursement effectué",
      categoryKey: "refund",
      body: "Bonjour {{customer.name}},\n\nLe remboursement de la commande {{order.number}} a été effectué aujourd’hui. Il apparaîtra sur votre relevé sous 3 à 5 jours ouvrés selon votre banque.\n\n{{agent.name}}",
    },
    {
      name: "Demander le numéro de série",
      categoryKey: "technical",
      body: "Bonjour {{customer.name}},\n\nPour traiter le dossier {{case.number}}, j’ai besoin du numéro de série de l’appareil : il figure sur une étiquette sous l’appareil ou dans **Réglages > À propos**. Une photo suffit.\n\nMerci,\n{{agent.name}}",
    },
    {
      name: "Message de clôture",
      categoryKey: null,
      body: "Bonjour {{customer.name}},\n\nJe clôture le dossier {{case.number}} (« {{case.subject}} »). Si quelque chose ne va toujours pas, répondez à ce message sous 14 jours et le dossier sera rouvert.\n\nMerci d’avoir choisi {{retailer}},\n{{agent.name}}",
    },
    {
      name: "Copie de facture",
      categoryKey: "billing",
      body: "Bonjour {{customer.name}},\n\nVous pouvez télécharger la facture de la commande {{order.number}} à tout moment depuis **Commandes > Factures** dans votre compte. Je vous en joins aussi une copie.\n\n{{agent.name}}",
    },
  ],
  it: [
    {
      name: "Ritardo nella consegna",
      categoryKey: "delivery",
      body: "Buongiorno {{customer.name}},\n\nho verificato l’ordine {{order.number}} con il corriere: il pacco è fermo al deposito e dovrebbe arrivare entro 2 giorni lavorativi. Può seguirlo in tempo reale dalla pagina dell’ordine.\n\nCi scusiamo per l’attesa,\n{{agent.name}}",
    },
    {
      name: "Etichetta di reso",
      categoryKey: "returns",
      body: "Buongiorno {{customer.name}},\n\nil reso dell’ordine {{order.number}} è stato accettato. In allegato trova l’etichetta prepagata: la stampi, la applichi sulla scatola e consegni il pacco in un punto di ritiro entro 14 giorni.\n\nLa rimborseremo appena l’articolo arriverà al nostro magazzino.\n\n{{agent.name}}",
    },
    {
      name: "Richiesta di garanzia",
      categoryKey: "warranty",
      body: "Buongiorno {{customer.name}},\n\nil suo dispositivo è coperto dalla garanzia di 2 anni. Per aprire la richiesta di riparazione ci invii:\n\n- una foto dell’etichetta con il numero di serie,\n- una breve descrizione del guasto,\n- il numero d’ordine ({{order.number}} se si tratta di questo).\n\n{{agent.name}}, {{retailer}}",
    },
    {
      name: "Rimborso effettuato",
      categoryKey: "refund",
      body: "Buongiorno {{customer.name}},\n\nil rimborso dell’ordine {{order.number}} è stato disposto oggi. Lo vedrà sull’estratto conto entro 3-5 giorni lavorativi, a seconda della banca.\n\n{{agent.name}}",
    },
    {
      name: "Chiedere il numero di serie",
      categoryKey: "technical",
      body: "Buongiorno {{customer.name}},\n\nper gestire la pratica {{case.number}} mi serve il numero di serie del dispositivo: si trova su un’etichetta sotto il dispositivo o in **Impostazioni > Info**. Basta una foto.\n\nGrazie,\n{{agent.name}}",
    },
    {
      name: "Messaggio di chiusura",
      categoryKey: null,
      body: "Buongiorno {{customer.name}},\n\nchiudo la pratica {{case.number}} («{{case.subject}}»). Se qualcosa non va ancora, risponda a questo messaggio entro 14 giorni e la pratica verrà riaperta.\n\nGrazie per aver scelto {{retailer}},\n{{agent.name}}",
    },
    {
      name: "Copia della fattura",
      categoryKey: "billing",
      body: "Buongiorno {{customer.name}},\n\npuò scaricare la fattura dell’ordine {{order.number}} in qualsiasi momento da **Ordini > Fatture** nel suo account. Gliene allego anche una copia.\n\n{{agent.name}}",
    },
  ],
};

/** The demo macros in English, French and Italian, written by the demo admin. Run after the case reference data. */
export async function seedMacros(db: Database, params: { adminEmail: string }) {
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.email, params.adminEmail));
  const rows = Object.entries(byLocale).flatMap(([locale, seeds]) =>
    seeds.map((seed) => ({
      ...seed,
      body: seed.body.replaceAll("{{retailer}}", RETAILER.name),
      locale: locale as "en" | "fr" | "it",
      createdBy: admin?.id ?? null,
      updatedBy: admin?.id ?? null,
    })),
  );
  await db.insert(macros).values(rows);
}
