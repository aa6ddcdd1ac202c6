import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { DomainError } from "@/server/errors";
import type { JobQueue } from "@/server/jobs/queue";
import { assignCase, type Priority } from "@/server/routing";
import { eventReason } from "@/server/routing/reasons";
import { resumedDueDates, scheduleSlaChecks } from "@/server/sla";
import { afterStatusChange } from "./lifecycle";
import { notifyCustomer } from "./notify";
import * as queries from "./queries";

type Status = queries.CaseRow["status"];
const endedStatuses: readonly Status[] = ["resolved", "closed"];

/** The agent's status change (see applyStatusChange). */
export async function changeStatus(db: Database, queue: JobQueue, actor: Actor, input: { number: string; status: Exclude<Status, "new"> }, now = new Date()) {
  const caseId = await caseIdOrThrow(db, input.number);
  return applyStatusChange(db, queue, { caseId, to: input.status, author: "agent", authorUserId: actor.userId }, now);
}

export type StatusChangeParams = {
  caseId: string;
  to: Exclude<Status, "new">;
  author: "agent" | "customer" | "system";
  authorUserId: string | null;
  /** Why, when it is not a person's choice (a survey's low score): kept on the timeline event. */
  reason?: string;
};

/**
 * Every status change, whoever makes it (an agent, the customer closing or reopening their case, a
 * survey answer). Waiting on the customer, resolving and closing pause the SLA clocks (the time left
 * is kept); going back to open resumes them; leaving resolved or closed reopens the case and hands it
 * back to routing when nobody holds it. The customer is emailed when the case is resolved, closed or
 * reopened, and what follows the case (the survey) hangs on the change.
 */
export async function applyStatusChange(db: Database, queue: JobQueue, params: StatusChangeParams, now = new Date()) {
  const change = await db.transaction((tx) => writeStatusChange(tx, params, now));
  await afterStatusChangeCommitted(db, queue, change, now);
  return { status: change.row.status };
}

export type WrittenStatusChange = Awaited<ReturnType<typeof writeStatusChange>>;

/**
 * The writes of applyStatusChange, in the caller's transaction, for a caller whose own writes must
 * commit or fail together with the change (a survey answer reopening its case). The caller runs
 * afterStatusChangeCommitted with the result once the transaction has committed.
 */
export async function writeStatusChange(tx: Database, params: StatusChangeParams, now: Date) {
  const { caseId, to } = params;
  const row = await queries.lockCase(tx, caseId);
  if (!row) throw new DomainError("common.notFound");
  if (row.status === to) return { row, from: row.status, to, changed: false };
  const changes: Partial<queries.NewCase> = { status: to, lastActivityAt: now };
  const wasEnded = endedStatuses.includes(row.status);
  const pauses = to === "pending_customer" || endedStatuses.includes(to);
  if (pauses) {
    if (!row.slaPausedAt) changes.slaPausedAt = now;
    if (to === "resolved") changes.resolvedAt = now;
    if (to === "closed") changes.closedAt = now;
  } else if (row.slaPausedAt) {
    Object.assign(changes, { slaPausedAt: null }, await resumedDueDates(tx, row, now));
  }
  if (wasEnded && !endedStatuses.includes(to)) Object.assign(changes, { resolvedAt: null, closedAt: null });
  const data = { from: row.status, to, ...(params.reason ? { reason: params.reason } : {}) };
  await queries.insertEvents(tx, [{ caseId, kind: "status", visibility: "public", author: params.author, authorUserId: params.authorUserId, data, createdAt: now }]);
  let updated = (await queries.updateCase(tx, caseId, changes))!;
  if (wasEnded && !endedStatuses.includes(to) && !updated.assigneeId && updated.queueId) {
    await assignCase(tx, { caseId, queueId: updated.queueId, requiredSkill: updated.requiredSkill, minProficiency: updated.minProficiency, locale: updated.locale, at: now });
    updated = (await queries.findCaseById(tx, caseId))!;
  }
  return { row: updated, from: row.status, to, changed: true };
}

/** After the commit of a status change: the SLA checks, the customer's email and what hangs on the change (the survey). */
export async function afterStatusChangeCommitted(db: Database, queue: JobQueue, change: WrittenStatusChange, now: Date) {
  if (!change.changed) return;
  const { row, from, to } = change;
  const tellsCustomer = endedStatuses.includes(to) || endedStatuses.includes(from);
  const customer = tellsCustomer ? await queries.findCustomerFacts(db, row.customerId, now.toISOString().slice(0, 10)) : null;
  await Promise.all([
    scheduleSlaChecks(db, queue, row, now),
    customer?.email ? notifyCustomer(db, queue, { caseRow: row, to: customer.email, kind: "status", key: `case-status/${row.id}/${to}/${now.getTime()}` }) : null,
    afterStatusChange(db, queue, { caseRow: row, from, to, now }),
  ]);
}

