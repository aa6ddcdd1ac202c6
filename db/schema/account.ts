import { index, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { contactChannel, customers } from "./customers";
import { users } from "./identity";

/**
 * One row per sign-in. Auth.js sessions are JWTs: the row's id travels in the token (`sid`) and
 * server/auth/session.ts refuses a token whose row is revoked, so "sign out my other sessions"
 * works on the next request without a session table lookup by token.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
    userAgent: text().notNull().default(""),
    // Only the network part (IPv4 /24, IPv6 /48): enough to recognise a place, not to locate a person.
    ipPrefix: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId, t.lastSeenAt)],
);

/** A pending change of sign-in address; only the SHA-256 of the emailed token is stored. */
export const emailChangeRequests = pgTable(
  "email_change_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
    newEmail: text().notNull(),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    consumedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId)],
);

/** How and when the customer wants to be contacted (routing and agents read it). */
export const contactPreferences = pgTable("contact_preferences", {
  customerId: uuid().primaryKey().references(() => customers.id, { onDelete: "cascade" }),
  /** In order of preference; customers.preferred_channel mirrors the first. */
  channels: contactChannel().array().notNull().default(sql`'{email}'`),
  /** Hours of the day, in the customer's time zone, between which calls and messages are welcome. */
  fromHour: smallint().notNull().default(9),
  toHour: smallint().notNull().default(18),
  /** ISO weekdays (1 = Monday). */
  days: smallint().array().notNull().default(sql`'{1,2,3,4,5}'`),
  timeZone: text().notNull().default("Europe/Paris"),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
