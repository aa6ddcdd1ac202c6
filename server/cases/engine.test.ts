import { and, eq, inArray, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentProfiles, caseEvents, cases, emailOutbox, journeyEvents, kbSearchLog, queueMembers, queues } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { createContact, createCustomerUser, createStaffUser, uniqueEmail, type ArrangedCustomer, type ArrangedStaff } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { attempt, contextFor, lazyQueue } from "@/tests/support/trpc";
import { listCasesDueBy } from "@/server/sla";
import { handleChannelWebhook } from "./channel-webhook";
import { addStaffMessage, checkCaseSla, closeAsCustomer, createCase, createCaseAsCustomer, getCaseForAgentOrThrow, getCaseOfCustomerOrThrow, reopenAsCustomer, replyAsCustomer } from "./index";
import { caseLinks } from "./links";
import { channelSecret, signPayload } from "./webhooks";

const { db, url } = await setupTestDatabase();
const jobs = lazyQueue(url);
afterAll(() => jobs.stop());
let alice: ArrangedCustomer;
let bob: ArrangedCustomer;
let agent: ArrangedStaff;
let queueIds: Record<string, string>;

beforeAll(async () => {
  agent = await createStaffUser(db, { role: "agent" });
  queueIds = (await seedCaseReference(db)).queues;
  alice = await createCustomerUser(db);
  bob = await createCustomerUser(db);
});
const as = (actor: ArrangedCustomer["actor"] | ArrangedStaff["actor"]) => contextFor(db, actor, { getQueue: jobs.getQueue });

function postEmail(payload: Record<string, unknown>) {
  const body = JSON.stringify({ messageId: `<${crypto.randomUUID()}@mail.example>`, to: ["support@parcours.local"], subject: "Question", text: "Hello", ...payload });
  const timestamp = Math.floor(Date.now() / 1000);
  const request = new Request("http://localhost/api/channels/email", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", "x-parcours-timestamp": String(timestamp), "x-parcours-signature": signPayload(channelSecret("email"), timestamp, body) },
  });
  return handleChannelWebhook({ db, getQueue: jobs.getQueue }, "email", request);
}

const XSS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(2)">',
  "[click me](javascript:alert(3))",
  '<a href="jav&#x61;script:alert(4)">entity</a>',
  "<svg><animate onbegin=alert(5) attributeName=x></svg>",
  '<iframe src="https://evil.example/"></iframe>',
  "![x](javascript:alert(6))",
].join("\n\n");

function expectInert(html: string | null) {
  expect(html).not.toBeNull();
  expect(html).not.toMatch(/<script|<svg|<iframe|\son[a-z]+=|javascript:/i);
}

describe("case messages are Markdown through the one sanitizer", () => {
  it("stores safe HTML next to the source and serves it on both timelines; an XSS attempt is inert", async () => {
    const queue = await jobs.getQueue();
    const created = await createCaseAsCustomer(db, queue, alice.actor, { category: "other", subject: "Markdown", description: `The **screen** is _blank_.\n\n${XSS}` });
    await replyAsCustomer(db, queue, alice.actor, { number: created.number, body: `- one\n- two\n\n${XSS}` });
    await addStaffMessage(db, queue, { caseId: created.id, author: "agent", authorUserId: agent.userId, body: `Try [the guide](https://help.example/guide).\n\n${XSS}`, notify: false });

    const stored = await db.select({ body: caseEvents.body, bodyHtml: caseEvents.bodyHtml }).from(caseEvents).where(and(eq(caseEvents.caseId, created.id), inArray(caseEvents.kind, ["message_in", "message_out"])));
    expect(stored).toHaveLength(3);
    for (const row of stored) {
      expect(row.body).toContain("<script>");
      expectInert(row.bodyHtml);
    }
    const customerView = await getCaseOfCustomerOrThrow(db, alice.actor, created.number);
    expect(customerView.events[0]!.bodyHtml).toContain("<strong>screen</strong>");
    expect(customerView.events.find((e) => e.author === "agent")!.bodyHtml).toContain('<a href="https://help.example/guide" rel="nofollow noopener noreferrer">');
    for (const e of customerView.events.filter((e) => e.body)) expectInert(e.bodyHtml);
    const agentView = await getCaseForAgentOrThrow(db, agent.actor, created.number);
    for (const e of agentView.events.filter((e) => e.body)) expectInert(e.bodyHtml);
    expect(agentView.events.find((e) => e.kind === "message_in" && e.body?.startsWith("- one"))!.bodyHtml).toContain("<li>one</li>");
  });

  it("renders rows written before body_html existed through the same sanitizer", async () => {
    const created = await createCase(db, await jobs.getQueue(), { customerId: alice.customerId, channel: "portal", category: "other", subject: "Old row", description: "x" }, { notify: false });
    await db.update(caseEvents).set({ body: `**old** ${XSS}`, bodyHtml: null }).where(and(eq(caseEvents.caseId, created.id), eq(caseEvents.kind, "message_in")));
    const [first] = (await getCaseOfCustomerOrThrow(db, alice.actor, created.number)).events;
    expect(first!.bodyHtml).toContain("<strong>old</strong>");
    expectInert(first!.bodyHtml);
  });
});

