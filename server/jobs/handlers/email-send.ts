import { deliverOutboxEmail } from "@/server/email";
import type { JobContext } from "../context";
import type { JobPayload } from "../registry";

export default async function emailSend(context: JobContext, payload: JobPayload<"email-send">) {
  await deliverOutboxEmail(context.db, context.transport, { outboxId: payload.outboxId, from: context.emailFrom, leaseSeconds: context.expireSeconds, queue: context.queue });
}
