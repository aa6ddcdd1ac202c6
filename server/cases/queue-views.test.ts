import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { agentProfiles, cases, contracts, queueMembers } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { createCaller } from "@/server/api/root";
import { createCustomerUser, createStaffUser, type ArrangedCustomer, type ArrangedStaff } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { attempt, contextFor, lazyQueue } from "@/tests/support/trpc";
import { waitFor } from "@/tests/support/wait";
import { createCase } from "./index";
import { caseChanges } from "./live-updates";

const { db, url } = await setupTestDatabase();
const jobs = lazyQueue(url);
afterAll(() => jobs.stop());
let alice: ArrangedCustomer;
let bob: ArrangedCustomer;
let agent: ArrangedStaff;
let colleague: ArrangedStaff;
let queueIds: Record<string, string>;

beforeAll(async () => {
  queueIds = (await seedCaseReference(db)).queues;
  agent = await createStaffUser(db, { role: "agent" });
  colleague = await createStaffUser(db, { role: "agent" });
  // Both away: routing assigns nobody, so the tests decide who holds what.
  for (const staff of [agent, colleague]) {
    await db.insert(agentProfiles).values({ userId: staff.userId, displayName: staff.email, languages: ["en", "fr"], capacity: 500, presence: "away" }).onConflictDoNothing();
    await db.insert(queueMembers).values(Object.values(queueIds).map((queueId) => ({ queueId, userId: staff.userId }))).onConflictDoNothing();
  }
  alice = await createCustomerUser(db);
  bob = await createCustomerUser(db);
  await db.insert(contracts).values({ number: `K-${alice.customerId.slice(0, 8)}`, customerId: alice.customerId, tier: "premium", startsOn: "2020-01-01" });
});

const callerFor = (staff: ArrangedStaff) => createCaller(contextFor(db, staff.actor, { getQueue: jobs.getQueue }));
const newCase = async (customer: ArrangedCustomer, subject: string, extra: { channel?: "portal" | "email"; locale?: "en" | "fr" } = {}) =>
  createCase(db, await jobs.getQueue(), { customerId: customer.customerId, channel: extra.channel ?? "portal", category: "delivery", subject, description: "Where is my parcel?", locale: extra.locale ?? "en" }, { notify: false });
const numbersOf = (page: { items: { number: string }[] }) => page.items.map((i) => i.number);

