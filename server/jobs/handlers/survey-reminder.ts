import { sendSurveyReminder } from "@/server/surveys";
import type { JobContext } from "../context";
import type { JobPayload } from "../registry";

export default async function surveyReminder(context: JobContext, payload: JobPayload<"survey-reminder">) {
  await sendSurveyReminder(context.db, context.queue, payload.invitationId);
}
