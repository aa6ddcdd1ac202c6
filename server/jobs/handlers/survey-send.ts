import { sendSurveyInvitations } from "@/server/surveys";
import type { JobContext } from "../context";
import type { JobOutcome, JobPayload } from "../registry";

/**
 * Any failure throws and fails the whole batch: every step is idempotent, so the retry is safe. The
 * worker sends the batch's emails itself (no email-send job each, unless one must be retried).
 */
export default async function surveySend(context: JobContext, payloads: JobPayload<"survey-send">[]): Promise<JobOutcome[]> {
  const delivery = { transport: context.transport, from: context.emailFrom, leaseSeconds: context.expireSeconds };
  await sendSurveyInvitations(context.db, context.queue, payloads.map((p) => p.invitationId), new Date(), delivery);
  return payloads.map(() => undefined);
}
