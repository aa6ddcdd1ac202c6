import type { Database } from "@/db/client";
import type { JobQueue } from "@/server/jobs/queue";
import { onCaseStatusChanged } from "@/server/surveys/lifecycle";
import type { CaseRow } from "./queries";

export type StatusChange = { caseRow: CaseRow; from: CaseRow["status"]; to: CaseRow["status"]; now: Date };

/**
 * Called after every committed status change, whoever made it (agent, customer, an inbound message
 * reopening a resolved case): what happens after the case (the satisfaction survey) hangs on it.
 */
export async function afterStatusChange(db: Database, queue: JobQueue, change: StatusChange) {
  if (change.from === change.to) return;
  await onCaseStatusChanged(db, queue, change);
}
