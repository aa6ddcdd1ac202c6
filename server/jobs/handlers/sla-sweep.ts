import { checkCaseSla } from "@/server/cases";
import { listCasesDueBy } from "@/server/sla";
import type { JobContext } from "../context";

/** The safety net behind the per-case checks (a job lost or scheduled before a restart). */
export default async function slaSweep(context: JobContext) {
  const now = new Date();
  for (const { id } of await listCasesDueBy(context.db, now, 200)) await checkCaseSla(context.db, context.queue, id, now);
}
