import { describe, expect, it } from "vitest";
import { locales } from "@/server/i18n/config";
import { translator } from "@/server/i18n/messages";
import { eventReason, eventReasonCodes } from "./reasons";

describe("eventReason", () => {
  it("stores the code, its values and the English text, as events always have", () => {
    expect(eventReason("ruleMatched", { position: 2, rule: "VIP", conditions: "tier in gold" })).toEqual({ reason: 'rule #2 "VIP" matched: tier in gold', reasonCode: "ruleMatched", reasonParams: { position: 2, rule: "VIP" } });
    expect(eventReason("assignedByStrategy", { strategy: "round_robin", queue: "Billing" })).toEqual({ reason: "assigned by round_robin in Billing", reasonCode: "assignedByStrategy", reasonParams: { strategy: "round_robin", queue: "Billing" } });
    expect(eventReason("slaBreached", { metric: "firstResponse" })).toEqual({ reason: "firstResponse breached", reasonCode: "slaBreached", reasonParams: { metric: "firstResponse" } });
    expect(eventReason("noEligibleAgent")).toEqual({ reason: "no eligible agent is free: waiting in queue", reasonCode: "noEligibleAgent" });
  });

  it.each(locales)("every code has its text in %s", (locale) => {
    const t = translator(locale, "workspace");
    for (const code of eventReasonCodes) expect(t.has(`timeline.reasons.${code}`), code).toBe(true);
  });
});
