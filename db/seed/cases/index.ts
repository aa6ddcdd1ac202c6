import { base, en, Faker } from "@faker-js/faker";
import { and, asc, eq, isNotNull, isNull, notInArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { agentProfiles, caseEvents, cases, customers, orders, users } from "@/db/schema";
import { renderMarkdown } from "@/server/content/markdown";
import { recordFinding } from "@/server/sla";
import { addCustomerMessage, addStaffMessage, createCase } from "@/server/cases";
import type { JobQueue } from "@/server/jobs/queue";
import { seedCaseReference } from "./reference";
import { caseScripts } from "./scripts";

export { seedCaseReference } from "./reference";

/**
 * The seed enqueues nothing: SLA checks of the demo cases are picked up by the per-minute
 * sla-sweep job once the worker runs, and no demo customer is emailed.
 */
const silentQueue: JobQueue = { send: async () => {} };

const DAY_MS = 24 * 60 * 60 * 1000;
const channels = ["portal", "email", "email", "portal", "sms", "social", "chat", "phone", "forum", "order", "generic"] as const;

/**
 * Routing and SLA set-up plus ~80 cases across every channel over the last 60 days, deterministic:
 * some answered by agents (a few by the bot), some waiting on the customer, some resolved or
 * closed. Goes through the same services as production (scored, routed, assigned, SLA set).
 */
export async function seedCases(db: Database, options: { demoCustomerEmail: string; count?: number }) {
  await seedCaseReference(db);
  const rng = new Faker({ locale: [en, base], seed: 303 });
  const now = Date.now();
  const people = await db
    .select({ id: customers.id, locale: customers.preferredLocale, email: users.email })
    .from(customers)
    .innerJoin(users, eq(users.id, customers.userId))
    .where(isNotNull(customers.userId))
    .orderBy(asc(customers.createdAt), asc(customers.id))
    .limit(60);
  const demo = people.find((p) => p.email.toLowerCase() === options.demoCustomerEmail) ?? people[0];
  if (!demo) return { cases: 0 };
  const agents = await db.select({ userId: agentProfiles.userId }).from(agentProfiles).orderBy(asc(agentProfiles.userId));
  const count = options.count ?? 80;
  let created = 0;
  for (let i = 0; i < count; i++) {
    // The demo customer gets every sixth case, so "My cases" has a realistic history.
    const person = i % 6 === 0 ? demo : rng.helpers.arrayElement(people);
    const script = caseScripts[(i + Math.floor(i / caseScripts.length)) % caseScripts.length]!;
    const locale = person.locale;
    const text = script[locale];
    const [order] = script.withOrder
      ? await db.select({ id: orders.id }).from(orders).where(eq(orders.customerId, person.id)).orderBy(sql`placed_at desc`).limit(1)
      : [];
    const openedAt = new Date(now - rng.number.int({ min: 0, max: 60 }) * DAY_MS - rng.number.int({ min: 0, max: 20 }) * 3_600_000);
    const channel = i % 6 === 0 && i < 12 ? "portal" : channels[i % channels.length]!;
    const { id } = await createCase(
      db,
      silentQueue,
      { customerId: person.id, channel, category: script.category, subject: text.subject, description: text.body, orderId: order?.id ?? null, locale },
      { now: openedAt, notify: false },
    );
    created++;
    const age = now - openedAt.getTime();
    // Recent cases are at every stage; older ones were answered, and most of the old ones are done.
    const ageDays = age / DAY_MS;
    const drawn = rng.number.int({ min: 0, max: 9 });
    const stage = ageDays < 1 ? drawn : ageDays < 7 ? Math.max(4, drawn) : drawn < 3 ? 5 : 9;
    if (age < 2 * 3_600_000 || stage < 3) continue; // still new
    const agentId = agents.length ? agents[i % agents.length]!.userId : null;
    if (stage === 3) {
      await addStaffMessage(db, silentQueue, { caseId: id, author: "bot", authorUserId: null, body: text.bot, now: new Date(openedAt.getTime() + 60_000), notify: false });
      continue;
    }
    const answeredAt = new Date(openedAt.getTime() + Math.min(age / 3, rng.number.int({ min: 1, max: 30 }) * 3_600_000));
    await addStaffMessage(db, silentQueue, { caseId: id, author: "agent", authorUserId: agentId, body: text.answer, waitOnCustomer: stage >= 5, now: answeredAt, notify: false });
    if (stage >= 7) {
      const repliedAt = new Date(answeredAt.getTime() + (now - answeredAt.getTime()) / 2);
      await addCustomerMessage(db, silentQueue, { caseId: id, body: text.followUp, channel, now: repliedAt });
      if (stage === 9) {
        const resolvedAt = new Date(repliedAt.getTime() + 3_600_000).toISOString();
        await db.execute(sql`insert into case_events (case_id, kind, visibility, author, data, created_at) values (${id}, 'status', 'public', 'system', ${JSON.stringify({ from: "open", to: "resolved" })}::jsonb, ${resolvedAt})`);
        await db.execute(sql`update cases set status = 'resolved', resolved_at = ${resolvedAt} where id = ${id}`);
      }
    }
  }
  await placeDueDatesAroundNow(db, new Date(now));
  await backfillCaseMessageHtml(db);
  return { cases: created };
}

/**
 * The cases above were replayed at their historical dates, so every one still open would be long past
 * due and the first sla-sweep would escalate them all. A real desk is mostly on time: the running
 * metric of each open case is moved relative to now, most comfortably within target, three close to
 * breach (they breach during the demo, and the sweep escalates them then), two already breached,
 * with their breach recorded now, as the sweep would have.
 */
async function placeDueDatesAroundNow(db: Database, now: Date) {
  const running = await db
    .select({ id: cases.id, firstRespondedAt: cases.firstRespondedAt, nextResponseDueAt: cases.nextResponseDueAt })
    .from(cases)
    .where(and(notInArray(cases.status, ["resolved", "closed"]), isNull(cases.slaPausedAt), isNotNull(cases.slaPolicyId)))
    .orderBy(asc(cases.createdAt), asc(cases.id));
  const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
  for (const [i, row] of running.entries()) {
    const due = i < 2 ? minutes(-40 - 90 * i) : i < 5 ? minutes(25 + 15 * (i - 2)) : minutes(60 * (3 + ((i * 7) % 45)));
    const metric = !row.firstRespondedAt ? "firstResponse" : row.nextResponseDueAt ? "nextResponse" : "resolution";
    const resolutionDueAt = metric === "resolution" ? due : new Date(Math.max(due.getTime(), now.getTime()) + 2 * DAY_MS);
    await db
      .update(cases)
      .set({ resolutionDueAt, ...(metric === "firstResponse" ? { firstResponseDueAt: due } : metric === "nextResponse" ? { nextResponseDueAt: due } : {}) })
      .where(eq(cases.id, row.id));
    if (due.getTime() <= now.getTime()) await recordFinding(db, row.id, { metric, kind: "sla_breach", dueAt: due }, now);
  }
}

/** Messages stored before case_events.body_html existed get their sanitized HTML (same renderer as at write time). */
export async function backfillCaseMessageHtml(db: Database) {
  for (;;) {
    const batch = await db.select({ id: caseEvents.id, body: caseEvents.body }).from(caseEvents).where(and(isNotNull(caseEvents.body), isNull(caseEvents.bodyHtml))).limit(500);
    if (batch.length === 0) return;
    for (const row of batch) await db.update(caseEvents).set({ bodyHtml: renderMarkdown(row.body ?? "").html }).where(eq(caseEvents.id, row.id));
  }
}
