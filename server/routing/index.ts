import type { Database } from "@/db/client";
import * as caseQueries from "@/server/cases/queries";
import type { CaseFacts } from "./conditions";
import { decideRoute, eligibility, rankAgents, type AgentCandidate, type RoutingDecision } from "./engine";
import { cachedConfig } from "./config-cache";
import * as queries from "./queries";
import { eventReason } from "./reasons";

export * from "./engine";
export * from "./conditions";
export { listQueues } from "./queries";
export { invalidateConfigCache } from "./config-cache";

const activeRules = (db: Database) => cachedConfig("routing:rules", () => queries.listActiveRules(db));
const queueSettings = (db: Database) =>
  cachedConfig("routing:queues", async () => {
    const rows = await queries.listQueueSettings(db);
    const fallback = [...rows].sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.createdAt.getTime() - b.createdAt.getTime())[0] ?? null;
    return { byId: new Map(rows.map((q) => [q.id, q])), defaultQueueId: fallback?.id ?? null };
  });

/** Runs the routing rules for a case's facts; throws when no queue exists at all (a setup error). */
export async function routeCase(db: Database, facts: CaseFacts, categorySkill: string | null): Promise<RoutingDecision> {
  const [rules, settings] = await Promise.all([activeRules(db), queueSettings(db)]);
  if (!settings.defaultQueueId) throw new Error("no queue is configured: seed at least one queue (db/seed/cases)");
  return decideRoute(rules, facts, settings.defaultQueueId, categorySkill);
}

export type AssignmentOutcome = { assigneeId: string | null; queueId: string; reason: string };
export type AssignmentNeedOf = {
  queueId: string;
  requiredSkill: string | null;
  minProficiency: number;
  locale: string;
  excludeUserId?: string;
  mayWait?: boolean;
  /**
   * Leave the round-robin pointer to the caller (see advanceRoundRobin) instead of updating the queue
   * row inside the transaction: that row lock, held until commit, made every intake of a round-robin
   * queue wait for the one before it.
   */
  deferRoundRobin?: boolean;
};
/** The agent chosen (or nobody), what the assignment event records, and the round-robin step left to the caller. */
export type AssignmentChoice = AssignmentOutcome & { data: Record<string, unknown>; roundRobin: { queueId: string; userId: string } | null };

/** Moves a round-robin queue's pointer after the assignment committed (a short statement of its own). */
export async function advanceRoundRobin(db: Database, step: { queueId: string; userId: string } | null) {
  if (step) await queries.setLastAssigned(db, step.queueId, step.userId);
}

/**
 * Chooses the agent for a case without writing it: an eligible agent of the queue, or of the queue's
 * fallback when nobody in it can take the case. Must run inside a transaction: each agent's
 * assignments are serialized by a transaction-scoped lock, held until the caller commits, and their
 * open cases recounted under it, so concurrent intakes never push an agent past capacity.
 * `mayWait: false` only tries the locks (rebalancing, which already holds case locks, must never wait).
 */
export async function chooseAssignee(tx: Database, params: AssignmentNeedOf): Promise<AssignmentChoice> {
  const tried: { queue: string; skipped: Record<string, string> }[] = [];
  const settings = await queueSettings(tx);
  let queueId: string | null = params.queueId;
  const seen = new Set<string>();
  while (queueId && !seen.has(queueId)) {
    seen.add(queueId);
    const queue = settings.byId.get(queueId);
    if (!queue) break;
    const candidates: AgentCandidate[] = (await queries.listCandidates(tx, { queueId, skill: params.requiredSkill })).filter((c) => c.userId !== params.excludeUserId);
    const need = { requiredSkill: params.requiredSkill, minProficiency: params.minProficiency, locale: params.locale };
    const lastAssigned = queue.strategy === "round_robin" && candidates.length > 0 ? await queries.findLastAssigned(tx, queue.id) : null;
    const ranked = rankAgents(candidates, need, queue.strategy, lastAssigned);
    // First pass skips agents another intake is assigning right now; the second waits for them.
    for (const wait of params.mayWait === false ? [false] : [false, true]) {
      for (const agent of ranked) {
        if (!(await queries.lockAgent(tx, agent.userId, wait))) continue;
        const load = await queries.findAgentLoad(tx, agent.userId);
        if (!load || load.presence !== "available" || load.openCases >= load.capacity) continue;
        const roundRobin = queue.strategy === "round_robin" ? { queueId: queue.id, userId: agent.userId } : null;
        if (roundRobin && !params.deferRoundRobin) await advanceRoundRobin(tx, roundRobin);
        const why = eventReason("assignedByStrategy", { strategy: queue.strategy, queue: queue.name });
        return { assigneeId: agent.userId, queueId: queue.id, reason: why.reason, data: { assigneeId: agent.userId, queueId: queue.id, ...why, skipped: tried }, roundRobin: params.deferRoundRobin ? roundRobin : null };
      }
    }
    tried.push({ queue: queue.name, skipped: Object.fromEntries(candidates.map((c) => [c.userId, eligibility(c, need)])) });
    queueId = queue.fallbackQueueId;
  }
  const why = eventReason("noEligibleAgent");
  return { assigneeId: null, queueId: params.queueId, reason: why.reason, data: { assigneeId: null, queueId: params.queueId, ...why, skipped: tried }, roundRobin: null };
}

