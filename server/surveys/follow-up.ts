import type { Database } from "@/db/client";
import { afterStatusChangeCommitted, writeStatusChange, type WrittenStatusChange } from "@/server/cases/actions";
import { caseLinks } from "@/server/cases/links";
import * as caseQueries from "@/server/cases/queries";
import { enqueueEmail } from "@/server/email";
import type { JobQueue } from "@/server/jobs/queue";
import * as queries from "./queries";

const DAY = 86_400_000;

export type FollowUp = { caseId: string; action: "reopen" | "task"; csat: number; comment: string | null; responseId: string };

/**
 * The closed loop of a low score, inside the caller's transaction (the answer and the reopening commit
 * together or not at all): when the template says so and the case is still resolved or closed, it is
 * reopened by the one status change every reopening goes through (SLA resumed, routing, timeline, the
 * customer's email after the commit), as the system, for the survey. A follow-up task for the queue
 * lead (else the case's agent) lands on the timeline. Returns what the caller must do after the commit.
 */
export async function startFollowUp(tx: Database, params: FollowUp, now: Date) {
  const row = await caseQueries.lockCase(tx, params.caseId);
  if (!row) return null;
  let caseRow = row;
  let reopened: WrittenStatusChange | null = null;
  if (params.action === "reopen" && (row.status === "resolved" || row.status === "closed")) {
    reopened = await writeStatusChange(tx, { caseId: row.id, to: "open", author: "system", authorUserId: null, reason: "survey" }, now);
    caseRow = reopened.row;
  }
  const lead = caseRow.queueId ? await queries.findQueueLeadUser(tx, caseRow.queueId) : null;
  const dueAt = new Date(now.getTime() + DAY);
  await caseQueries.insertEvents(tx, [
    {
      caseId: row.id,
      kind: "task",
      visibility: "internal",
      author: "system",
      data: { reasonCode: "lowCsat", csat: params.csat, assigneeUserId: lead?.userId ?? caseRow.assigneeId, dueAt: dueAt.toISOString() },
      createdAt: now,
    },
  ]);
  return { caseRow, reopened, lead };
}

/** After the commit: what follows the reopening (SLA checks, the customer's email, survey lifecycle) and the email to the lead. */
export async function finishFollowUp(db: Database, queue: JobQueue, outcome: NonNullable<Awaited<ReturnType<typeof startFollowUp>>>, params: FollowUp, now: Date) {
  const { caseRow, reopened, lead } = outcome;
  if (reopened) await afterStatusChangeCommitted(db, queue, reopened, now);
  if (!lead) return;
  await enqueueEmail(db, queue, {
    idempotencyKey: `survey-follow-up/${params.responseId}`,
    to: lead.email,
    locale: lead.locale,
    template: "survey-follow-up",
    props: {
      locale: lead.locale,
      caseNumber: caseRow.number,
      caseSubject: caseRow.subject,
      customerName: (await queries.findCustomerName(db, caseRow.customerId)) ?? "",
      csat: params.csat,
      isReopened: !!reopened?.changed,
      comment: params.comment,
      url: caseLinks(caseRow).agentUrl,
    },
  });
}