/** A priority set by hand, recorded on the timeline. The SLA due dates keep the policy's plan. */
export async function changePriority(db: Database, actor: Actor, input: { number: string; priority: Priority }, now = new Date()) {
  const caseId = await caseIdOrThrow(db, input.number);
  return db.transaction(async (tx) => {
    const row = await queries.lockCase(tx, caseId);
    if (!row) throw new DomainError("common.notFound");
    if (row.priority === input.priority) return { priority: row.priority };
    await queries.insertEvents(tx, [{ caseId, kind: "priority", visibility: "internal", author: "agent", authorUserId: actor.userId, data: { from: row.priority, to: input.priority }, createdAt: now }]);
    await queries.updateCase(tx, caseId, { priority: input.priority, lastActivityAt: now });
    return { priority: input.priority };
  });
}

/**
 * Assigns the case to a named agent (or to nobody). Unlike routing, a person's choice may go past
 * the agent's capacity and presence: the timeline records who did it. Only staff with an agent
 * profile can hold cases.
 */
export async function assignTo(db: Database, actor: Actor, input: { number: string; assigneeId: string | null }, now = new Date()) {
  const caseId = await caseIdOrThrow(db, input.number);
  if (input.assigneeId && !(await queries.findAgentProfile(db, input.assigneeId))) throw new DomainError("cases.notAnAgent");
  return db.transaction(async (tx) => {
    const row = await queries.lockCase(tx, caseId);
    if (!row) throw new DomainError("common.notFound");
    if (row.status === "closed") throw new DomainError("cases.closed");
    if (row.assigneeId === input.assigneeId) return { assigneeId: row.assigneeId };
    await queries.insertEvents(tx, [
      {
        caseId,
        kind: "assignment",
        visibility: "internal",
        author: "agent",
        authorUserId: actor.userId,
        data: { assigneeId: input.assigneeId, previousAssigneeId: row.assigneeId, ...eventReason(input.assigneeId === actor.userId ? "takenByAgent" : "assignedByAgent"), byUserId: actor.userId },
        createdAt: now,
      },
    ]);
    const changes: Partial<queries.NewCase> = { assigneeId: input.assigneeId, lastActivityAt: now };
    if (input.assigneeId && row.status === "new") changes.status = "open";
    await queries.updateCase(tx, caseId, changes);
    return { assigneeId: input.assigneeId };
  });
}

/**
 * Escalates to another queue: the case leaves its assignee and is assigned inside the new queue by
 * the usual rules (skills, capacity, presence), the reason kept on the timeline.
 */
export async function moveToQueue(db: Database, actor: Actor, input: { number: string; queueId: string; reason?: string }, now = new Date()) {
  const caseId = await caseIdOrThrow(db, input.number);
  if (!(await queries.findQueue(db, input.queueId))) throw new DomainError("cases.unknownQueue");
  return db.transaction(async (tx) => {
    const row = await queries.lockCase(tx, caseId);
    if (!row) throw new DomainError("common.notFound");
    if (endedStatuses.includes(row.status)) throw new DomainError("cases.closed");
    if (row.queueId === input.queueId) return { queueId: row.queueId, assigneeId: row.assigneeId };
    await queries.insertEvents(tx, [
      { caseId, kind: "routing", visibility: "internal", author: "agent", authorUserId: actor.userId, data: { queueId: input.queueId, previousQueueId: row.queueId, ...(input.reason ? { reason: input.reason } : eventReason("movedByAgent")), byUserId: actor.userId }, createdAt: now },
    ]);
    await queries.updateCase(tx, caseId, { queueId: input.queueId, assigneeId: null, lastActivityAt: now });
    const outcome = await assignCase(tx, { caseId, queueId: input.queueId, requiredSkill: row.requiredSkill, minProficiency: row.minProficiency, locale: row.locale, at: now });
    return { queueId: input.queueId, assigneeId: outcome.assigneeId };
  });
}

async function caseIdOrThrow(db: Database, number: string) {
  const found = await queries.findCaseByNumber(db, number);
  if (!found) throw new DomainError("common.notFound");
  return found.id;
}
