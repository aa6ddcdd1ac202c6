/** The parts of a next-intl translator for `workspace.timeline` that an event's reason needs (client or server). */
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