/**
 * Assigns an existing case (see chooseAssignee) and records an assignment event either way, with who
 * was passed over and why. Must run inside a transaction.
 */
export async function assignCase(tx: Database, params: AssignmentNeedOf & { caseId: string; at?: Date }): Promise<AssignmentOutcome> {
  const choice = await chooseAssignee(tx, params);
  await caseQueries.updateCase(tx, params.caseId, choice.assigneeId ? { assigneeId: choice.assigneeId, queueId: choice.queueId, status: "open" } : { assigneeId: null });
  await caseQueries.insertEvents(tx, [{ caseId: params.caseId, kind: "assignment", visibility: "internal", author: "system", data: choice.data, ...(params.at ? { createdAt: params.at } : {}) }]);
  return { assigneeId: choice.assigneeId, queueId: choice.queueId, reason: choice.reason };
}

// SQLSTATE of a deadlock and of a serialization failure: the transaction is safe to run again.
const isRetryable = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (["40P01", "40001"].includes(String((error as { code?: unknown }).code)) || isRetryable((error as { cause?: unknown }).cause));

/**
 * Sets an agent's presence. Going away or offline hands every open case back to routing; an agent
 * over capacity (after a capacity change) hands over the newest cases above it. Retried on a
 * deadlock, which concurrent hand-overs can still meet with other writers of the same cases.
 */
export async function setAgentPresence(db: Database, params: { userId: string; presence: "available" | "busy" | "away" | "offline" }) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        // The agent's own assignment lock: an intake or hand-over assigning to them right now finishes
        // first (and its case is seen below), and none starts until this presence is committed.
        await queries.lockAgent(tx, params.userId, true);
        const profile = await queries.setPresence(tx, params.userId, params.presence);
        if (!profile) return { reassigned: 0, hasProfile: false };
        return { ...(await rebalanceAgent(tx, params.userId)), hasProfile: true };
      });
    } catch (error) {
      if (attempt >= 3 || !isRetryable(error)) throw error;
    }
  }
}

/**
 * Hands over the agent's cases above their capacity (all of them when away or offline). Locks those
 * cases first, in one statement ordered by id, then only tries agent locks: holding case locks while
 * waiting for an agent lock is how two hand-overs deadlocked each other.
 */
export async function rebalanceAgent(tx: Database, userId: string) {
  const profile = await queries.findProfile(tx, userId);
  if (!profile) return { reassigned: 0 };
  const open = await queries.listOpenCasesOfAgent(tx, userId);
  const isAway = profile.presence === "offline" || profile.presence === "away";
  const toMove = isAway ? open : open.slice(0, Math.max(0, open.length - profile.capacity));
  const locked = await caseQueries.lockCases(tx, toMove.map((c) => c.id));
  let reassigned = 0;
  for (const current of locked) {
    if (current.assigneeId !== userId) continue;
    await caseQueries.insertEvents(tx, [
      { caseId: current.id, kind: "assignment", visibility: "internal", author: "system", data: { assigneeId: null, previousAssigneeId: userId, ...eventReason(isAway ? "agentOffline" : "agentOverCapacity") } },
    ]);
    await assignCase(tx, {
      caseId: current.id,
      queueId: current.queueId ?? "",
      requiredSkill: current.requiredSkill,
      minProficiency: current.minProficiency,
      locale: current.locale,
      excludeUserId: userId,
      mayWait: false,
    });
    reassigned++;
  }
  return { reassigned };
}
