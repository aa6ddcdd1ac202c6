import type { Database } from "@/db/client";
import { surveyTemplates } from "@/db/schema";

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
