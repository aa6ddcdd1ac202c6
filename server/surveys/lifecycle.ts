import type { Database } from "@/db/client";
import type { StatusChange } from "@/server/cases/lifecycle";
import type { JobQueue } from "@/server/jobs/queue";
import * as queries from "./queries";

const ended = ["resolved", "closed"];
const MINUTE = 60_000;

/**
 * Resolving a case schedules its one survey (template delay, job keyed by case); reopening it before
 * the email left cancels the survey, and resolving it again re-arms the same invitation. A case closed
 * without being resolved (the customer withdrew it, an agent closed spam or a duplicate) gets no
 * survey: there was no service to rate, and asking would skew CSAT. Closing a resolved case keeps the
 * survey already scheduled.
 */
export async function onCaseStatusChanged(db: Database, queue: JobQueue, change: StatusChange) {
  const { caseRow, from, to, now } = change;
  if (to === "resolved") {
    const template = await queries.findTemplateFor(db, { category: caseRow.category, locale: caseRow.locale });
    if (!template) return;
    const scheduledFor = new Date(now.getTime() + template.delayMinutes * MINUTE);
    const invitation =
      (await queries.insertInvitation(db, { caseId: caseRow.id, customerId: caseRow.customerId, templateId: template.id, locale: template.locale ?? caseRow.locale, scheduledFor, createdAt: now })) ??
      (await rearm(db, caseRow.id, scheduledFor));
    if (invitation) await queue.send("survey-send", { invitationId: invitation.id }, { startAfter: scheduledFor, singletonKey: `survey/${caseRow.id}` });
    return;
  }
  if (ended.includes(from) && !ended.includes(to)) {
    const invitation = await queries.findInvitationByCase(db, caseRow.id);
    if (invitation) await queries.transitionInvitation(db, invitation.id, ["scheduled"], { status: "cancelled" });
  }
}

async function rearm(db: Database, caseId: string, scheduledFor: Date) {
  const invitation = await queries.findInvitationByCase(db, caseId);
  return invitation ? queries.transitionInvitation(db, invitation.id, ["cancelled"], { status: "scheduled", scheduledFor }) : null;
}
