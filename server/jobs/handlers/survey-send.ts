import { sendSurveyInvitation } from "@/server/surveys";
import type { JobContext } from "../context";
import type { JobPayload } from "../registry";

export default async function surveySend(context: JobContext, payload: JobPayload<"survey-send">) {
  await sendSurveyInvitation(context.db, context.queue, payload.invitationId);
}
