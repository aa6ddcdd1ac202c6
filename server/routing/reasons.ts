/**
 * Why the system or an agent routed, assigned or escalated a case, as a code the timeline says in the reader's
 * language. Events keep `reason` in English too, for exports and logs; older events have only that.
 */
export type EventReasonCode =
  | "ruleMatched"
  | "noRuleMatched"
  | "assignedByStrategy"
  | "noEligibleAgent"
  | "agentOffline"
  | "agentOverCapacity"
  | "takenByAgent"
  | "assignedByAgent"
  | "movedByAgent"
  | "slaBreached";

export type EventReason = { reason: string; reasonCode: EventReasonCode; reasonParams?: Record<string, string | number> };
