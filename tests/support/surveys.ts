import type { Database } from "@/db/client";
import { surveyInvitations, surveyTemplates } from "@/db/schema";
import { createCase } from "@/server/cases";
import type { JobQueue } from "@/server/jobs/queue";
import type { SaveTemplateInput } from "@/server/surveys/schemas";
import { signSurveyToken } from "@/server/surveys/tokens";
import type { ArrangedCustomer } from "./arrange";

export type SurveysWorld = {
  /** A template the admin procedures read and update (updating it again is harmless). */
  templateId: string;
  /** A template for surveys.deleteTemplate: only the admin's call deletes it, once. */
  deletableTemplateId: string;
  /** The link of a survey sent to customer A, for the public survey procedures (anyone holding it may answer). */
  surveyToken: string;
};

const DAY = 86_400_000;

export async function arrangeSurveysWorld(db: Database, queue: JobQueue, customerA: ArrangedCustomer): Promise<SurveysWorld> {
  const upsertTemplate = async (name: string, locale: "it" | "fr") => {
    const [row] = await db
      .insert(surveyTemplates)
      .values({ name, category: "other", locale, csatQuestion: "Soddisfatto?", cesQuestion: "Facile?", delayMinutes: 0 })
      .onConflictDoUpdate({ target: [surveyTemplates.category, surveyTemplates.locale], set: { name } })
      .returning({ id: surveyTemplates.id });
    return row!.id;
  };
  const templateId = await upsertTemplate("Matrix template", "it");
  const deletableTemplateId = await upsertTemplate("Matrix template to delete", "fr");
  const surveyed = await createCase(db, queue, { customerId: customerA.customerId, channel: "portal", category: "other", subject: "surveyed", description: "A case whose survey was sent" }, { notify: false });
  const now = new Date();
  const expiresAt = new Date(now.getTime() + 14 * DAY);
  const [invitation] = await db
    .insert(surveyInvitations)
    .values({ caseId: surveyed.id, customerId: customerA.customerId, templateId, locale: "it", status: "sent", scheduledFor: now, sentAt: now, email: customerA.email, expiresAt })
    .returning({ id: surveyInvitations.id });
  return { templateId, deletableTemplateId, surveyToken: signSurveyToken(invitation!.id, expiresAt) };
}

/** What an admin saves for the default template (every category and language), with a test's own settings. */
export const surveyTemplateInput = (overrides: Partial<SaveTemplateInput> = {}): SaveTemplateInput => ({
  id: null,
  name: "Default",
  category: null,
  locale: null,
  csatQuestion: "How satisfied are you?",
  cesQuestion: "How easy was it?",
  questions: [],
  delayMinutes: 0,
  reminderDays: 0,
  validDays: 14,
  lowScoreThreshold: 2,
  lowScoreAction: "reopen",
  ...overrides,
});

/** Case-specific questions for tests: one asked only on a low score, one choice. */
export const followUpQuestions: SaveTemplateInput["questions"] = [
  { id: "what-went-wrong", kind: "text", label: "What went wrong?", onlyIfLowScore: true },
  { id: "channel", kind: "choice", label: "Best way to reach you?", options: ["Email", "Phone"] },
];
