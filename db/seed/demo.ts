import { base, en, en_GB, Faker, fr, it } from "@faker-js/faker";
import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import {
  agentProfiles,
  agentSkills,
  contactIdentities,
  contracts,
  customers,
  invoices,
  orderItems,
  orders,
  organizations,
  products,
  shipments,
  skills,
  trackingEvents,
  users,
  type Address,
} from "@/db/schema";
import { hashPassword } from "@/server/accounts";
import {
  countries,
  DAY_MS,
  DEMO_PASSWORD,
  emailLocalPart,
  products as catalog,
  RETAILER,
  skillCatalog,
  startOfTodayUtc,
  type Country,
  type SeedLocale,
  type SkillKey,
} from "./catalog";
import { seedCases } from "./cases";
import { seedSurveys } from "./surveys";
import { seedKnowledgeBase } from "./kb";
import { seedForum } from "./forum";
import { seedMacros } from "./macros";
import { seedWorkspaceDemo } from "./workspace";
import { buildOrder, type OrderPlan, type OrderRows, type OrderStatus } from "./orders";

export { DEMO_PASSWORD } from "./catalog";

export type DemoAccount = { role: "customer" | "agent" | "admin"; email: string; password: string; description: string };

export const demoEmails = {
  customer: "customer@demo.parcours.dev",
  orgAdmin: "orgadmin@demo.parcours.dev",
  agent: "agent@demo.parcours.dev",
  admin: "admin@demo.parcours.dev",
} as const;

const HOUR_MS = 60 * 60 * 1000;
const ORDER_COUNT = 300;
const HISTORY_DAYS = 548;

/** True once the demo world is in this database (its admin account exists). */
export async function isDemoSeeded(db: Database): Promise<boolean> {
  const rows = await db.execute(sql`select 1 from ${users} where lower(${users.email}) = ${demoEmails.admin} limit 1`);
  return rows.length > 0;
}

type CustomerSpec = {
  id: string;
  userId: string;
  email: string;
  name: string;
  country: Country;
  organizationIndex: number | null;
  organizationRole: "member" | "admin";
  isVip: boolean;
  createdAt: Date;
  address: Address;
  /** Relative chance of being the buyer of a random order. */
  weight: number;
};

/**
 * Seeds the demo world of a fictional electronics retailer in one transaction: organizations,
 * customers with their channels and contracts, a catalogue, 300 orders over 18 months with parcels
 * and invoices, agents with skills and an admin. Random choices are seeded, so every run produces the
 * same world; dates are offsets from today so parcels "in transit" are always in transit. Only the
 * demo accounts get a password; the other customers sign in by magic link. Not idempotent: callers
 * check `isDemoSeeded` first.
 */
