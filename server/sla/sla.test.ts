import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { businessCalendars, caseEvents, cases, emailOutbox, queues, slaPolicies, users } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { addCustomerMessage, addStaffMessage, checkCaseSla, createCase } from "@/server/cases";
import { renderEmail } from "@/server/email";
import { createCustomerUser, createStaffUser } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { lazyQueue } from "@/tests/support/trpc";
import { addBusinessMinutes, businessMsBetween, type BusinessCalendar } from "./index";

const paris: BusinessCalendar = {
  timeZone: "Europe/Paris",
  weeklyHours: Object.fromEntries(["1", "2", "3", "4", "5"].map((d) => [d, [{ start: "09:00", end: "18:00" }]])),
  holidays: ["2026-12-25", "2027-01-01"],
};
const at = (iso: string) => new Date(iso);

describe("business-hours due dates", () => {
  it.each([
    ["inside hours, same day", "2026-11-23T09:00:00Z", 60, "2026-11-23T10:00:00Z"],
    ["before opening starts at opening", "2026-11-23T05:00:00Z", 30, "2026-11-23T08:30:00Z"],
    ["ends exactly at closing time, not next morning", "2026-11-23T16:00:00Z", 60, "2026-11-23T17:00:00Z"],
    ["spills over the night", "2026-11-23T16:30:00Z", 60, "2026-11-24T08:30:00Z"],
    ["Friday evening across the weekend", "2026-11-27T16:30:00Z", 60, "2026-11-30T08:30:00Z"],
    ["across the weekend and the DST change (Paris goes to UTC+2)", "2026-03-27T16:30:00Z", 60, "2026-03-30T07:30:00Z"],
    ["across a holiday and a weekend (Christmas on a Friday)", "2026-12-24T16:00:00Z", 120, "2026-12-28T09:00:00Z"],
    ["submitted on a holiday", "2027-01-01T10:00:00Z", 60, "2027-01-04T09:00:00Z"],
    ["submitted on Saturday", "2026-11-28T10:00:00Z", 540, "2026-11-30T17:00:00Z"],
    ["several business days", "2026-11-23T08:00:00Z", 540 * 3, "2026-11-25T17:00:00Z"],
  ])("%s", (_, start, minutes, due) => {
    expect(addBusinessMinutes(paris, at(start), minutes).toISOString()).toBe(at(due).toISOString());
  });

  it("counts business time between two instants, skipping nights, weekends and holidays", () => {
    expect(businessMsBetween(paris, at("2026-12-24T16:00:00Z"), at("2026-12-28T09:00:00Z"))).toBe(120 * 60_000);
    expect(businessMsBetween(paris, at("2026-11-28T00:00:00Z"), at("2026-11-29T23:00:00Z"))).toBe(0);
    expect(businessMsBetween(paris, at("2026-11-24T10:00:00Z"), at("2026-11-23T10:00:00Z"))).toBe(0);
  });
});

const { db, url } = await setupTestDatabase();
const jobs = lazyQueue(url);
afterAll(() => jobs.stop());
let customerId: string;
let agentId: string;

beforeAll(async () => {
  const agent = await createStaffUser(db, { role: "agent" });
  agentId = agent.userId;
  await seedCaseReference(db);
  // Make the standard policy use the test calendar above, so the dates are known.
  const [calendar] = await db.insert(businessCalendars).values({ key: "test-paris", name: "Test Paris", ...paris }).returning({ id: businessCalendars.id });
  await db.update(slaPolicies).set({ calendarId: calendar!.id }).where(eq(slaPolicies.name, "Standard"));
  customerId = (await createCustomerUser(db, { country: "FR" })).customerId;
});

async function newCase(now: Date) {
  const queue = await jobs.getQueue();
  const created = await createCase(db, queue, { customerId, channel: "portal", category: "account", subject: "SLA", description: "Question about my account", locale: "fr" }, { now, notify: false });
  const [row] = await db.select().from(cases).where(eq(cases.id, created.id));
  return row!;
}