describe("email threading through our notification's Reply-To", () => {
  it("a reply sent to the Reply-To of the notification lands on the case, even without thread headers", async () => {
    const sender = uniqueEmail("replier");
    const opened = (await (await postEmail({ from: { address: sender }, subject: "Speaker crackles", text: "It crackles." })).json()) as { case: string };
    const [row] = await db.select().from(cases).where(eq(cases.number, opened.case));
    const [notification] = await db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, `case-created/${row!.id}`));
    expect(notification!.to).toBe(sender);
    expect(notification!.replyTo).toBe(caseLinks(row!).replyAddress);

    const reply = await postEmail({ from: { address: sender.toUpperCase() }, to: [`"Ohmnia support" <${notification!.replyTo}>`], subject: "Re: Speaker crackles", text: "Here is more detail." });
    expect(await reply.json()).toMatchObject({ case: opened.case, newCase: false });
    const messages = await db.select({ body: caseEvents.body }).from(caseEvents).where(and(eq(caseEvents.caseId, row!.id), eq(caseEvents.kind, "message_in")));
    expect(messages.map((m) => m.body)).toEqual(["It crackles.", "Here is more detail."]);

    // The address alone does not let someone else write into the case.
    const stranger = await postEmail({ from: { address: uniqueEmail("stranger") }, to: [notification!.replyTo!], text: "Let me in" });
    expect(await stranger.json()).toMatchObject({ newCase: true });
  });
});

describe("intake side effects", () => {
  it("records a case_created journey event with the channel", async () => {
    const created = await createCase(db, await jobs.getQueue(), { customerId: bob.customerId, channel: "sms", category: "delivery", subject: "Parcel", description: "Where is it?" }, { notify: false });
    const events = await db.select().from(journeyEvents).where(eq(journeyEvents.caseId, created.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "case_created", channel: "sms", customerId: bob.customerId, data: { caseChannel: "sms", category: "delivery" } });
  });

  it("emails the customer when they reopen their case", async () => {
    const queue = await jobs.getQueue();
    const created = await createCaseAsCustomer(db, queue, alice.actor, { category: "other", subject: "Reopen me", description: "x" });
    await closeAsCustomer(db, queue, alice.actor, { number: created.number });
    await reopenAsCustomer(db, queue, alice.actor, { number: created.number });
    const sent = await db.select().from(emailOutbox).where(like(emailOutbox.idempotencyKey, `case-status/${created.id}/%`));
    expect(sent.map((m) => m.idempotencyKey.split("/")[2]).sort()).toEqual(["closed", "open"]);
    const reopened = sent.find((m) => m.idempotencyKey.includes("/open/"))!;
    expect(reopened.to).toBe(alice.email);
    expect(reopened.props).toMatchObject({ kind: "status", status: "open", number: created.number });
  });

  it("marks the customer's own case-form searches as followed by a case (not deflected)", async () => {
    const log = (userId: string) => db.insert(kbSearchLog).values({ query: "cracked screen", normalizedQuery: "cracked screen", locale: "en", context: "case_form", resultCount: 2, userId }).returning({ id: kbSearchLog.id });
    const [[mine], [theirs]] = await Promise.all([log(alice.userId), log(bob.userId)]);
    await createCaseAsCustomer(db, await jobs.getQueue(), alice.actor, { category: "technical", subject: "Cracked", description: "x" }, [], { deflectionSearchIds: [mine!.id, theirs!.id, "not-a-uuid", 42] });
    const rows = await db.select({ id: kbSearchLog.id, caseCreatedAt: kbSearchLog.caseCreatedAt }).from(kbSearchLog).where(inArray(kbSearchLog.id, [mine!.id, theirs!.id]));
    expect(rows.find((r) => r.id === mine!.id)!.caseCreatedAt).not.toBeNull();
    expect(rows.find((r) => r.id === theirs!.id)!.caseCreatedAt).toBeNull();
  });
});

describe("SLA sweep", () => {
  it("stops returning a case once each past-due metric has its breach recorded", async () => {
    const queue = await jobs.getQueue();
    const created = await createCase(db, queue, { customerId: bob.customerId, channel: "portal", category: "other", subject: "Due", description: "x" }, { notify: false });
    const now = new Date();
    const ids = async () => (await listCasesDueBy(db, now, 10_000)).map((r) => r.id);
    await db.update(cases).set({ firstResponseDueAt: new Date(now.getTime() - 60_000), resolutionDueAt: new Date(now.getTime() + 86_400_000) }).where(eq(cases.id, created.id));
    expect(await ids()).toContain(created.id);
    expect((await checkCaseSla(db, queue, created.id, now)).recorded).toContain("sla_breach:firstResponse");
    expect(await ids()).not.toContain(created.id);
    // Another metric falling due brings it back, once.
    await db.update(cases).set({ resolutionDueAt: new Date(now.getTime() - 1_000) }).where(eq(cases.id, created.id));
    expect(await ids()).toContain(created.id);
    expect((await checkCaseSla(db, queue, created.id, now)).recorded).toEqual(["sla_breach:resolution"]);
    expect(await ids()).not.toContain(created.id);
  });
});

