import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { locale } from "./identity";

// suppressed: never sent, the address bounced hard or complained (email_suppressions).
export const outboxStatus = pgEnum("outbox_status", ["queued", "sending", "sent", "failed", "suppressed"]);
export const deliveryStatus = pgEnum("delivery_status", ["delivered", "delayed", "bounced", "complained"]);
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
    // The provider's last word on the message (Resend webhook), after "sent".
    deliveryStatus: deliveryStatus(),
    deliveryUpdatedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.status, t.createdAt), index().on(t.createdAt), index().on(t.providerMessageId)],
);

/** Addresses we must not email again: a hard bounce or a spam complaint reported by the provider. */
export const emailSuppressions = pgTable("email_suppressions", {
  email: text().primaryKey(),
  reason: deliveryStatus().notNull(),
  providerMessageId: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Provider delivery events, keyed by the webhook delivery id (svix-id) so a replay is processed once. */
export const emailDeliveryEvents = pgTable(
  "email_delivery_events",
  {
    webhookId: text().primaryKey(),
    type: text().notNull(),
    providerMessageId: text(),
    outboxId: uuid().references(() => emailOutbox.id, { onDelete: "set null" }),
    data: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.outboxId), index().on(t.createdAt)],
);
