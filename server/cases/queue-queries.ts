import { and, asc, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { agentProfiles, cases, contracts, customers, queueMembers, queues, savedViews } from "@/db/schema";
import type { QueueFilters, QueueSort, QueueView } from "./queue-schemas";

/**
 * The earliest running SLA due date; 'infinity' when paused or without SLA. It must stay identical to
 * the indexed expression of migration 0022 (cases_open_sla_idx and siblings) so the planner uses them.
 */
export const slaDueExpression = sql<Date>`coalesce(case when ${cases.slaPausedAt} is null then least(case when ${cases.firstRespondedAt} is null then ${cases.firstResponseDueAt} end, ${cases.nextResponseDueAt}, ${cases.resolutionDueAt}) end, 'infinity'::timestamptz)`;

// Literal SQL (not parameters) so the partial indexes' predicates are provably implied.
const isOpen = sql`${cases.status} not in ('resolved', 'closed')`;
const isUnassigned = sql`${cases.assigneeId} is null`;
/** "Breaching soon": due within two hours, or already past. */
const isBreaching = sql`${slaDueExpression} < now() + interval '2 hours'`;

export type ViewScope = { view: QueueView; userId: string; memberQueueIds: string[] | null };

function viewCondition(scope: ViewScope): SQL | undefined {
  switch (scope.view) {
    case "mine":
      return eq(cases.assigneeId, scope.userId);
    case "unassigned":
      // null: staff in no queue (an admin) see every queue's unassigned cases.
      return and(isUnassigned, scope.memberQueueIds ? inArray(cases.queueId, scope.memberQueueIds) : undefined);
    case "breaching":
      return isBreaching;
    case "all":
      return undefined;
  }
}

const today = () => new Date().toISOString().slice(0, 10);

/** Customers with a running contract (own or their organization's) of one of these tiers. */
function customersWithTier(tiers: string[]) {
  return sql`select c.id from ${customers} c join ${contracts} k on (k.customer_id = c.id or (c.organization_id is not null and k.organization_id = c.organization_id))
    where k.tier::text in ${tiers} and k.starts_on <= ${today()} and (k.ends_on is null or k.ends_on >= ${today()})`;
}

/**
 * Wrapped in IS TRUE / IS FALSE on purpose: a plain IN is pulled up into a semi-join, and the planner
 * then fetched every case of those customers and sorted them (100 ms at 1M cases); kept as a hashed
 * subplan, the page still walks the sort index and stops at 50 rows.
 */
function tierCondition(tiers: string[]): SQL {
  const named = tiers.filter((t) => t !== "none");
  const conditions: SQL[] = [];
  if (named.length) conditions.push(sql`(${cases.customerId} in (${customersWithTier(named)})) is true`);
  if (tiers.includes("none")) conditions.push(sql`(${cases.customerId} in (${customersWithTier(["standard", "premium", "enterprise"])})) is false`);
  return or(...conditions)!;
}

// Typed comparisons (no ::text casts) so the planner reads the column statistics.
function filterConditions(filters: QueueFilters): SQL[] {
  const out: SQL[] = [];
  const has = <T extends string>(values: T[] | undefined): values is T[] => !!values && values.length > 0;
  if (has(filters.status)) out.push(inArray(cases.status, filters.status));
  if (has(filters.priority)) out.push(inArray(cases.priority, filters.priority));
  if (has(filters.channel)) out.push(inArray(cases.channel, filters.channel));
  if (has(filters.category)) out.push(inArray(cases.category, filters.category));
  if (has(filters.language)) out.push(inArray(cases.locale, filters.language));
  if (has(filters.queueId)) out.push(inArray(cases.queueId, filters.queueId));
  if (has(filters.tier)) out.push(tierCondition(filters.tier));
  if (has(filters.assigneeId)) {
    const ids = filters.assigneeId.filter((id) => id !== "none");
    out.push(or(ids.length ? inArray(cases.assigneeId, ids) : undefined, filters.assigneeId.includes("none") ? isUnassigned : undefined)!);
  }
  return out;
}

/** Where a page starts: the sort key and id of the last row of the previous page. */
export type Keyset = { key: string; id: string };

const sortOrders: Record<QueueSort, { columns: SQL[]; after: (k: Keyset) => SQL; keyOf: SQL<string> }> = {
  sla: {
    columns: [asc(slaDueExpression), asc(cases.id)],
    after: (k) => sql`(${slaDueExpression}, ${cases.id}) > (${k.key}::timestamptz, ${k.id}::uuid)`,
    keyOf: sql<string>`${slaDueExpression}::text`,
  },
  // Most urgent first, newest first within a priority (one direction, so a row comparison pages it).
  priority: {
    columns: [desc(cases.priority), desc(cases.createdAt), desc(cases.id)],
    after: (k) => {
      const [priority, createdAt] = k.key.split("|");
      return sql`(${cases.priority}, ${cases.createdAt}, ${cases.id}) < (${priority}::case_priority, ${createdAt}::timestamptz, ${k.id}::uuid)`;
    },
    keyOf: sql<string>`${cases.priority}::text || '|' || ${cases.createdAt}::text`,
  },
  newest: {
    columns: [desc(cases.createdAt), desc(cases.id)],
    after: (k) => sql`(${cases.createdAt}, ${cases.id}) < (${k.key}::timestamptz, ${k.id}::uuid)`,
    keyOf: sql<string>`${cases.createdAt}::text`,
  },
  oldest: {
    columns: [asc(cases.createdAt), asc(cases.id)],
    after: (k) => sql`(${cases.createdAt}, ${cases.id}) > (${k.key}::timestamptz, ${k.id}::uuid)`,
    keyOf: sql<string>`${cases.createdAt}::text`,
  },
};

export function viewWhere(scope: ViewScope, filters: QueueFilters) {
  return and(isOpen, viewCondition(scope), ...filterConditions(filters));
}

export type ViewPageParams = { scope: ViewScope; filters: QueueFilters; sort: QueueSort; after: Keyset | null; limit: number };

/** The page query, unexecuted: bench/agent-queues.ts runs its exact SQL raw as the floor. */
export function viewPageQuery(db: Database, params: ViewPageParams) {
  const order = sortOrders[params.sort];
  return db
    .select({
      row: {
        id: cases.id,
        number: cases.number,
        subject: cases.subject,
        status: cases.status,
        priority: cases.priority,
        channel: cases.channel,
        category: cases.category,
        locale: cases.locale,
        createdAt: cases.createdAt,
        lastActivityAt: cases.lastActivityAt,
        slaPausedAt: cases.slaPausedAt,
        slaDueAt: sql<Date | null>`nullif(${slaDueExpression}, 'infinity')`.mapWith(cases.createdAt),
        customerId: cases.customerId,
        customerName: customers.displayName,
        customerIsVip: customers.isVip,
        queueId: cases.queueId,
        queueName: queues.name,
        assigneeId: cases.assigneeId,
        assigneeName: agentProfiles.displayName,
      },
      sortKey: order.keyOf,
    })
    .from(cases)
    .innerJoin(customers, eq(customers.id, cases.customerId))
    .leftJoin(queues, eq(queues.id, cases.queueId))
    .leftJoin(agentProfiles, eq(agentProfiles.userId, cases.assigneeId))
    .where(and(viewWhere(params.scope, params.filters), params.after ? order.after(params.after) : undefined))
    .orderBy(...order.columns)
    .limit(params.limit);
}

export async function listViewPage(db: Database, params: ViewPageParams) {
  return viewPageQuery(db, params);
}

/**
 * Counts of several views in one statement, each capped (counting stops at `cap` rows), so a view
 * of 200,000 open cases costs as little as one of 20.
 */
export async function countViews(db: Database, params: { views: { key: string; scope: ViewScope; filters: QueueFilters }[]; cap: number }) {
  if (params.views.length === 0) return {};
  const columns = params.views.map(
    // Ordered like the page so the planner walks the same partial index and stops at the cap (a
    // sequential scan would read the whole closed history before meeting the open cases).
    (v, i) =>
      sql`(select count(*) from (select 1 from ${cases} where ${viewWhere(v.scope, v.filters)} order by ${slaDueExpression}, ${cases.id} limit ${params.cap}) capped)::int as ${sql.identifier(`c${i}`)}`,
  );
  const [row] = await db.execute<Record<string, number>>(sql`select ${sql.join(columns, sql`, `)}`);
  return Object.fromEntries(params.views.map((v, i) => [v.key, Number(row?.[`c${i}`] ?? 0)]));
}

export async function listMemberQueueIds(db: Database, userId: string) {
  const rows = await db.select({ queueId: queueMembers.queueId }).from(queueMembers).where(eq(queueMembers.userId, userId));
  return rows.map((r) => r.queueId);
}

export async function findCasesForMerge(db: Database, numbers: string[]) {
  return db.select({ number: cases.number, customerId: cases.customerId, createdAt: cases.createdAt }).from(cases).where(inArray(cases.number, numbers)).orderBy(asc(cases.createdAt), asc(cases.id));
}

export async function listAgents(db: Database) {
  return db.select({ userId: agentProfiles.userId, name: agentProfiles.displayName, presence: agentProfiles.presence }).from(agentProfiles).orderBy(asc(agentProfiles.displayName));
}

export async function findPresence(db: Database, userId: string) {
  const [row] = await db.select({ presence: agentProfiles.presence }).from(agentProfiles).where(eq(agentProfiles.userId, userId));
  return row?.presence ?? null;
}

export async function listSavedViews(db: Database, ownerId: string) {
  return db.select().from(savedViews).where(eq(savedViews.ownerId, ownerId)).orderBy(asc(savedViews.createdAt), asc(savedViews.id));
}

export async function insertSavedView(db: Database, row: typeof savedViews.$inferInsert) {
  const [created] = await db.insert(savedViews).values(row).onConflictDoNothing().returning();
  return created ?? null;
}

export async function updateSavedView(db: Database, params: { id: string; ownerId: string; changes: Pick<typeof savedViews.$inferInsert, "name" | "base" | "filters" | "sort"> }) {
  const [row] = await db
    .update(savedViews)
    .set(params.changes)
    .where(and(eq(savedViews.id, params.id), eq(savedViews.ownerId, params.ownerId)))
    .returning({ id: savedViews.id });
  return row ?? null;
}

export async function deleteSavedView(db: Database, params: { id: string; ownerId: string }) {
  const [row] = await db.delete(savedViews).where(and(eq(savedViews.id, params.id), eq(savedViews.ownerId, params.ownerId))).returning({ id: savedViews.id });
  return row ?? null;
}

export async function isViewNameTaken(db: Database, params: { ownerId: string; name: string; exceptId?: string }) {
  const rows = await db.select({ id: savedViews.id }).from(savedViews).where(and(eq(savedViews.ownerId, params.ownerId), eq(savedViews.name, params.name)));
  return rows.some((r) => r.id !== params.exceptId);
}
