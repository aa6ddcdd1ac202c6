import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { DomainError } from "@/server/errors";
import { translator } from "@/server/i18n/messages";
import type { Locale } from "@/server/i18n/config";
import type { JobQueue } from "@/server/jobs/queue";
import { listQueues } from "@/server/routing";
import { assignTo, changePriority, changeStatus } from "./actions";
import { mergeCases } from "./merge-cases";
import * as queries from "./queue-queries";
import { QUEUE_PAGE_SIZE, queueViewInput, queueViews, type BulkUpdateInput, type QueueFilters, type QueueView, type QueueViewInput, type SaveViewInput } from "./queue-schemas";

/** Counting stops here: the tab shows "1000+" rather than paying for an exact count of a huge view. */
export const COUNT_CAP = 1000;

async function scopeOf(db: Database, actor: Actor, view: QueueView): Promise<queries.ViewScope> {
  const memberQueueIds = view === "unassigned" ? await queries.listMemberQueueIds(db, actor.userId) : [];
  return { view, userId: actor.userId, memberQueueIds: memberQueueIds.length ? memberQueueIds : null };
}

function encodeCursor(keyset: queries.Keyset) {
  return Buffer.from(JSON.stringify([keyset.key, keyset.id])).toString("base64url");
}

function decodeCursor(cursor: string): queries.Keyset {
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, "base64url").toString()) as unknown[];
    const isUuid = typeof id === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
    // The key is a timestamp ("infinity" included), or "priority|timestamp" for the priority sort.
    if (typeof key === "string" && isUuid && /^(infinity|((low|normal|high|urgent)\|)?[0-9 :.+-]{10,40})$/.test(key)) return { key, id };
  } catch {
    // Falls through to the translated error below.
  }
  throw new DomainError("queues.badCursor");
}

/**
 * One page (50 cases) of a queue view, keyset-paged so page 100 costs what page 1 does. Views:
 * `mine` (assigned to the caller), `unassigned` (in the caller's queues), `breaching` (SLA due within
 * two hours or past), `all` (every open case); the filters narrow any of them.
 */
