import { and, asc, desc, eq, notInArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { agentProfiles, cases, contactIdentities, customers, journeyEvents, orders, users } from "@/db/schema";
import { getActiveActor } from "@/server/accounts";
import { addStaffMessage } from "@/server/cases";
import { linkCase } from "@/server/cases/workspace";
import type { JobQueue } from "@/server/jobs/queue";

const DAY_MS = 24 * 60 * 60 * 1000;
const silentQueue: JobQueue = { send: async () => {} };

/**
 * What makes the case workspace worth a look in the demo: the demo customer reachable on several
 * channels, a journey with more than case openings (a refund, a channel switch, an abandoned
 * return), and on their newest open case a linked order and an internal note @mentioning a colleague.
 */
export async function seedWorkspaceDemo(db: Database, options: { demoCustomerEmail: string; demoAgentEmail: string }) {
  const [customer] = await db.select({ id: customers.id }).from(customers).innerJoin(users, eq(users.id, customers.userId)).where(eq(sql`lower(${users.email})`, options.demoCustomerEmail)).limit(1);
  const [agent] = await db.select({ id: users.id, sessionVersion: users.sessionVersion }).from(users).where(eq(sql`lower(${users.email})`, options.demoAgentEmail)).limit(1);
  if (!customer || !agent) return;
  const now = Date.now();
  await db
    .insert(contactIdentities)
    .values([
      { customerId: customer.id, kind: "phone", value: "+447700900123", verifiedAt: new Date(now - 300 * DAY_MS), createdAt: new Date(now - 300 * DAY_MS) },
      { customerId: customer.id, kind: "social", network: "instagram", value: "emma.clarke.home", createdAt: new Date(now - 120 * DAY_MS) },
    ])
    .onConflictDoNothing();

  const delivered = await db.select({ id: orders.id }).from(orders).where(and(eq(orders.customerId, customer.id), eq(orders.status, "delivered"))).orderBy(desc(orders.placedAt)).limit(2);
  await db.insert(journeyEvents).values([
    { type: "refund_requested", channel: "portal", customerId: customer.id, orderId: delivered[0]?.id ?? null, data: { reason: "damaged" }, occurredAt: new Date(now - 20 * DAY_MS) },
    { type: "channel_switched", channel: "email", customerId: customer.id, data: { from: "chat", to: "email" }, occurredAt: new Date(now - 12 * DAY_MS) },
    { type: "request_abandoned", channel: "portal", customerId: customer.id, orderId: delivered[1]?.id ?? null, data: { kind: "return" }, occurredAt: new Date(now - 5 * DAY_MS) },
  ]);

  const [open] = await db
    .select({ id: cases.id, number: cases.number })
    .from(cases)
    .where(and(eq(cases.customerId, customer.id), notInArray(cases.status, ["resolved", "closed"])))
    .orderBy(desc(cases.createdAt))
    .limit(1);
  const actor = await getActiveActor(db, { userId: agent.id, sessionVersion: agent.sessionVersion });
  const [colleague] = await db.select({ userId: agentProfiles.userId, name: agentProfiles.displayName }).from(agentProfiles).where(sql`${agentProfiles.userId} <> ${agent.id}`).orderBy(asc(agentProfiles.displayName)).limit(1);
  const [latestOrder] = await db.select({ number: orders.number }).from(orders).where(eq(orders.customerId, customer.id)).orderBy(desc(orders.placedAt)).limit(1);
  if (!open || !actor) return;
  if (latestOrder) await linkCase(db, actor, { number: open.number, kind: "order", orderNumber: latestOrder.number }, new Date(now - 60 * 60 * 1000));
  if (colleague) {
    await addStaffMessage(db, silentQueue, {
      caseId: open.id,
      author: "agent",
      authorUserId: agent.id,
      isInternal: true,
      body: `@${colleague.name} the customer already asked about this on chat last week: can you check with the carrier before we answer?`,
      data: { mentions: [colleague.userId] },
      now: new Date(now - 30 * 60 * 1000),
    });
  }
}
