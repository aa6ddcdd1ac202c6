import type { Database } from "@/db/client";
import { afterStatusChange } from "@/server/cases/lifecycle";
import { caseLinks } from "@/server/cases/links";
import * as caseQueries from "@/server/cases/queries";
import { enqueueEmail } from "@/server/email";
import type { JobQueue } from "@/server/jobs/queue";
import { assignCase } from "@/server/routing";
import { resumedDueDates, scheduleSlaChecks } from "@/server/sla";
import * as queries from "./queries";

const DAY = 86_400_000;

export type FollowUp = { caseId: string; action: "reopen" | "task"; csat: number; comment: string | null; responseId: string };

/**
 * The closed loop of a low score, inside the caller's transaction: the case is reopened as the system
 * (when the template says so and it is still resolved or closed) and a follow-up task for the queue
 * lead (else the case's agent) lands on the timeline. Returns what the caller must do after the commit.
 */
export async function startFollowUp(tx: Database, params: FollowUp, now: Date) {
  const row = await caseQueries.lockCase(tx, params.caseId);
  if (!row) return null;
  let caseRow = row;
  let reopenedFrom: caseQueries.CaseRow["status"] | null = null;
  if (params.action === "reopen" && (row.status === "resolved" || row.status === "closed")) {
    const changes: Partial<caseQueries.NewCase> = { status: "open", lastActivityAt: now, resolvedAt: null, closedAt: null };
    if (row.slaPausedAt) Object.assign(changes, { slaPausedAt: null }, await resumedDueDates(tx, row, now));
    await caseQueries.insertEvents(tx, [{ caseId: row.id, kind: "status", visibility: "public", author: "system", data: { from: row.status, to: "open", reason: "survey" }, createdAt: now }]);
    caseRow = (await caseQueries.updateCase(tx, row.id, changes))!;
    if (!caseRow.assigneeId && caseRow.queueId) {
      await assignCase(tx, { caseId: row.id, queueId: caseRow.queueId, requiredSkill: caseRow.requiredSkill, minProficiency: caseRow.minProficiency, locale: caseRow.locale, at: now });
      caseRow = (await caseQueries.findCaseById(tx, row.id))!;
    }
    reopenedFrom = row.status;
  }
  const lead = caseRow.queueId ? await queries.findQueueLeadUser(tx, caseRow.queueId) : null;
  const dueAt = new Date(now.getTime() + DAY);
  await caseQueries.insertEvents(tx, [
    {
      caseId: row.id,
      kind: "task",
      visibility: "internal",
      author: "system",
      data: { reason: `Low satisfaction score (CSAT ${params.csat}/5): contact the customer`, assigneeUserId: lead?.userId ?? caseRow.assigneeId, dueAt: dueAt.toISOString() },
      createdAt: now,
    },
  ]);
  return { caseRow, reopenedFrom, lead };
}

/** After the commit: the status hooks (SLA, survey lifecycle) and the email to the lead. */
export async function finishFollowUp(db: Database, queue: JobQueue, outcome: NonNullable<Awaited<ReturnType<typeof startFollowUp>>>, params: FollowUp, now: Date) {
  const { caseRow, reopenedFrom, lead } = outcome;
  if (reopenedFrom) {
    await scheduleSlaChecks(db, queue, caseRow, now);
    await afterStatusChange(db, queue, { caseRow, from: reopenedFrom, to: "open", now });
  }
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
      isReopened: !!reopenedFrom,
      comment: params.comment,
      url: caseLinks(caseRow).agentUrl,
    },
  });
}
