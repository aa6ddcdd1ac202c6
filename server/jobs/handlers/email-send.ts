import { deliverOutboxEmails } from "@/server/email";
import type { JobContext } from "../context";
import type { JobOutcome, JobPayload } from "../registry";

export default async function emailSend(context: JobContext, payloads: JobPayload<"email-send">[]): Promise<JobOutcome[]> {
  const outcomes = await deliverOutboxEmails(context.db, context.transport, { outboxIds: payloads.map((p) => p.outboxId), from: context.emailFrom, leaseSeconds: context.expireSeconds, queue: context.queue });
  return payloads.map((p) => {
    const outcome = outcomes.get(p.outboxId);
    return outcome && typeof outcome !== "string" ? outcome.retry : undefined;
  });
}
