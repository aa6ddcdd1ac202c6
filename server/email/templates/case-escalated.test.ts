import { describe, expect, it } from "vitest";
import { eventReason } from "@/server/routing/reasons";
import { renderEmail } from "../index";
import { caseEscalatedEmail } from "./case-update";

const base = { number: "C-1042", subject: "Parcel never arrived", url: "http://localhost:3999/agent/cases/C-1042" };

describe("the escalation email", () => {
  it("says the breached target and the new priority in the lead's language", async () => {
    // What escalate() records for a first-response breach, checked as the outbox checks it.
    const props = caseEscalatedEmail.props.parse({ locale: "fr", ...base, ...eventReason("slaBreached", { metric: "firstResponse" }), priority: "high" });
    const { subject, text, html } = await renderEmail("case-escalated", "fr", props);
    expect(subject).toBe("[C-1042] Escalade : Parcel never arrived");
    expect(text).toContain("Motif : délai de première réponse dépassé. Priorité désormais : Haute.");
    for (const raw of ["firstResponse", "breached", "high"]) {
      expect(text).not.toContain(raw);
      expect(html).not.toContain(raw);
    }
  });

  it("falls back to the English reason for a message recorded before reason codes", async () => {
    const { text } = await renderEmail("case-escalated", "it", { locale: "it", ...base, reason: "resolution breached", priority: "urgent" });
    expect(text).toContain("Motivo: resolution breached. Priorità attuale: Urgente.");
  });
});
