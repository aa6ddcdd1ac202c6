import { boolean, index, integer, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { AdapterAccountType } from "next-auth/adapters";
import { sql } from "drizzle-orm";

export const userRole = pgEnum("user_role", ["customer", "agent", "admin"]);
export const locale = pgEnum("locale", ["en", "fr", "it"]);
export const agentPresence = pgEnum("agent_presence", ["available", "busy", "away", "offline"]);

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text(),
    email: text().notNull(),
    emailVerified: timestamp({ withTimezone: true, mode: "date" }),
    image: text(),
    role: userRole().notNull().default("customer"),
    locale: locale().notNull().default("en"),
    passwordHash: text(),
    // Bumped by "sign out everywhere", a role change or disabling: JWTs carrying an older value stop working.
    sessionVersion: integer().notNull().default(1),
    disabledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
    type: text().$type<AdapterAccountType>().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index().on(t.userId)],
);

export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text().primaryKey(),
    userId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index().on(t.userId)],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text().notNull(),
    token: text().notNull(),
    expires: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export const skills = pgTable("skills", {
  id: uuid().primaryKey().defaultRandom(),
  key: text().notNull().unique(),
  name: text().notNull(),
});

export const agentProfiles = pgTable("agent_profiles", {
  userId: uuid().primaryKey().references(() => users.id, { onDelete: "cascade" }),
  displayName: text().notNull(),
  languages: locale().array().notNull().default(sql`'{}'`),
  // How many open cases the agent works at once; routing never assigns past it.
  capacity: smallint().notNull().default(10),
  presence: agentPresence().notNull().default("offline"),
  isQueueLead: boolean().notNull().default(false),
});

export const agentSkills = pgTable(
  "agent_skills",
  {
    userId: uuid().notNull().references(() => agentProfiles.userId, { onDelete: "cascade" }),
    skillId: uuid().notNull().references(() => skills.id, { onDelete: "cascade" }),
    // 1 (novice) to 5 (expert)
    proficiency: smallint().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.skillId] }), index().on(t.skillId)],
);