describe("agent procedures", () => {
  it("cases.mergeCustomers merges for staff and refuses everyone else", async () => {
    const from = await createContact(db);
    const created = await createCase(db, await jobs.getQueue(), { customerId: from.customerId, channel: "email", category: "other", subject: "Dup", description: "x" }, { notify: false });
    const denied = await attempt(as(alice.actor), "cases.mergeCustomers", { fromId: from.customerId, intoId: alice.customerId });
    expect(denied.ok || denied.error.code).toBe("FORBIDDEN");
    const missing = await attempt(as(agent.actor), "cases.mergeCustomers", { fromId: crypto.randomUUID(), intoId: alice.customerId });
    expect(missing.ok || missing.error.code).toBe("NOT_FOUND");
    const twoAccounts = await attempt(as(agent.actor), "cases.mergeCustomers", { fromId: bob.customerId, intoId: alice.customerId });
    expect(twoAccounts.ok || twoAccounts.shape.data.errorCode).toBe("cases.mergeAccounts");
    const same = await attempt(as(agent.actor), "cases.mergeCustomers", { fromId: alice.customerId, intoId: alice.customerId });
    expect(same.ok || same.shape.data.errorCode).toBe("cases.mergeSame");
    const merged = await attempt(as(agent.actor), "cases.mergeCustomers", { fromId: from.customerId, intoId: alice.customerId });
    expect(merged.ok && merged.value).toEqual({ customerId: alice.customerId, movedCases: 1 });
    expect((await db.select().from(cases).where(eq(cases.id, created.id)))[0]!.customerId).toBe(alice.customerId);
  });

  it("cases.setPresence: going offline hands the agent's cases back to routing; customers are refused", async () => {
    const [general] = await db.select({ id: queues.id }).from(queues).where(eq(queues.id, queueIds.general!));
    const colleague = await createStaffUser(db, { role: "agent" });
    await db.insert(queueMembers).values({ queueId: general!.id, userId: colleague.userId }).onConflictDoNothing();
    const queue = await jobs.getQueue();
    await db.update(agentProfiles).set({ presence: "offline" }).where(sql`${agentProfiles.userId} <> ${agent.userId}`);
    const created = await createCase(db, queue, { customerId: bob.customerId, channel: "portal", category: "account", subject: "Mine", description: "x" }, { notify: false });
    expect((await db.select().from(cases).where(eq(cases.id, created.id)))[0]!.assigneeId).toBe(agent.userId);
    await db.update(agentProfiles).set({ presence: "available" }).where(eq(agentProfiles.userId, colleague.userId));

    const denied = await attempt(as(bob.actor), "cases.setPresence", { presence: "offline" });
    expect(denied.ok || denied.error.code).toBe("FORBIDDEN");
    const invalid = await attempt(as(agent.actor), "cases.setPresence", { presence: "sleeping" });
    expect(invalid.ok || invalid.error.code).toBe("BAD_REQUEST");
    const outcome = await attempt(as(agent.actor), "cases.setPresence", { presence: "offline" });
    expect(outcome.ok && (outcome.value as { presence: string; reassigned: number }).presence).toBe("offline");
    expect((await db.select().from(cases).where(eq(cases.id, created.id)))[0]!.assigneeId).toBe(colleague.userId);
    await db.update(agentProfiles).set({ presence: "available" });
  });

  it("several agents going offline at once hand over their cases without deadlocking", async () => {
    const queue = await jobs.getQueue();
    await db.update(cases).set({ status: "closed" });
    const team = await Promise.all(Array.from({ length: 4 }, () => createStaffUser(db, { role: "agent" })));
    await db.insert(queueMembers).values(team.map((a) => ({ queueId: queueIds.general!, userId: a.userId }))).onConflictDoNothing();
    await db.update(agentProfiles).set({ presence: "available", capacity: 6 });
    for (let i = 0; i < 16; i++) await createCase(db, queue, { customerId: bob.customerId, channel: "portal", category: "account", subject: `Load ${i}`, description: "x" }, { notify: false });
    const leaving = team.map((a) => a.userId);
    const results = await Promise.all(leaving.map((userId) => attempt(as({ ...agent.actor, userId }), "cases.setPresence", { presence: "offline" })));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
    const stillAssigned = await db.select({ n: sql<number>`count(*)::int` }).from(cases).where(and(inArray(cases.assigneeId, leaving), sql`${cases.status} not in ('resolved', 'closed')`));
    expect(stillAssigned[0]!.n).toBe(0);
    await db.update(agentProfiles).set({ presence: "available" });
  });
});
