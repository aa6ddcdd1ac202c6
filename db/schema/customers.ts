import { boolean, date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { locale, users } from "./identity";

export const organizationSize = pgEnum("organization_size", ["small", "enterprise"]);
export const organizationRole = pgEnum("organization_role", ["member", "admin"]);
export const identityKind = pgEnum("identity_kind", ["email", "phone", "social"]);
export const contractTier = pgEnum("contract_tier", ["none", "standard", "premium", "enterprise"]);
export const contactChannel = pgEnum("contact_channel", ["email", "phone", "sms", "chat", "portal"]);

export const organizations = pgTable("organizations", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  size: organizationSize().notNull(),
  country: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const customers = pgTable(
  "customers",
  {
    id: uuid().primaryKey().defaultRandom(),
    // Null for contacts known only from a channel (an email or SMS sender who never signed in).
    userId: uuid().unique().references(() => users.id, { onDelete: "set null" }),
    organizationId: uuid().references(() => organizations.id, { onDelete: "set null" }),
    organizationRole: organizationRole().notNull().default("member"),
    displayName: text().notNull(),
    phone: text(),
    preferredLocale: locale().notNull().default("en"),
    preferredChannel: contactChannel().notNull().default("email"),
    isVip: boolean().notNull().default(false),
    country: text().notNull().default("FR"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.organizationId)],
);

export const contactIdentities = pgTable(
  "contact_identities",
  {
    id: uuid().primaryKey().defaultRandom(),
    customerId: uuid().notNull().references(() => customers.id, { onDelete: "cascade" }),
    kind: identityKind().notNull(),
    // Social network name for kind = social ("x", "instagram"...); empty otherwise.
    network: text().notNull().default(""),
    // Normalized: lower-case email, E.164 phone, lower-case handle without "@".
    value: text().notNull(),
    verifiedAt: timestamp({ withTimezone: true }),
    // Set when mail to this address bounced hard or was reported as spam: agents see it, mail stops.
    undeliverableAt: timestamp({ withTimezone: true }),
    undeliverableReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.kind, t.network, t.value), index().on(t.customerId)],
);

export const contracts = pgTable(
  "contracts",
  {
    id: uuid().primaryKey().defaultRandom(),
    number: text().notNull().unique(),
    // A contract covers one customer, or every member of an organization.
    customerId: uuid().references(() => customers.id, { onDelete: "cascade" }),
    organizationId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    tier: contractTier().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.customerId), index().on(t.organizationId)],
);
