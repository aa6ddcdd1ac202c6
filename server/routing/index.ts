import type { Database } from "@/db/client";
import * as caseQueries from "@/server/cases/queries";
import type { CaseFacts } from "./conditions";
import { decideRoute, eligibility, rankAgents, type AgentCandidate, type RoutingDecision } from "./engine";
import * as queries from "./queries";

export * from "./engine";
export * from "./conditions";
export { listQueues } from "./queries";

/** Runs the routing rules for a case's facts; throws when no queue exists at all (a setup error). */
export async function routeCase(db: Database, facts: CaseFacts, categorySkill: string | null): Promise<RoutingDecision> {
  const [rules, fallback] = await Promise.all([queries.listActiveRules(db), queries.findDefaultQueue(db)]);
  if (!fallback) throw new Error("no queue is configured: seed at least one queue (db/seed/cases)");
  return decideRoute(rules, facts, fallback.id, categorySkill);
}

export type AssignmentOutcome = { assigneeId: string | null; queueId: string; reason: string };

/**
 * Assigns the case to an eligible agent of its queue, or of the queue's fallback when nobody in it
 * can take the case. Must run inside a transaction: each agent's assignments are serialized by a
 * transaction-scoped lock and their open cases recounted under it, so concurrent intakes never push
 * an agent past capacity. Records an assignment event either way (with who was passed over and why).
 */
export async function assignCase(tx: Database, params: { caseId: string; queueId: string; requiredSkill: string | null; minProficiency: number; locale: string; excludeUserId?: string; at?: Date }): Promise<AssignmentOutcome> {
  const tried: { queue: string; skipped: Record<string, string> }[] = [];
  let queueId: string | null = params.queueId;
  const seen = new Set<string>();
  while (queueId && !seen.has(queueId)) {
    seen.add(queueId);
    const queue = await queries.findQueue(tx, queueId);
    if (!queue) break;
    const candidates: AgentCandidate[] = (await queries.listCandidates(tx, { queueId, skill: params.requiredSkill })).filter((c) => c.userId !== params.excludeUserId);
    const need = { requiredSkill: params.requiredSkill, minProficiency: params.minProficiency, locale: params.locale };
    const ranked = rankAgents(candidates, need, queue.strategy, queue.lastAssignedUserId);
    // First pass skips agents another intake is assigning right now; the second waits for them.
    for (const wait of [false, true]) {
      for (const agent of ranked) {
        if (!(await queries.lockAgent(tx, agent.userId, wait))) continue;
        if ((await queries.countOpenCases(tx, agent.userId)) >= agent.capacity) continue;
        if (queue.strategy === "round_robin") await queries.setLastAssigned(tx, queue.id, agent.userId);
        const reason = `assigned by ${queue.strategy} in ${queue.name}`;
        await caseQueries.updateCase(tx, params.caseId, { assigneeId: agent.userId, queueId: queue.id, status: "open" });
        await caseQueries.insertEvents(tx, [
          { caseId: params.caseId, kind: "assignment", visibility: "internal", author: "system", data: { assigneeId: agent.userId, queueId: queue.id, reason, skipped: tried }, ...(params.at ? { createdAt: params.at } : {}) },
        ]);
        return { assigneeId: agent.userId, queueId: queue.id, reason };
      }
    }
    tried.push({ queue: queue.name, skipped: Object.fromEntries(candidates.map((c) => [c.userId, eligibility(c, need)])) });
    queueId = queue.fallbackQueueId;
  }
  const reason = "no eligible agent is free: waiting in queue";
  await caseQueries.updateCase(tx, params.caseId, { assigneeId: null });
  await caseQueries.insertEvents(tx, [{ caseId: params.caseId, kind: "assignment", visibility: "internal", author: "system", data: { assigneeId: null, queueId: params.queueId, reason, skipped: tried }, ...(params.at ? { createdAt: params.at } : {}) }]);
  return { assigneeId: null, queueId: params.queueId, reason };
}

/**
 * Sets an agent's presence. Going away or offline hands every open case back to routing; an agent
 * over capacity (after a capacity change) hands over the newest cases above it.
 */
export async function setAgentPresence(db: Database, params: { userId: string; presence: "available" | "busy" | "away" | "offline" }) {
  return db.transaction(async (tx) => {
    const profile = await queries.setPresence(tx, params.userId, params.presence);
    if (!profile) return { reassigned: 0 };
    return rebalanceAgent(tx, params.userId);
  });
}

export async function rebalanceAgent(tx: Database, userId: string) {
  const profile = await queries.findProfile(tx, userId);
  if (!profile) return { reassigned: 0 };
  const open = await queries.listOpenCasesOfAgent(tx, userId);
  const isAway = profile.presence === "offline" || profile.presence === "away";
  const toMove = isAway ? open : open.slice(0, Math.max(0, open.length - profile.capacity));
  for (const item of toMove) {
    const current = await caseQueries.lockCase(tx, item.id);
    if (!current || current.assigneeId !== userId) continue;
    await caseQueries.insertEvents(tx, [
      { caseId: item.id, kind: "assignment", visibility: "internal", author: "system", data: { assigneeId: null, previousAssigneeId: userId, reason: isAway ? "agent went offline" : "agent over capacity" } },
    ]);
    await assignCase(tx, {
      caseId: item.id,
      queueId: current.queueId ?? item.queueId ?? "",
      requiredSkill: current.requiredSkill,
      minProficiency: current.minProficiency,
      locale: current.locale,
      excludeUserId: userId,
    });
  }
  return { reassigned: toMove.length };
}
