import { index, jsonb, pgEnum, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { orders } from "./commerce";
import { customers } from "./customers";

/**
 * Touchpoints analytics reads. Add a value here (with a migration) rather than encoding a new kind
 * of touchpoint in `data`: reports group by type.
 */
export const journeyEventType = pgEnum("journey_event_type", [
  "return_requested",
  "refund_requested",
  "cancellation_requested",
  /** A request form opened and left without sending (data.kind says which). */
  "request_abandoned",
  "case_created",
  /** The customer moved to another channel on the same need (data.from, data.to). */
  "channel_switched",
  "account_deletion_requested",
  "email_change_requested",
]);

/** Where the touchpoint happened (a case's channel of origin when type is case_created). */
export const journeyChannel = pgEnum("journey_channel", ["portal", "email", "sms", "chat", "phone", "social", "forum", "bot", "order"]);

export const journeyEvents = pgTable(
  "journey_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    type: journeyEventType().notNull(),
    channel: journeyChannel().notNull(),
    // Null only for touchpoints of visitors we cannot tie to a customer yet.
    customerId: uuid().references(() => customers.id, { onDelete: "cascade" }),
    orderId: uuid().references(() => orders.id, { onDelete: "set null" }),
    // The case lives in server/cases' tables; no foreign key so journeys survive case archiving.
    caseId: uuid(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // Analytics counts by type over a period, and by channel over a period; the case workspace
  // replays one customer's journey; an order and a case show their own touchpoints.
  (t) => [
    index().on(t.type, t.occurredAt),
    index().on(t.channel, t.occurredAt),
    index().on(t.customerId, t.occurredAt),
    index().on(t.orderId),
    index().on(t.caseId),
  ],
);
