import type { RuleCondition } from "@/db/schema";
import { conditionsHold, type CaseFacts, type Priority } from "./conditions";
import { eventReason, type EventReason } from "./reasons";

export type RoutingRule = {
  id: string;
  name: string;
  position: number;
  isActive: boolean;
  conditions: RuleCondition[];
  queueId: string;
  priority: Priority | null;
  requiredSkill: string | null;
  minProficiency: number;
};

export type RoutingDecision = {
  queueId: string;
  priority: Priority;
  rule: { id: string; name: string } | null;
  requiredSkill: string | null;
  minProficiency: number;
} & EventReason;

/** The first active rule (by position) whose conditions all hold; otherwise the default queue. */
export function decideRoute(rules: RoutingRule[], facts: CaseFacts, defaultQueueId: string, categorySkill: string | null): RoutingDecision {
  const ordered = [...rules].filter((r) => r.isActive).sort((a, b) => a.position - b.position);
  for (const rule of ordered) {
    if (!conditionsHold(rule.conditions, facts)) continue;
    const described = rule.conditions.map((c) => `${c.field} ${c.op} ${c.values.join("|")}`).join(" and ") || "always";
    return {
      queueId: rule.queueId,
      priority: rule.priority ?? facts.priority,
      rule: { id: rule.id, name: rule.name },
      requiredSkill: rule.requiredSkill ?? categorySkill,
      minProficiency: rule.minProficiency,
      ...eventReason("ruleMatched", { position: rule.position, rule: rule.name, conditions: described }),
    };
  }
  return { queueId: defaultQueueId, priority: facts.priority, rule: null, requiredSkill: categorySkill, minProficiency: 1, ...eventReason("noRuleMatched") };
}

export type AgentCandidate = {
  userId: string;
  presence: "available" | "busy" | "away" | "offline";
  capacity: number;
  openCases: number;
  languages: string[];
  /** Proficiency in the required skill (0 when the agent lacks it). */
  proficiency: number;
};

export type AssignmentNeed = { requiredSkill: string | null; minProficiency: number; locale: string };

/** Why each candidate was passed over: kept for "why is this case here". */
export function eligibility(agent: AgentCandidate, need: AssignmentNeed): "ok" | "offline" | "at_capacity" | "missing_skill" | "language" {
  if (agent.presence !== "available") return "offline";
  if (agent.openCases >= agent.capacity) return "at_capacity";
  if (need.requiredSkill && agent.proficiency < Math.max(1, need.minProficiency)) return "missing_skill";
  if (agent.languages.length > 0 && !agent.languages.includes(need.locale)) return "language";
  return "ok";
}

/**
 * Eligible agents, best first. least_load orders by the share of capacity in use (then the higher
 * proficiency); round_robin starts after the last agent assigned, in a stable order.
 */
export function rankAgents(candidates: AgentCandidate[], need: AssignmentNeed, strategy: "least_load" | "round_robin", lastAssignedUserId: string | null): AgentCandidate[] {
  const eligible = candidates.filter((a) => eligibility(a, need) === "ok");
  if (strategy === "round_robin") {
    const ring = [...eligible].sort((a, b) => a.userId.localeCompare(b.userId));
    const next = lastAssignedUserId ? ring.findIndex((a) => a.userId.localeCompare(lastAssignedUserId) > 0) : 0;
    const from = next < 0 ? 0 : next;
    return [...ring.slice(from), ...ring.slice(0, from)];
  }
  return [...eligible].sort(
    (a, b) => a.openCases / a.capacity - b.openCases / b.capacity || a.openCases - b.openCases || b.proficiency - a.proficiency || a.userId.localeCompare(b.userId),
  );
}

/** The agent to assign, or null when nobody eligible is free. */
export function chooseAgent(candidates: AgentCandidate[], need: AssignmentNeed, strategy: "least_load" | "round_robin", lastAssignedUserId: string | null): AgentCandidate | null {
  return rankAgents(candidates, need, strategy, lastAssignedUserId)[0] ?? null;
}
