import { sendSurveyInvitations } from "@/server/surveys";
import type { JobContext } from "../context";
import type { JobOutcome, JobPayload } from "../registry";

/** Any failure throws and fails the whole batch: every step is idempotent, so the retry is safe. */
export default async function surveySend(context: JobContext, payloads: JobPayload<"survey-send">[]): Promise<JobOutcome[]> {
  await sendSurveyInvitations(context.db, context.queue, payloads.map((p) => p.invitationId));
  return payloads.map(() => undefined);
}
