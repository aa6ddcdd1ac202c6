import type { Database } from "@/db/client";
import { surveyTemplates } from "@/db/schema";
import type { SaveTemplateInput } from "@/server/surveys/schemas";

/** A survey template the admin procedures read and update (updating it again is harmless). */
export type SurveysWorld = { templateId: string };

export async function arrangeSurveysWorld(db: Database): Promise<SurveysWorld> {
  const [row] = await db
    .insert(surveyTemplates)
    .values({ name: "Matrix template", category: "other", locale: "it", csatQuestion: "Soddisfatto?", cesQuestion: "Facile?", delayMinutes: 0 })
    .onConflictDoUpdate({ target: [surveyTemplates.category, surveyTemplates.locale], set: { name: "Matrix template" } })
    .returning({ id: surveyTemplates.id });
  return { templateId: row!.id };
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