describe("queue views", () => {
  it("mine, unassigned, breaching and all each list the right open cases, with capped counts", async () => {
    const mine = await newCase(alice, "Mine");
    const theirs = await newCase(alice, "Colleague's");
    const free = await newCase(bob, "Nobody's");
    const late = await newCase(bob, "Late");
    const done = await newCase(bob, "Resolved");
    await callerFor(agent).cases.assign({ number: mine.number, assigneeId: agent.userId });
    await callerFor(agent).cases.assign({ number: theirs.number, assigneeId: colleague.userId });
    await callerFor(agent).cases.setStatus({ number: done.number, status: "resolved" });
    await db.update(cases).set({ firstResponseDueAt: new Date(Date.now() - 60_000) }).where(eq(cases.number, late.number));
    await db.update(cases).set({ firstResponseDueAt: new Date(Date.now() + 30 * 24 * 3600_000), resolutionDueAt: new Date(Date.now() + 30 * 24 * 3600_000) }).where(inArray(cases.number, [mine.number, theirs.number, free.number]));

    const view = (v: "mine" | "unassigned" | "breaching" | "all") => callerFor(agent).queues.view({ view: v });
    expect(numbersOf(await view("mine"))).toEqual([mine.number]);
    expect(numbersOf(await view("unassigned"))).toEqual(expect.arrayContaining([free.number, late.number]));
    expect(numbersOf(await view("unassigned"))).not.toContain(theirs.number);
    expect(numbersOf(await view("breaching"))).toContain(late.number);
    expect(numbersOf(await view("breaching"))).not.toContain(free.number);
    const all = numbersOf(await view("all"));
    expect(all).toEqual(expect.arrayContaining([mine.number, theirs.number, free.number, late.number]));
    expect(all).not.toContain(done.number);
    // SLA sort: the overdue case comes first.
    expect(all[0]).toBe(late.number);

    const counts = await callerFor(agent).queues.counts();
    expect(counts.builtIn.mine).toBe(1);
    expect(counts.builtIn.all).toBe(all.length);
    expect(counts.builtIn.unassigned).toBe((await view("unassigned")).items.length);
  });

  it("filters by channel, language, tier, priority and assignee", async () => {
    const french = await newCase(bob, "Colis perdu", { channel: "email", locale: "fr" });
    const premium = await newCase(alice, "Premium customer");
    await callerFor(agent).cases.setPriority({ number: premium.number, priority: "urgent" });
    const list = async (filters: object) => numbersOf(await callerFor(agent).queues.view({ view: "all", filters }));

    expect(await list({ channel: ["email"], language: ["fr"] })).toEqual([french.number]);
    expect(await list({ tier: ["premium"] })).toContain(premium.number);
    expect(await list({ tier: ["premium"] })).not.toContain(french.number);
    expect(await list({ tier: ["none"] })).toContain(french.number);
    expect(await list({ priority: ["urgent"], tier: ["premium"] })).toEqual([premium.number]);
    expect(await list({ assigneeId: ["none"], channel: ["email"] })).toEqual([french.number]);
    expect(await list({ assigneeId: [colleague.userId] })).not.toContain(french.number);
  });

  it("pages with a keyset cursor in every sort, without repeats or gaps", async () => {
    for (let i = 0; i < 60; i++) await newCase(bob, `Bulk ${i}`);
    const total = (await callerFor(agent).queues.counts()).builtIn.all;
    for (const sort of ["sla", "priority", "newest", "oldest"] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { number: string }[]; nextCursor: string | null } = await callerFor(agent).queues.view({ view: "all", sort, cursor, direction: "forward" });
        expect(page.items.length).toBeLessThanOrEqual(50);
        seen.push(...numbersOf(page));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen).size, sort).toBe(seen.length);
      expect(seen.length, sort).toBe(total);
    }
  });

  it("refuses an altered cursor with a translated error", async () => {
    const outcome = await attempt(contextFor(db, agent.actor, { getQueue: jobs.getQueue, locale: "fr" }), "queues.view", { view: "all", cursor: "bm90LWEtY3Vyc29y" });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe("BAD_REQUEST");
    expect(outcome.shape.message).toMatch(/première page/);
  });

  it("finds the next case: mine first, else unassigned in my queues, without assigning it", async () => {
    const next = await callerFor(colleague).queues.next();
    expect(next?.view).toBe("mine");
    await db.update(cases).set({ assigneeId: null }).where(eq(cases.assigneeId, colleague.userId));
    const unassigned = await callerFor(colleague).queues.next();
    expect(unassigned?.view).toBe("unassigned");
    const [row] = await db.select().from(cases).where(eq(cases.number, unassigned!.number));
    expect(row!.assigneeId).toBeNull();
  });
});

