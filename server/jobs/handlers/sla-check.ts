import { checkCaseSla } from "@/server/cases";
import type { JobContext } from "../context";
import type { JobPayload } from "../registry";

export default async function slaCheck(context: JobContext, payload: JobPayload<"sla-check">) {
  await checkCaseSla(context.db, context.queue, payload.caseId, new Date());
}
