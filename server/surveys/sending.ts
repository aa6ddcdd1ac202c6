import type { Database } from "@/db/client";
import { findCustomerFacts } from "@/server/cases/queries";
import { dispatchEmail, findOutboxRowByKey, recordEmail } from "@/server/email";
import { env } from "@/server/env";
import type { JobQueue } from "@/server/jobs/queue";
import * as queries from "./queries";
import { signSurveyToken } from "./tokens";

const DAY = 86_400_000;
export const surveyEmailKey = (caseId: string) => `survey/${caseId}`;
const reminderEmailKey = (caseId: string) => `survey-reminder/${caseId}`;

export function surveyUrl(locale: string, token: string) {
  return `${env.APP_URL.replace(/\/$/, "")}/${locale}/survey/${encodeURIComponent(token)}`;
}

/**
 * The survey-send job. Exactly once per case, however often the job runs: the invitation moves from
 * scheduled to sent in the same transaction that records the outbox message (key survey/<case id>),
 * and the message is dispatched after the commit. A run after a crash between the commit and the
 * dispatch finds the message still queued and dispatches it. Skips (and says why) a customer who opted
 * out, an address that bounced or complained, a customer without email; cancels when the case was
 * reopened meanwhile.
 */
export async function sendSurveyInvitation(db: Database, queue: JobQueue, invitationId: string, now = new Date()) {
  const context = await queries.findInvitationContext(db, invitationId);
  if (!context) return "missing";
  const { invitation, caseRow } = context;
  if (invitation.status === "sent") return (await redispatch(db, queue, surveyEmailKey(caseRow.id), invitation)) ? "sent" : "skipped";
  if (invitation.status !== "scheduled") return "skipped";
  // A job from before a reopen and a new resolution: the re-armed invitation has its own, later job.
  if (invitation.scheduledFor.getTime() > now.getTime() + 1000) return "skipped";
  if (caseRow.status !== "resolved" && caseRow.status !== "closed") {
    await queries.transitionInvitation(db, invitation.id, ["scheduled"], { status: "cancelled" });
    return "cancelled";
  }
  const template = context.template ?? (await queries.findTemplateFor(db, { category: caseRow.category, locale: caseRow.locale }));
  const facts = await findCustomerFacts(db, caseRow.customerId, now.toISOString().slice(0, 10));
  const skipReason = !template ? "noTemplate" : !facts?.email ? "noEmail" : (await queries.isOptedOut(db, caseRow.customerId)) ? "optedOut" : (await queries.isAddressSuppressed(db, facts.email)) ? "suppressed" : null;
  if (skipReason || !template || !facts?.email) {
    await queries.transitionInvitation(db, invitation.id, ["scheduled"], { status: "skipped", skipReason });
    return "skipped";
  }
  const email = facts.email;
  const expiresAt = new Date(now.getTime() + template.validDays * DAY);
  const outboxId = await db.transaction(async (tx) => {
    const claimed = await queries.transitionInvitation(tx, invitation.id, ["scheduled"], { status: "sent", sentAt: now, expiresAt, email });
    if (!claimed) return null;
    return recordSurveyEmail(tx, { kind: "invitation", key: surveyEmailKey(caseRow.id), to: email, invitation, caseRow, question: template.csatQuestion, expiresAt });
  });
  if (!outboxId) return "skipped";
  await dispatchEmail(queue, outboxId);
  if (template.reminderDays > 0) await scheduleReminder(queue, invitation.id, caseRow.id, new Date(now.getTime() + template.reminderDays * DAY));
  return "sent";
}

/** The survey-reminder job: one reminder, only if still unanswered, not expired and not opted out. */
export async function sendSurveyReminder(db: Database, queue: JobQueue, invitationId: string, now = new Date()) {
  const context = await queries.findInvitationContext(db, invitationId);
  if (!context) return "missing";
  const { invitation, caseRow, template } = context;
  if (invitation.status !== "sent" || !invitation.email || !invitation.expiresAt || invitation.expiresAt <= now || !template) return "skipped";
  if (invitation.remindedAt) return (await redispatch(db, queue, reminderEmailKey(caseRow.id))) ? "sent" : "skipped";
  if (await queries.isOptedOut(db, caseRow.customerId)) return "skipped";
  const expiresAt = invitation.expiresAt;
  const email = invitation.email;
  const outboxId = await db.transaction(async (tx) => {
    if (!(await queries.claimReminder(tx, invitation.id, now))) return null;
    return recordSurveyEmail(tx, { kind: "reminder", key: reminderEmailKey(caseRow.id), to: email, invitation, caseRow, question: template.csatQuestion, expiresAt });
  });
  if (!outboxId) return "skipped";
  await dispatchEmail(queue, outboxId);
  return "sent";
}

/** Dispatches a recorded message whose job may have been lost (a crash right after the commit). */
async function redispatch(db: Database, queue: JobQueue, key: string, invitation?: queries.InvitationRow) {
  const row = await findOutboxRowByKey(db, key);
  if (!row || row.status !== "queued" || row.claimedAt) return false;
  await dispatchEmail(queue, row.id);
  const template = invitation?.templateId ? await queries.findTemplate(db, invitation.templateId) : null;
  if (invitation?.sentAt && template && template.reminderDays > 0) await scheduleReminder(queue, invitation.id, invitation.caseId, new Date(invitation.sentAt.getTime() + template.reminderDays * DAY));
  return true;
}

const scheduleReminder = (queue: JobQueue, invitationId: string, caseId: string, at: Date) => queue.send("survey-reminder", { invitationId }, { startAfter: at, singletonKey: reminderEmailKey(caseId) });

/** The survey email in the outbox, with its signed link and the expiry in the customer's time zone. */
async function recordSurveyEmail(
  tx: Database,
  params: { kind: "invitation" | "reminder"; key: string; to: string; invitation: queries.InvitationRow; caseRow: { number: string; subject: string; customerId: string }; question: string; expiresAt: Date },
) {
  const { invitation, caseRow, expiresAt } = params;
  const token = signSurveyToken(invitation.id, expiresAt);
  const timeZone = await queries.findTimeZone(tx, caseRow.customerId);
  return recordEmail(tx, {
    idempotencyKey: params.key,
    to: params.to,
    locale: invitation.locale,
    template: "survey-invitation",
    props: {
      locale: invitation.locale,
      kind: params.kind,
      caseNumber: caseRow.number,
      caseSubject: caseRow.subject,
      question: params.question,
      surveyUrl: surveyUrl(invitation.locale, token),
      expiresOn: new Intl.DateTimeFormat(invitation.locale, { dateStyle: "long", timeZone }).format(expiresAt),
    },
  });
}
