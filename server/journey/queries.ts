import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { journeyEvents } from "@/db/schema";

export async function insertJourneyEvent(db: Database, values: typeof journeyEvents.$inferInsert) {
  const [row] = await db.insert(journeyEvents).values(values).returning({ id: journeyEvents.id, occurredAt: journeyEvents.occurredAt });
  return row!;
}

export async function listJourneyEventsOfCustomer(db: Database, params: { customerId: string; orderId?: string; limit: number }) {
  return db
    .select()
    .from(journeyEvents)
    .where(and(eq(journeyEvents.customerId, params.customerId), params.orderId ? eq(journeyEvents.orderId, params.orderId) : undefined))
    .orderBy(desc(journeyEvents.occurredAt))
    .limit(params.limit);
}

export async function existsJourneyEvent(db: Database, params: { customerId: string; type: (typeof journeyEvents.$inferSelect)["type"] }) {
  const [row] = await db
    .select({ id: journeyEvents.id })
    .from(journeyEvents)
    .where(and(eq(journeyEvents.customerId, params.customerId), eq(journeyEvents.type, params.type)))
    .limit(1);
  return !!row;
}