describe("saved views", () => {
  it("creates, renames and deletes the agent's own views, counted next to the built-in ones", async () => {
    const created = await callerFor(agent).queues.saveView({ name: "French email", base: "all", filters: { channel: ["email"], language: ["fr"] }, sort: "newest" });
    await expect(callerFor(agent).queues.saveView({ name: "French email", base: "mine", filters: {}, sort: "sla" })).rejects.toMatchObject({ code: "CONFLICT" });
    await callerFor(agent).queues.saveView({ id: created.id, name: "Courriels FR", base: "all", filters: { channel: ["email"], language: ["fr"] }, sort: "newest" });
    expect(await callerFor(agent).queues.savedViews()).toEqual([expect.objectContaining({ id: created.id, name: "Courriels FR", sort: "newest" })]);
    const counts = await callerFor(agent).queues.counts();
    expect(counts.saved).toEqual([{ id: created.id, count: 1 }]);

    // A colleague neither sees nor changes it.
    expect(await callerFor(colleague).queues.savedViews()).toEqual([]);
    await expect(callerFor(colleague).queues.saveView({ id: created.id, name: "Mine now", base: "all", filters: {}, sort: "sla" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await callerFor(colleague).queues.deleteView({ id: created.id })).toEqual({ deleted: false });
    expect(await callerFor(agent).queues.deleteView({ id: created.id })).toEqual({ deleted: true });
    expect(await callerFor(agent).queues.savedViews()).toEqual([]);
  });
});

describe("bulk actions", () => {
  it("applies the action case by case and reports each refusal, translated, without undoing the others", async () => {
    const a = await newCase(alice, "Bulk A");
    const b = await newCase(alice, "Bulk B");
    const closed = await newCase(alice, "Bulk closed");
    await callerFor(agent).cases.setStatus({ number: closed.number, status: "closed" });
    const caller = createCaller(contextFor(db, agent.actor, { getQueue: jobs.getQueue, locale: "it" }));
    const { outcomes } = await caller.queues.bulkUpdate({ numbers: [a.number, closed.number, b.number, "C-999999999"], action: { kind: "assignToMe" } });
    expect(outcomes.map((o) => [o.number, o.ok])).toEqual([
      [a.number, true],
      [closed.number, false],
      [b.number, true],
      ["C-999999999", false],
    ]);
    expect(outcomes[1]).toMatchObject({ errorCode: "cases.closed", message: expect.any(String) });
    const rows = await db.select().from(cases).where(inArray(cases.number, [a.number, b.number]));
    expect(rows.every((r) => r.assigneeId === agent.userId)).toBe(true);

    const status = await caller.queues.bulkUpdate({ numbers: [a.number, b.number], action: { kind: "status", status: "on_hold" } });
    expect(status.outcomes.every((o) => o.ok)).toBe(true);
    const priority = await caller.queues.bulkUpdate({ numbers: [a.number, b.number], action: { kind: "priority", priority: "low" } });
    expect(priority.outcomes.every((o) => o.ok)).toBe(true);
    const after = await db.select().from(cases).where(inArray(cases.number, [a.number, b.number]));
    expect(after.map((r) => [r.status, r.priority])).toEqual([
      ["on_hold", "low"],
      ["on_hold", "low"],
    ]);
  });

  it("merges cases of one customer into the oldest, and refuses a mix of customers without changing anything", async () => {
    const first = await newCase(alice, "Duplicate 1");
    const second = await newCase(alice, "Duplicate 2");
    const other = await newCase(bob, "Someone else");
    const refused = await callerFor(agent).queues.bulkUpdate({ numbers: [first.number, other.number], action: { kind: "merge" } });
    expect(refused.outcomes.every((o) => !o.ok && o.errorCode === "workspace.mergeOtherCustomer")).toBe(true);
    expect((await db.select().from(cases).where(eq(cases.number, first.number)))[0]!.status).not.toBe("closed");

    const merged = await callerFor(agent).queues.bulkUpdate({ numbers: [second.number, first.number], action: { kind: "merge" } });
    expect(merged.outcomes.every((o) => o.ok)).toBe(true);
    const [survivor, duplicate] = await Promise.all([first, second].map(async (c) => (await db.select().from(cases).where(eq(cases.number, c.number)))[0]!));
    expect(survivor!.status).not.toBe("closed");
    expect(duplicate!.status).toBe("closed");
  });

  it("refuses more than 100 cases in one batch with a translated message", async () => {
    const numbers = Array.from({ length: 101 }, (_, i) => `C-${200000 + i}`);
    const outcome = await attempt(contextFor(db, agent.actor, { getQueue: jobs.getQueue }), "queues.bulkUpdate", { numbers, action: { kind: "assignToMe" } });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.shape.data.fieldErrors).toEqual({ numbers: ["Select at most 100 cases for one bulk action."] });
  });

  it("refuses customers on every queue procedure", async () => {
    const customer = contextFor(db, alice.actor, { getQueue: jobs.getQueue });
    for (const path of ["queues.view", "queues.counts", "queues.bulkUpdate"]) {
      const outcome = await attempt(customer, path, path === "queues.view" ? { view: "all" } : path === "queues.bulkUpdate" ? { numbers: ["C-100001"], action: { kind: "assignToMe" } } : undefined);
      expect(outcome.ok ? "ok" : outcome.error.code, path).toBe("FORBIDDEN");
    }
  });
});

describe("live updates", () => {
  it("delivers a change committed on another connection to a subscriber", async () => {
    const other = createDb(url, { max: 1 });
    const abort = new AbortController();
    const stream = caseChanges(db, abort.signal);
    const received: number[] = [];
    const reading = (async () => {
      for await (const change of stream) received.push(change.at);
    })();
    try {
      // The first insert may race the LISTEN being set up: keep writing until one arrives.
      await waitFor(
        async () => {
          await createCase(other, await jobs.getQueue(), { customerId: bob.customerId, channel: "portal", category: "delivery", subject: "Live", description: "Arrives live" }, { notify: false });
          return received.length > 0;
        },
        { what: "a cases_changed notification" },
      );
    } finally {
      abort.abort();
      await reading;
      await other.$client.end();
    }
    expect(received.length).toBeGreaterThan(0);
  });
});