export async function seedDemo(db: Database): Promise<{ accounts: DemoAccount[] }> {
  const fakers: Record<Country, Faker> = {
    FR: new Faker({ locale: [fr, en, base], seed: 42 }),
    IT: new Faker({ locale: [it, en, base], seed: 42 }),
    GB: new Faker({ locale: [en_GB, en, base], seed: 42 }),
  };
  const rng = new Faker({ locale: [en, base], seed: 42 });
  const now = new Date();
  const today = startOfTodayUtc(now);
  const daysAgo = (days: number, hour = 0) => new Date(today.getTime() - days * DAY_MS + hour * HOUR_MS);
  const isoDate = (d: Date) => d.toISOString().slice(0, 10);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const productRows = catalog.map((p) => ({ ...p, id: rng.string.uuid(), currency: "EUR" }));
  const productBySku = new Map(productRows.map((p) => [p.sku, p]));
  const sku = (s: string) => productBySku.get(s) ?? fail(`unknown sku ${s}`);

  const orgs = [
    { id: rng.string.uuid(), name: "Hartwell Logistics plc", size: "enterprise" as const, country: "GB" as const, domain: "hartwell-logistics.example", createdAt: daysAgo(900) },
    { id: rng.string.uuid(), name: "Ferrovie Lombarde Servizi S.p.A.", size: "enterprise" as const, country: "IT" as const, domain: "ferrovie-lombarde.example", createdAt: daysAgo(700) },
    { id: rng.string.uuid(), name: "Cabinet Durand Architectes", size: "small" as const, country: "FR" as const, domain: "durand-architectes.example", createdAt: daysAgo(420) },
  ];

  const usedEmails = new Set<string>(Object.values(demoEmails));
  const makeAddress = (country: Country, name: string): Address => {
    const f = fakers[country];
    const [city, postalCode] = f.helpers.arrayElement(countries[country].cities);
    return { name, line1: f.location.streetAddress(), postalCode, city, country };
  };
  const customerSpecs: CustomerSpec[] = [];
  const addCustomer = (spec: { country: Country; organizationIndex?: number; organizationRole?: "member" | "admin"; email?: string; name?: string; isVip?: boolean; ageDays?: number }) => {
    const f = fakers[spec.country];
    const first = f.person.firstName();
    const last = f.person.lastName();
    const name = spec.name ?? `${first} ${last}`;
    let email = spec.email;
    if (!email) {
      const domain = spec.organizationIndex !== undefined ? orgs[spec.organizationIndex]!.domain : countries[spec.country].emailDomain;
      const local = emailLocalPart(first, last);
      email = `${local}@${domain}`;
      for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@${domain}`;
    }
    usedEmails.add(email);
    const ageDays = spec.ageDays ?? (rng.datatype.boolean({ probability: 0.8 }) ? rng.number.int({ min: 560, max: 1200 }) : rng.number.int({ min: 40, max: 540 }));
    const isVip = spec.isVip ?? rng.datatype.boolean({ probability: 0.1 });
    const spec2: CustomerSpec = {
      id: rng.string.uuid(),
      userId: rng.string.uuid(),
      email,
      name,
      country: spec.country,
      organizationIndex: spec.organizationIndex ?? null,
      organizationRole: spec.organizationRole ?? "member",
      isVip,
      createdAt: daysAgo(ageDays, rng.number.int({ min: 8, max: 20 })),
      address: makeAddress(spec.country, name),
      // A few heavy buyers and many occasional ones, as in any shop.
      weight: (1 / Math.pow(rng.number.float({ min: 0.05, max: 1 }), 0.9)) * (isVip ? 2 : 1),
    };
    customerSpecs.push(spec2);
    return spec2;
  };

  const demoCustomer = addCustomer({ country: "GB", email: demoEmails.customer, name: "Emma Clarke", isVip: false, ageDays: 700 });
  const orgAdmin = addCustomer({ country: "GB", email: demoEmails.orgAdmin, name: "James Whitfield", organizationIndex: 0, organizationRole: "admin", isVip: false, ageDays: 880 });
  for (let i = 0; i < 6; i++) addCustomer({ country: "GB", organizationIndex: 0, ageDays: rng.number.int({ min: 200, max: 880 }) });
  addCustomer({ country: "IT", organizationIndex: 1, organizationRole: "admin", ageDays: 690 });
  for (let i = 0; i < 6; i++) addCustomer({ country: "IT", organizationIndex: 1, ageDays: rng.number.int({ min: 200, max: 690 }) });
  addCustomer({ country: "FR", organizationIndex: 2, organizationRole: "admin", ageDays: 410 });
  for (let i = 0; i < 2; i++) addCustomer({ country: "FR", organizationIndex: 2, ageDays: rng.number.int({ min: 100, max: 410 }) });
  const individuals: Country[] = [...Array<Country>(21).fill("FR"), ...Array<Country>(11).fill("IT"), ...Array<Country>(10).fill("GB")];
  for (const country of individuals) addCustomer({ country });

  const userRows: (typeof users.$inferInsert)[] = [];
  const customerRows: (typeof customers.$inferInsert)[] = [];
  const identityRows: (typeof contactIdentities.$inferInsert)[] = [];
  const contractRows: (typeof contracts.$inferInsert)[] = [];
  let contractSeq = 1200;
  const contractNumber = (country: Country) => `CT-${country}-${String(contractSeq++).padStart(6, "0")}`;

  for (const c of customerSpecs) {
    const { locale, phonePrefix } = countries[c.country];
    const isDemo = c.email.endsWith("@demo.parcours.dev");
    const phone = rng.datatype.boolean({ probability: 0.55 }) ? `${phonePrefix}${rng.string.numeric(c.country === "FR" ? 8 : 9)}` : null;
    userRows.push({
      id: c.userId,
      name: c.name,
      email: c.email,
      emailVerified: c.createdAt,
      role: "customer",
      locale,
      passwordHash: isDemo ? passwordHash : null,
      createdAt: c.createdAt,
    });
    customerRows.push({
      id: c.id,
      userId: c.userId,
      organizationId: c.organizationIndex === null ? null : orgs[c.organizationIndex]!.id,
      organizationRole: c.organizationRole,
      displayName: c.name,
      phone,
      preferredLocale: locale,
      preferredChannel: phone && rng.datatype.boolean({ probability: 0.3 }) ? rng.helpers.arrayElement(["phone", "sms"] as const) : rng.datatype.boolean({ probability: 0.1 }) ? "chat" : "email",
      isVip: c.isVip,
      country: c.country,
      createdAt: c.createdAt,
    });
    identityRows.push({ id: rng.string.uuid(), customerId: c.id, kind: "email", value: c.email, verifiedAt: c.createdAt, createdAt: c.createdAt });
    if (phone) identityRows.push({ id: rng.string.uuid(), customerId: c.id, kind: "phone", value: phone, verifiedAt: c.createdAt, createdAt: c.createdAt });
    if (rng.datatype.boolean({ probability: 0.25 })) {
      const handle = `${emailLocalPart(...(c.name.split(" ", 2) as [string, string])).replace(/[.-]/g, "_")}${rng.string.numeric(2)}`;
      identityRows.push({ id: rng.string.uuid(), customerId: c.id, kind: "social", network: rng.helpers.arrayElement(["x", "instagram"]), value: handle, createdAt: c.createdAt });
    }
    // Members are covered by their organization's contract; individuals hold their own.
    if (c.organizationIndex === null) {
      const tier = c.isVip ? "premium" : rng.helpers.weightedArrayElement([
        { weight: 25, value: "none" as const },
        { weight: 50, value: "standard" as const },
        { weight: 25, value: "premium" as const },
      ]);
      contractRows.push({
        id: rng.string.uuid(),
        number: contractNumber(c.country),
        customerId: c.id,
        tier,
        startsOn: isoDate(c.createdAt),
        endsOn: tier === "none" ? null : isoDate(daysAgo(-rng.number.int({ min: 30, max: 700 }))),
        createdAt: c.createdAt,
      });
    }
  }
  for (const org of orgs) {
    contractRows.push({
      id: rng.string.uuid(),
      number: contractNumber(org.country),
      organizationId: org.id,
      tier: org.size === "enterprise" ? "enterprise" : "standard",
      startsOn: isoDate(org.createdAt),
      endsOn: isoDate(daysAgo(-rng.number.int({ min: 120, max: 500 }))),
      createdAt: org.createdAt,
    });
  }

  // Orders: first the demo accounts' hand-picked history, then random orders for everyone else.
  type Draft = Omit<OrderPlan, "number" | "invoiceNumber">;
  const drafts: Draft[] = [];
  const lines = (...items: [string, number][]) => items.map(([s, quantity]) => ({ product: sku(s), quantity }));
  const draftFor = (c: CustomerSpec, days: number, hour: number, status: OrderStatus, orderLines: Draft["lines"], transit?: Draft["transit"]) =>
    drafts.push({ customerId: c.id, country: c.country, address: c.address, status, placedAt: daysAgo(days, hour + rng.number.int({ min: 0, max: 59 }) / 60), lines: orderLines, transit });

  draftFor(demoCustomer, 2, 10, "shipped", lines(["PH-NEXA-15P-256", 1], ["AC-NEXA-CASE-15", 1], ["AC-NEXA-GLASS-15", 1]), "in_transit");
  draftFor(demoCustomer, 1, 20, "processing", lines(["SH-DOMIA-BELL", 1]));
  draftFor(demoCustomer, 12, 18, "delivered", lines(["AU-SONORA-ANC-900", 1]));
  draftFor(demoCustomer, 45, 9, "delivered", lines(["LT-AERO-14-16", 1], ["AC-VOLTIX-MOUSE", 1]));
  draftFor(demoCustomer, 81, 13, "refunded", lines(["WR-KORU-BAND-2", 1]));
  draftFor(demoCustomer, 130, 21, "returned", lines(["TV-LUMIO-LED-43", 1]));
  draftFor(demoCustomer, 204, 11, "delivered", lines(["SH-DOMIA-HUB", 1], ["SH-DOMIA-BULB-4", 2]));
  draftFor(demoCustomer, 263, 16, "cancelled", lines(["AU-SONORA-SPK-M", 1]));
  draftFor(demoCustomer, 402, 19, "delivered", lines(["TB-NEXA-PAD-11", 1]));
  draftFor(orgAdmin, 3, 9, "shipped", lines(["LT-TERRA-14-B", 5], ["AC-TERRA-DOCK", 5]), "out_for_delivery");
  draftFor(orgAdmin, 33, 14, "delivered", lines(["PH-KORU-X2-256", 8], ["AC-VOLTIX-CHG-65", 8]));
  draftFor(orgAdmin, 96, 10, "delivered", lines(["TV-LUMIO-QLED-50", 2], ["AC-LUMIO-MOUNT", 2]));
  draftFor(orgAdmin, 180, 15, "delivered", lines(["LT-TERRA-14-B", 12]));
  draftFor(orgAdmin, 311, 11, "refunded", lines(["AC-VOLTIX-KB-FR", 10]));
  draftFor(orgAdmin, 470, 9, "delivered", lines(["PH-NEXA-A5-64", 15]));

  const buyers = customerSpecs.filter((c) => c !== demoCustomer && c !== orgAdmin);
  const buyerWeights = buyers.map((c) => ({ weight: c.weight, value: c }));
  const firstItemFamilies = [
    { weight: 22, value: "phones" },
    { weight: 12, value: "laptops" },
    { weight: 6, value: "tablets" },
    { weight: 10, value: "tvs" },
    { weight: 18, value: "audio" },
    { weight: 6, value: "wearables" },
    { weight: 12, value: "smart-home" },
    { weight: 14, value: "accessories" },
  ];
  const byFamily = (family: string) => productRows.filter((p) => p.family === family);
  const randomLines = (isBusiness: boolean): Draft["lines"] => {
    const count = rng.helpers.weightedArrayElement([
      { weight: 60, value: 1 },
      { weight: 28, value: 2 },
      { weight: 12, value: 3 },
    ]);
    const picked = [rng.helpers.arrayElement(byFamily(rng.helpers.weightedArrayElement(firstItemFamilies)))];
    while (picked.length < count) {
      const extra = rng.helpers.arrayElement(byFamily(rng.datatype.boolean({ probability: 0.7 }) ? "accessories" : "audio"));
      if (!picked.includes(extra)) picked.push(extra);
    }
    return picked.map((product) => ({ product, quantity: isBusiness && rng.datatype.boolean({ probability: 0.5 }) ? rng.number.int({ min: 2, max: 10 }) : rng.datatype.boolean({ probability: 0.08 }) ? 2 : 1 }));
  };
  const pickBuyer = (minAgeDays: number) => {
    for (;;) {
      const c = rng.helpers.weightedArrayElement(buyerWeights);
      if (today.getTime() - c.createdAt.getTime() >= minAgeDays * DAY_MS) return c;
    }
  };
  // Recent orders are forced so the demo always shows parcels on their way and orders being prepared.
  const recent: { days: [number, number]; status: OrderStatus; transit?: Draft["transit"] }[] = [
    ...Array.from({ length: 7 }, () => ({ days: [1, 4] as [number, number], status: "shipped" as const, transit: "in_transit" as const })),
    ...Array.from({ length: 3 }, () => ({ days: [1, 3] as [number, number], status: "shipped" as const, transit: "out_for_delivery" as const })),
    ...Array.from({ length: 3 }, () => ({ days: [1, 1] as [number, number], status: "processing" as const })),
    ...Array.from({ length: 2 }, () => ({ days: [1, 1] as [number, number], status: "paid" as const })),
    { days: [1, 1] as [number, number], status: "pending" as const },
  ];
  for (const r of recent) {
    const c = pickBuyer(r.days[1]);
    draftFor(c, rng.number.int({ min: r.days[0], max: r.days[1] }), rng.number.int({ min: 8, max: 14 }), r.status, randomLines(c.organizationIndex !== null), r.transit);
  }
  while (drafts.length < ORDER_COUNT) {
    const c = pickBuyer(6);
    const maxDays = Math.min(HISTORY_DAYS, Math.floor((today.getTime() - c.createdAt.getTime()) / DAY_MS));
    const status = rng.helpers.weightedArrayElement([
      { weight: 84, value: "delivered" as const },
      { weight: 5, value: "cancelled" as const },
      { weight: 5, value: "refunded" as const },
      { weight: 6, value: "returned" as const },
    ]);
    draftFor(c, rng.number.int({ min: 5, max: maxDays }), rng.number.int({ min: 7, max: 22 }), status, randomLines(c.organizationIndex !== null));
  }

  // Numbers follow the order of placement, as a shop's sequence would.
  drafts.sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime());
  let orderSeq = 4017;
  let invoiceSeq = 3880;
  const built: OrderRows[] = drafts.map((draft) => {
    const year = draft.placedAt.getUTCFullYear();
    orderSeq += rng.number.int({ min: 1, max: 3 });
    const invoiceNumber = `INV-${year}-${String(invoiceSeq).padStart(6, "0")}`;
    const rows = buildOrder(rng, { ...draft, number: `PC-${year}-${String(orderSeq).padStart(6, "0")}`, invoiceNumber }, now);
    if (rows.invoice) invoiceSeq++;
    return rows;
  });

  // Staff of the retailer.
  const skillRows = skillCatalog.map((s) => ({ id: rng.string.uuid(), key: s.key, name: s.name }));
  const skillId = (key: SkillKey) => skillRows.find((s) => s.key === key)!.id;
  const staff: {
    email: string;
    name: string;
    role: "agent" | "admin";
    locale: SeedLocale;
    profile?: { languages: SeedLocale[]; capacity: number; presence: "available" | "busy" | "away" | "offline"; isQueueLead: boolean; skills: Partial<Record<SkillKey, number>> };
  }[] = [
    { email: demoEmails.admin, name: "Claire Fontaine", role: "admin", locale: "en" },
    {
      email: demoEmails.agent,
      name: "Léa Rousseau",
      role: "agent",
      locale: "en",
      profile: { languages: ["en", "fr", "it"], capacity: 10, presence: "available", isQueueLead: false, skills: { billing: 4, returns: 4, delivery: 3, technical: 2 } },
    },
    {
      email: `marco.bellini@${RETAILER.domain}`,
      name: "Marco Bellini",
      role: "agent",
      locale: "it",
      profile: { languages: ["it", "en"], capacity: 12, presence: "available", isQueueLead: false, skills: { technical: 5, delivery: 3, returns: 2 } },
    },
    {
      email: `hannah.price@${RETAILER.domain}`,
      name: "Hannah Price",
      role: "agent",
      locale: "en",
      profile: { languages: ["en", "fr"], capacity: 8, presence: "busy", isQueueLead: true, skills: { enterprise: 5, billing: 3, technical: 3 } },
    },
    {
      email: `julien.petit@${RETAILER.domain}`,
      name: "Julien Petit",
      role: "agent",
      locale: "fr",
      profile: { languages: ["fr"], capacity: 8, presence: "away", isQueueLead: false, skills: { returns: 3, delivery: 4, billing: 2 } },
    },
  ];
  const staffSince = daysAgo(1000);
  const staffRows = staff.map((s) => ({ ...s, id: rng.string.uuid() }));
  for (const s of staffRows) {
    userRows.push({
      id: s.id,
      name: s.name,
      email: s.email,
      emailVerified: staffSince,
      role: s.role,
      locale: s.locale,
      passwordHash: s.email.endsWith("@demo.parcours.dev") ? passwordHash : null,
      createdAt: staffSince,
    });
  }
  const profileRows = staffRows.flatMap((s) => (s.profile ? [{ userId: s.id, displayName: s.name, languages: s.profile.languages, capacity: s.profile.capacity, presence: s.profile.presence, isQueueLead: s.profile.isQueueLead }] : []));
  const agentSkillRows = staffRows.flatMap((s) =>
    Object.entries(s.profile?.skills ?? {}).map(([key, proficiency]) => ({ userId: s.id, skillId: skillId(key as SkillKey), proficiency })),
  );

  await db.transaction(async (tx) => {
    await insertAll(tx, users, userRows);
    await insertAll(tx, organizations, orgs.map((org) => ({ id: org.id, name: org.name, size: org.size, country: org.country, createdAt: org.createdAt })));
    await insertAll(tx, customers, customerRows);
    await insertAll(tx, contactIdentities, identityRows);
    await insertAll(tx, contracts, contractRows);
    await insertAll(tx, products, productRows);
    await insertAll(tx, orders, built.map((b) => b.order));
    await insertAll(tx, orderItems, built.flatMap((b) => b.items));
    await insertAll(tx, shipments, built.flatMap((b) => (b.shipment ? [b.shipment] : [])));
    await insertAll(tx, trackingEvents, built.flatMap((b) => b.events));
    await insertAll(tx, invoices, built.flatMap((b) => (b.invoice ? [b.invoice] : [])));
    await insertAll(tx, skills, skillRows);
    await insertAll(tx, agentProfiles, profileRows);
    await insertAll(tx, agentSkills, agentSkillRows);
  });
  await seedKnowledgeBase(db);
  await seedCases(db, { demoCustomerEmail: demoEmails.customer });
  await seedSurveys(db);
  await seedForum(db, { demoCustomerEmail: demoEmails.customer, demoOrgAdminEmail: demoEmails.orgAdmin, demoAgentEmail: demoEmails.agent });
  await seedMacros(db, { adminEmail: demoEmails.admin });
  await seedWorkspaceDemo(db, { demoCustomerEmail: demoEmails.customer, demoAgentEmail: demoEmails.agent });

  return {
    accounts: [
      { role: "customer", email: demoEmails.customer, password: DEMO_PASSWORD, description: "Customer with orders in transit and delivered" },
      { role: "customer", email: demoEmails.orgAdmin, password: DEMO_PASSWORD, description: `Administrator of ${orgs[0]!.name}` },
      { role: "agent", email: demoEmails.agent, password: DEMO_PASSWORD, description: "Agent (en, fr, it)" },
      { role: "admin", email: demoEmails.admin, password: DEMO_PASSWORD, description: "Administrator" },
    ],
  };
}

/** Multi-row inserts in chunks that stay far below PostgreSQL's 65,535 bind parameters. */
async function insertAll<T extends PgTable>(db: Database, table: T, rows: T["$inferInsert"][], chunkSize = 1000): Promise<void> {
  for (let i = 0; i < rows.length; i += chunkSize) await db.insert(table).values(rows.slice(i, i + chunkSize));
}

function fail(message: string): never {
  throw new Error(message);
}
