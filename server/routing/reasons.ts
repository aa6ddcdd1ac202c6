import type { SlaMetric } from "@/server/sla";

/**
 * Why the system or an agent routed, assigned or escalated a case, as a code the timeline says in the reader's
 * language. Events keep `reason` in English too, for exports and logs; older events have only that.
 */
export const eventReasonCodes = [
  "ruleMatched",
  "noRuleMatched",
  "assignedByStrategy",
  "noEligibleAgent",
  "agentOffline",
  "agentOverCapacity",
  "takenByAgent",
  "assignedByAgent",
  "movedByAgent",
  "slaBreached",
] as const;
export type EventReasonCode = (typeof eventReasonCodes)[number];

export type EventReason = { reason: string; reasonCode: EventReasonCode; reasonParams?: Record<string, string | number> };

/** The values each code takes (`reasonParams`, stored; see `english` for what only the English text uses). */
type ReasonParams = {
  ruleMatched: { position: number; rule: string; conditions: string };
  noRuleMatched: undefined;
  assignedByStrategy: { strategy: string; queue: string };
  noEligibleAgent: undefined;
  agentOffline: undefined;
  agentOverCapacity: undefined;
  takenByAgent: undefined;
  assignedByAgent: undefined;
  movedByAgent: undefined;
  slaBreached: { metric: SlaMetric };
};

/**
 * Each reason's English text (the `reason` kept beside the code). The translated text lives in the
 * messages, under `workspace.timeline.reasons`. A rule's conditions only go into the English text.
 */
const english: { [C in EventReasonCode]: (params: ReasonParams[C]) => { text: string; stored?: Record<string, string | number> } } = {
  ruleMatched: ({ position, rule, conditions }) => ({ text: `rule #${position} "${rule}" matched: ${conditions}`, stored: { position, rule } }),
  noRuleMatched: () => ({ text: "no rule matched: fallback queue" }),
  assignedByStrategy: (p) => ({ text: `assigned by ${p.strategy} in ${p.queue}`, stored: p }),
  noEligibleAgent: () => ({ text: "no eligible agent is free: waiting in queue" }),
  agentOffline: () => ({ text: "agent went offline" }),
  agentOverCapacity: () => ({ text: "agent over capacity" }),
  takenByAgent: () => ({ text: "taken by the agent" }),
  assignedByAgent: () => ({ text: "assigned by an agent" }),
  movedByAgent: () => ({ text: "moved by an agent" }),
  slaBreached: (p) => ({ text: `${p.metric} breached`, stored: p }),
};

/** An event's reason: its code, the code's values and the English text, as routing, assignment and escalation events store them. */
export function eventReason<C extends EventReasonCode>(code: C, ...[params]: ReasonParams[C] extends undefined ? [] : [ReasonParams[C]]): EventReason {
  const { text, stored } = english[code](params as ReasonParams[C]);
  return stored ? { reason: text, reasonCode: code, reasonParams: stored } : { reason: text, reasonCode: code };
}

/** The parts of a next-intl translator for `workspace.timeline` that an event's reason needs (browser, page or email). */
type ReasonTranslator = { has: (key: never) => boolean; (key: never, values?: never): string };

/**
 * Why an event happened, in the reader's language: routing and assignment events carry a reason
 * code and its values; older events (and reasons an agent typed) only their text.
 */
export function eventReasonText(t: ReasonTranslator, data: Record<string, unknown>): string | null {
  const code = typeof data.reasonCode === "string" ? `reasons.${data.reasonCode}` : null;
  const values = typeof data.reasonParams === "object" && data.reasonParams ? data.reasonParams : {};
  if (code && t.has(code as never)) return t(code as never, values as never);
  return typeof data.reason === "string" && data.reason ? data.reason : null;
}