export async function listQueueView(db: Database, actor: Actor, rawInput: QueueViewInput) {
  const input = queueViewInput.parse(rawInput);
  const rows = await queries.listViewPage(db, {
    scope: await scopeOf(db, actor, input.view),
    filters: input.filters,
    sort: input.sort,
    after: input.cursor ? decodeCursor(input.cursor) : null,
    limit: QUEUE_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  const last = page.at(-1);
  return {
    items: page.map((p) => p.row),
    nextCursor: rows.length > QUEUE_PAGE_SIZE && last ? encodeCursor({ key: last.sortKey, id: last.row.id }) : null,
  };
}

/** Counts of the four built-in views and of the caller's saved views, in one capped statement. */
export async function countQueueViews(db: Database, actor: Actor) {
  const [saved, memberQueueIds] = await Promise.all([queries.listSavedViews(db, actor.userId), queries.listMemberQueueIds(db, actor.userId)]);
  const scope = (view: QueueView): queries.ViewScope => ({ view, userId: actor.userId, memberQueueIds: memberQueueIds.length ? memberQueueIds : null });
  const counts = await queries.countViews(db, {
    cap: COUNT_CAP,
    views: [...queueViews.map((view) => ({ key: view, scope: scope(view), filters: {} })), ...saved.map((v) => ({ key: v.id, scope: scope(v.base), filters: v.filters as QueueFilters }))],
  });
  return { cap: COUNT_CAP, builtIn: Object.fromEntries(queueViews.map((v) => [v, counts[v] ?? 0])) as Record<QueueView, number>, saved: saved.map((v) => ({ id: v.id, count: counts[v.id] ?? 0 })) };
}

/**
 * Where "next case" goes: the caller's most urgent open case, else the most urgent unassigned one in
 * their queues (not assigned to them by going there), else null.
 */
export async function findNextCase(db: Database, actor: Actor) {
  for (const view of ["mine", "unassigned"] as const) {
    const [first] = await queries.listViewPage(db, { scope: await scopeOf(db, actor, view), filters: {}, sort: "sla", after: null, limit: 1 });
    if (first) return { number: first.row.number, view };
  }
  return null;
}

/** What the filter bar and the bulk "assign to" menu offer. */
export async function queueViewOptions(db: Database) {
  const [queueRows, agents] = await Promise.all([listQueues(db), queries.listAgents(db)]);
  return { queues: queueRows.map((q) => ({ id: q.id, name: q.name })), agents };
}

/** The caller's presence (null for staff without an agent profile, who take no cases). */
export async function getMyPresence(db: Database, actor: Actor) {
  return { userId: actor.userId, presence: await queries.findPresence(db, actor.userId) };
}

export async function listMySavedViews(db: Database, actor: Actor) {
  const rows = await queries.listSavedViews(db, actor.userId);
  return rows.map((v) => ({ id: v.id, name: v.name, base: v.base, filters: v.filters as QueueFilters, sort: v.sort }));
}

/** Creates a view, or with an id renames and re-filters one of the caller's own views. */
export async function saveView(db: Database, actor: Actor, input: SaveViewInput) {
  const { id, ...fields } = input;
  if (await queries.isViewNameTaken(db, { ownerId: actor.userId, name: fields.name, exceptId: id })) throw new DomainError("queues.viewNameTaken");
  if (id) {
    // Another agent's view answers like a missing one.
    if (!(await queries.updateSavedView(db, { id, ownerId: actor.userId, changes: fields }))) throw new DomainError("common.notFound");
    return { id };
  }
  const created = await queries.insertSavedView(db, { ownerId: actor.userId, ...fields });
  if (!created) throw new DomainError("queues.viewNameTaken");
  return { id: created.id };
}

/** Deleting is idempotent: a view that is gone (or not the caller's) answers deleted: false. */
export async function deleteView(db: Database, actor: Actor, input: { id: string }) {
  return { deleted: !!(await queries.deleteSavedView(db, { id: input.id, ownerId: actor.userId })) };
}

export type BulkOutcome = { number: string; ok: true } | { number: string; ok: false; errorCode: string; message: string };

/**
 * Applies one action to each case through the same services as the case page, case by case, so one
 * refusal (a closed case, a missing number) never hides or undoes the others: every case gets its
 * own outcome with a translated message. Merge folds the selected cases into the oldest of them.
 */
export async function bulkUpdate(db: Database, queue: JobQueue, actor: Actor, input: BulkUpdateInput, locale: Locale): Promise<{ outcomes: BulkOutcome[] }> {
  const t = translator(locale, "errors");
  const numbers = [...new Set(input.numbers)];
  const failed = (number: string, error: unknown): BulkOutcome => {
    if (!(error instanceof DomainError)) throw error;
    return { number, ok: false, errorCode: error.code, message: t(error.code as never) };
  };
  const { action } = input;
  if (action.kind === "merge") return { outcomes: await bulkMerge(db, queue, actor, numbers, failed) };
  const outcomes: BulkOutcome[] = [];
  for (const number of numbers) {
    try {
      if (action.kind === "assign") await assignTo(db, actor, { number, assigneeId: action.assigneeId });
      else if (action.kind === "assignToMe") await assignTo(db, actor, { number, assigneeId: actor.userId });
      else if (action.kind === "status") await changeStatus(db, queue, actor, { number, status: action.status });
      else await changePriority(db, actor, { number, priority: action.priority });
      outcomes.push({ number, ok: true });
    } catch (error) {
      outcomes.push(failed(number, error));
    }
  }
  return { outcomes };
}

async function bulkMerge(db: Database, queue: JobQueue, actor: Actor, numbers: string[], failed: (number: string, error: unknown) => BulkOutcome) {
  const found = await queries.findCasesForMerge(db, numbers);
  const into = found[0];
  try {
    if (!into || found.length !== numbers.length) throw new DomainError("common.notFound");
    if (numbers.length < 2) throw new DomainError("workspace.mergeSelf");
    await mergeCases(db, queue, actor, { intoNumber: into.number, fromNumbers: numbers.filter((n) => n !== into.number) });
    return numbers.map((number): BulkOutcome => ({ number, ok: true }));
  } catch (error) {
    // A merge is all or nothing: the same refusal stands for every selected case.
    return numbers.map((number) => failed(number, error));
  }
}