describe("SLA clock", () => {
  it("sets due dates from the policy's targets for the priority, in business time", async () => {
    // account: low severity and complexity → priority low → 960 min first response, 4800 resolution.
    const row = await newCase(at("2026-11-27T16:30:00Z"));
    expect(row.priority).toBe("low");
    expect(row.firstResponseDueAt!.toISOString()).toBe(addBusinessMinutes(paris, at("2026-11-27T16:30:00Z"), 960).toISOString());
    expect(row.firstResponseDueAt!.toISOString()).toBe("2026-12-01T14:30:00.000Z") // Fri 30 min + Mon 540 + Tue 390 (15:30 Paris);
  });

  it("breaches exactly at the due minute, once, recorded when noticed, and escalates", async () => {
    const row = await newCase(at("2026-11-23T08:00:00Z"));
    // The queue's lead reads French: the escalation email says the target and priority in French.
    const lead = await createStaffUser(db, { role: "agent" });
    await db.update(users).set({ locale: "fr" }).where(eq(users.id, lead.userId));
    await db.update(queues).set({ leadUserId: lead.userId }).where(eq(queues.id, row.queueId!));
    const due = row.firstResponseDueAt!;
    const queue = await jobs.getQueue();
    const before = await checkCaseSla(db, queue, row.id, new Date(due.getTime() - 1));
    expect(before.recorded.filter((r) => r.startsWith("sla_breach"))).toEqual([]);
    expect(before.recorded).toContain("sla_warning:firstResponse");
    const noticedAt = new Date(due.getTime() + 0);
    const atDue = await checkCaseSla(db, queue, row.id, noticedAt);
    expect(atDue.recorded).toEqual(["sla_breach:firstResponse"]);
    const again = await checkCaseSla(db, queue, row.id, new Date(due.getTime() + 60_000));
    expect(again.recorded).toEqual([]);
    const breaches = await db.select().from(caseEvents).where(and(eq(caseEvents.caseId, row.id), eq(caseEvents.kind, "sla_breach")));
    expect(breaches).toHaveLength(1);
    expect(breaches[0]!.createdAt.toISOString()).toBe(noticedAt.toISOString());
    expect(breaches[0]!.data).toMatchObject({ metric: "firstResponse", dueAt: due.toISOString() });
    const [after] = await db.select().from(cases).where(eq(cases.id, row.id));
    expect(after!.priority).toBe("normal");
    expect(after!.escalationLevel).toBe(1);
    // The escalation says why as a code the timeline translates (the metric), besides its English text.
    const [escalation] = await db.select().from(caseEvents).where(and(eq(caseEvents.caseId, row.id), eq(caseEvents.kind, "escalation")));
    expect(escalation!.data).toMatchObject({ reasonCode: "slaBreached", reasonParams: { metric: "firstResponse" }, reason: "firstResponse breached", level: 1 });
    const [email] = await db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, `case-escalated/${row.id}/1`));
    expect(email).toMatchObject({ to: lead.email, locale: "fr", props: { reasonCode: "slaBreached", reasonParams: { metric: "firstResponse" }, priority: "normal" } });
    const { text } = await renderEmail(email!.template, email!.locale, email!.props);
    expect(text).toContain("Motif : délai de première réponse dépassé. Priorité désormais : Normale.");
  });

  it("pauses while waiting on the customer and gives back the business time left on resume", async () => {
    const queue = await jobs.getQueue();
    const row = await newCase(at("2026-11-23T08:00:00Z")); // Monday 09:00 Paris
    const resolutionDue = row.resolutionDueAt!;
    // Monday 10:00 Paris: the agent answers and waits on the customer.
    await addStaffMessage(db, queue, { caseId: row.id, author: "agent", authorUserId: agentId, body: "Could you send a photo?", waitOnCustomer: true, now: at("2026-11-23T09:00:00Z"), notify: false });
    const [paused] = await db.select().from(cases).where(eq(cases.id, row.id));
    expect(paused!.status).toBe("pending_customer");
    expect(paused!.slaPausedAt).not.toBeNull();
    // Nothing breaches while paused, even long after the due date.
    expect((await checkCaseSla(db, queue, row.id, new Date(resolutionDue.getTime() + 86_400_000))).recorded).toEqual([]);
    // The customer answers Wednesday 10:00 Paris: 2 business days paused are given back.
    await addCustomerMessage(db, queue, { caseId: row.id, body: "Here it is", channel: "portal", now: at("2026-11-25T09:00:00Z") });
    const [resumed] = await db.select().from(cases).where(eq(cases.id, row.id));
    expect(resumed!.status).toBe("open");
    expect(resumed!.slaPausedAt).toBeNull();
    const leftAtPause = businessMsBetween(paris, at("2026-11-23T09:00:00Z"), resolutionDue);
    expect(resumed!.resolutionDueAt!.toISOString()).toBe(addBusinessMinutes(paris, at("2026-11-25T09:00:00Z"), leftAtPause / 60_000).toISOString());
    expect(businessMsBetween(paris, resolutionDue, resumed!.resolutionDueAt!)).toBe(2 * 9 * 60 * 60_000);
    // A first response was given, so the customer's message starts the next-response clock.
    expect(resumed!.nextResponseDueAt).not.toBeNull();
  });

  it("does not count a bot answer as the first response", async () => {
    const queue = await jobs.getQueue();
    const row = await newCase(at("2026-11-23T08:00:00Z"));
    await addStaffMessage(db, queue, { caseId: row.id, author: "bot", authorUserId: null, body: "Have you tried restarting?", now: at("2026-11-23T08:05:00Z"), notify: false });
    const [afterBot] = await db.select().from(cases).where(eq(cases.id, row.id));
    expect(afterBot!.firstRespondedAt).toBeNull();
    const breach = await checkCaseSla(db, queue, row.id, row.firstResponseDueAt!);
    expect(breach.recorded).toContain("sla_breach:firstResponse");
    await addStaffMessage(db, queue, { caseId: row.id, author: "agent", authorUserId: agentId, body: "Hello, I am on it.", now: at("2026-11-23T08:10:00Z"), notify: false });
    const [afterAgent] = await db.select().from(cases).where(eq(cases.id, row.id));
    expect(afterAgent!.firstRespondedAt!.toISOString()).toBe("2026-11-23T08:10:00.000Z");
  });
});
