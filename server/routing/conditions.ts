import type { RuleCondition } from "@/db/schema";

export type Level = "low" | "medium" | "high";
export type Priority = "low" | "normal" | "high" | "urgent";
export type Tier = "none" | "standard" | "premium" | "enterprise";

/** What routing rules and SLA policies may test: the facts of a case at intake. */
export type CaseFacts = {
  channel: string;
  category: string;
  locale: string;
  tier: Tier;
  isVip: boolean;
  complexity: Level;
  severity: Level;
  effort: Level;
  organizationId: string | null;
  priority: Priority;
};

// Ordered scales, so "atLeast" reads the way people write rules ("severity at least medium").
const scales: Record<string, readonly string[]> = {
  complexity: ["low", "medium", "high"],
  severity: ["low", "medium", "high"],
  effort: ["low", "medium", "high"],
  priority: ["low", "normal", "high", "urgent"],
  tier: ["none", "standard", "premium", "enterprise"],
};

function factValue(facts: CaseFacts, field: RuleCondition["field"]): string {
  const value = facts[field];
  if (typeof value === "boolean") return value ? "true" : "false";
  return value ?? "";
}

export function conditionHolds(condition: RuleCondition, facts: CaseFacts): boolean {
  const value = factValue(facts, condition.field);
  switch (condition.op) {
    case "in":
      return condition.values.includes(value);
    case "notIn":
      return !condition.values.includes(value);
    case "atLeast": {
      const scale = scales[condition.field];
      const threshold = condition.values[0];
      if (!scale || threshold === undefined) return false;
      const rank = scale.indexOf(value);
      const min = scale.indexOf(threshold);
      return rank >= 0 && min >= 0 && rank >= min;
    }
  }
}

/** An empty list matches every case (a catch-all rule or default policy). */
export function conditionsHold(conditions: RuleCondition[], facts: CaseFacts, match: "all" | "any" = "all"): boolean {
  if (conditions.length === 0) return true;
  return match === "all" ? conditions.every((c) => conditionHolds(c, facts)) : conditions.some((c) => conditionHolds(c, facts));
}
