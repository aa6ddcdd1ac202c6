import { requeueStrandedEmails } from "@/server/email";
import type { JobContext } from "../context";

export default async function emailSweep(context: JobContext) {
  await requeueStrandedEmails(context.db, context.queue, context.expireSeconds);
}
