import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { locale } from "./identity";

export const outboxStatus = pgEnum("outbox_status", ["queued", "sending", "sent", "failed"]);
export const emailTransport = pgEnum("email_transport", ["resend", "mailbox"]);

export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    // Unique per logical message (e.g. "magic-link/<token hash>", "survey/<case id>"); also sent to
    // Resend as its Idempotency-Key, so a retry after a crash never delivers twice.
    idempotencyKey: text().notNull().unique(),
    to: text().notNull(),
    // Where the recipient's answer should go (a case's reply+<token>@ address, so replies thread).
    replyTo: text(),
    locale: locale().notNull().default("en"),
    template: text().notNull(),
    props: jsonb().$type<Record<string, unknown>>().notNull(),
    subject: text(),
    html: text(),
    text: text(),
    status: outboxStatus().notNull().default("queued"),
    transport: emailTransport(),
    attempts: integer().notNull().default(0),
    // When a worker took the message; another may take it over once the lease has run out (a crash).
    claimedAt: timestamp({ withTimezone: true }),
    lastError: text(),
    providerMessageId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.status, t.createdAt), index().on(t.createdAt)],
);
