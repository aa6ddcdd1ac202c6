import type { Database } from "@/db/client";
import * as queries from "./queries";
import { journeyEventInput, type JourneyEventInput } from "./schemas";

export type { JourneyEventInput } from "./schemas";

/**
 * Records one touchpoint of a customer's journey (a request on an order, a case opened, a channel
 * switch...). Analytics reads only this table and cases, so every service that creates such a
 * touchpoint calls this, inside its own transaction when it has one: the event and the fact it
 * describes are written together or not at all.
 */
export async function recordJourneyEvent(db: Database, event: JourneyEventInput) {
  const parsed = journeyEventInput.parse(event);
  return queries.insertJourneyEvent(db, {
    type: parsed.type,
    channel: parsed.channel,
    customerId: parsed.customerId,
    orderId: parsed.orderId ?? null,
    caseId: parsed.caseId ?? null,
    data: parsed.data,
    occurredAt: parsed.occurredAt ?? new Date(),
  });
}

/** A customer's touchpoints, newest first (optionally those about one order). */
export const listJourneyOfCustomer = (db: Database, params: { customerId: string; orderId?: string; limit?: number }) =>
  queries.listJourneyEventsOfCustomer(db, { ...params, limit: params.limit ?? 100 });

/** Whether the customer already has a touchpoint of this type (a one-off request such as account deletion). */
export const hasJourneyEvent = queries.existsJourneyEvent;
