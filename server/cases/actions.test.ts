import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentProfiles, caseEvents, cases, emailOutbox, queueMembers } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { createCustomerUser, createStaffUser, type ArrangedCustomer, type ArrangedStaff } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { attempt, contextFor, lazyQueue } from "@/tests/support/trpc";
import { createCaller } from "@/server/api/root";
import { createCase } from "./index";

const { db, url } = await setupTestDatabase();
const jobs = lazyQueue(url);
afterAll(() => jobs.stop());
let alice: ArrangedCustomer;
let agent: ArrangedStaff;
let colleague: ArrangedStaff;
let queueIds: Record<string, string>;

beforeAll(async () => {
  queueIds = (await seedCaseReference(db)).queues;
  agent = await createStaffUser(db, { role: "agent" });
  colleague = await createStaffUser(db, { role: "agent" });
  for (const staff of [agent, colleague]) {
    await db.insert(agentProfiles).values({ userId: staff.userId, displayName: staff.email, languages: ["en"], capacity: 50, presence: "available" }).onConflictDoNothing();
    await db.insert(queueMembers).values(Object.values(queueIds).map((queueId) => ({ queueId, userId: staff.userId }))).onConflictDoNothing();
  }
  alice = await createCustomerUser(db);
});

const asAgent = () => createCaller(contextFor(db, agent.actor, { getQueue: jobs.getQueue }));
const agentContext = () => contextFor(db, agent.actor, { getQueue: jobs.getQueue });
const newCase = async (subject: string) => createCase(db, await jobs.getQueue(), { customerId: alice.customerId, channel: "portal", category: "delivery", subject, description: "Where is my parcel?" }, { notify: false });
const caseRow = async (number: string) => (await db.select().from(cases).where(eq(cases.number, number)))[0]!;
const eventsOf = async (id: string, kind: (typeof caseEvents.$inferSelect)["kind"]) => db.select().from(caseEvents).where(and(eq(caseEvents.caseId, id), eq(caseEvents.kind, kind)));

describe("agent actions on a case", () => {
  it("resolving pauses the SLA, records who did it and emails the customer; reopening resumes the clock with the time that was left", async () => {
    const created = await newCase("Resolve me");
    const before = await caseRow(created.number);
    expect(before.resolutionDueAt).not.toBeNull();
    const resolvedAt = new Date();
    await asAgent().cases.setStatus({ number: created.number, status: "resolved" });
    const resolved = await caseRow(created.number);
    expect(resolved).toMatchObject({ status: "resolved", slaPausedAt: expect.any(Date), resolvedAt: expect.any(Date) });
    const [statusEvent] = await eventsOf(created.id, "status");
    expect(statusEvent).toMatchObject({ author: "agent", authorUserId: agent.userId, data: { from: before.status, to: "resolved" } });
    const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.to, alice.email));
    expect(mails.some((m) => m.idempotencyKey.startsWith(`case-status/${created.id}/resolved/`))).toBe(true);

    await asAgent().cases.setStatus({ number: created.number, status: "open" });
    const reopened = await caseRow(created.number);
    expect(reopened).toMatchObject({ status: "open", slaPausedAt: null, resolvedAt: null });
    // The resolution clock did not run while the case was resolved: it ends no earlier than before.
    expect(reopened.resolutionDueAt!.getTime()).toBeGreaterThanOrEqual(before.resolutionDueAt!.getTime() - 1000);
    expect(resolvedAt.getTime()).toBeLessThanOrEqual(resolved.resolvedAt!.getTime());
  });

  it("setting the same status twice records one event", async () => {
    const created = await newCase("Twice");
    await asAgent().cases.setStatus({ number: created.number, status: "on_hold" });
    await asAgent().cases.setStatus({ number: created.number, status: "on_hold" });
    expect(await eventsOf(created.id, "status")).toHaveLength(1);
  });

  it("assigns to a colleague past routing, takes it back, and refuses a non-agent", async () => {
    const created = await newCase("Assign me");
    await asAgent().cases.assign({ number: created.number, assigneeId: colleague.userId });
    expect((await caseRow(created.number)).assigneeId).toBe(colleague.userId);
    await asAgent().cases.assign({ number: created.number, assigneeId: agent.userId });
    expect((await caseRow(created.number)).assigneeId).toBe(agent.userId);
    const refused = await attempt(agentContext(), "cases.assign", { number: created.number, assigneeId: alice.userId });
    expect(refused.ok ? "ok" : refused.error.code).toBe("BAD_REQUEST");
    expect((await caseRow(created.number)).assigneeId).toBe(agent.userId);
    const assignments = (await eventsOf(created.id, "assignment")).filter((e) => e.author === "agent");
    expect(assignments.map((e) => e.data)).toEqual([
      expect.objectContaining({ assigneeId: colleague.userId, byUserId: agent.userId }),
      expect.objectContaining({ assigneeId: agent.userId, previousAssigneeId: colleague.userId, reason: "taken by the agent" }),
    ]);
  });

  it("changes the priority and moves the case to another queue with the reason on the timeline", async () => {
    const created = await newCase("Escalate me");
    const row = await caseRow(created.number);
    await asAgent().cases.setPriority({ number: created.number, priority: "urgent" });
    const target = Object.entries(queueIds).find(([key]) => key !== "general")!;
    const destination = row.queueId === target[1] ? queueIds.general! : target[1];
    await asAgent().cases.moveToQueue({ number: created.number, queueId: destination, reason: "Needs a technician" });
    const moved = await caseRow(created.number);
    expect(moved).toMatchObject({ priority: "urgent", queueId: destination });
    expect((await eventsOf(created.id, "priority"))[0]!.data).toEqual({ from: row.priority, to: "urgent" });
    expect((await eventsOf(created.id, "routing")).at(-1)!.data).toMatchObject({ queueId: destination, previousQueueId: row.queueId, reason: "Needs a technician" });
    const unknown = await attempt(agentContext(), "cases.moveToQueue", { number: created.number, queueId: crypto.randomUUID() });
    expect(unknown.ok ? "ok" : unknown.error.code).toBe("BAD_REQUEST");
    expect((await caseRow(created.number)).queueId).toBe(destination);
  });
});
