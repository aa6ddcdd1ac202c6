import type { Database } from "@/db/client";
import { dispatchEmail, findOutboxRowByKey, recordEmail, recordEmails, sendRecordedEmails, type EmailDelivery, type EmailRequest } from "@/server/email";
import { env } from "@/server/env";
import type { Locale } from "@/server/i18n/config";
import type { JobQueue } from "@/server/jobs/queue";
import * as queries from "./queries";
import { signSurveyToken } from "./tokens";

const DAY = 86_400_000;
export const surveyEmailKey = (caseId: string) => `survey/${caseId}`;
const reminderEmailKey = (caseId: string) => `survey-reminder/${caseId}`;

export function surveyUrl(locale: string, token: string) {
  return `${env.APP_URL.replace(/\/$/, "")}/${locale}/survey/${encodeURIComponent(token)}`;
}

export type SendResult = "missing" | "sent" | "skipped" | "cancelled";
type Sendable = { context: queries.SendContext; template: queries.TemplateRow; email: string; expiresAt: Date };

/**
 * The survey-send job, for a batch of invitations. Exactly once per case, however often a job runs:
 * the invitations move from scheduled to sent in the same transaction that records their outbox
 * messages (key survey/<case id>), and the messages are handed over after the commit: sent by this
 * worker when it passes `delivery`, else through email-send jobs. A run after a crash between the
 * commit and the hand-over finds a message still queued and dispatches it. Skips (and
 * says why) a customer who opted out, an address that bounced or complained, a customer without email;
 * cancels when the case was reopened meanwhile. The common case costs a handful of statements per
 * batch, not per invitation.
 */
export async function sendSurveyInvitations(db: Database, queue: JobQueue, invitationIds: string[], now = new Date(), delivery?: EmailDelivery): Promise<Map<string, SendResult>> {
  const results = new Map<string, SendResult>(invitationIds.map((id) => [id, "missing"]));
  const sendable: Sendable[] = [];
  for (const context of await queries.findSendContexts(db, invitationIds)) {
    const triaged = await triage(db, queue, context, now);
    if (typeof triaged === "string") results.set(context.invitation.id, triaged);
    else sendable.push(triaged);
  }
  if (sendable.length === 0) return results;
  const recorded = await db.transaction(async (tx) => {
    const claimed = await queries.markInvitationsSent(tx, sendable.map((s) => ({ id: s.context.invitation.id, email: s.email, expiresAt: s.expiresAt })), now);
    const toRecord = sendable.filter((s) => claimed.has(s.context.invitation.id));
    const outboxIds = await recordEmails(
      tx,
      toRecord.map((s) => surveyEmail({ kind: "invitation", key: surveyEmailKey(s.context.caseRow.id), to: s.email, invitationId: s.context.invitation.id, locale: s.context.invitation.locale, caseRow: s.context.caseRow, question: s.template.csatQuestion, expiresAt: s.expiresAt, timeZone: s.context.timeZone })),
    );
    return toRecord.flatMap((s) => {
      const outboxId = outboxIds.get(surveyEmailKey(s.context.caseRow.id));
      return outboxId ? [{ ...s, outboxId }] : [];
    });
  });
  // Reminders before the sends: a crash during the sends must not lose them.
  await scheduleReminders(queue, recorded.flatMap((r) => (r.template.reminderDays > 0 ? [{ invitationId: r.context.invitation.id, caseId: r.context.caseRow.id, at: new Date(now.getTime() + r.template.reminderDays * DAY) }] : [])));
  await sendRecordedEmails(db, queue, recorded.map((r) => r.outboxId), delivery);
  const sent = new Set(recorded.map((r) => r.context.invitation.id));
  for (const s of sendable) results.set(s.context.invitation.id, sent.has(s.context.invitation.id) ? "sent" : "skipped");
  return results;
}

/** One invitation (see sendSurveyInvitations). */
export async function sendSurveyInvitation(db: Database, queue: JobQueue, invitationId: string, now = new Date()): Promise<SendResult> {
  return (await sendSurveyInvitations(db, queue, [invitationId], now)).get(invitationId)!;
}

/** Decides one invitation of a batch: ready to send, or settled here (the rare paths, one at a time). */
async function triage(db: Database, queue: JobQueue, context: queries.SendContext, now: Date): Promise<Sendable | SendResult> {
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
  const email = context.email;
  const skipReason = !template ? "noTemplate" : !email ? "noEmail" : context.isOptedOut ? "optedOut" : context.isSuppressed ? "suppressed" : null;
  if (skipReason || !template || !email) {
    await queries.transitionInvitation(db, invitation.id, ["scheduled"], { status: "skipped", skipReason });
    return "skipped";
  }
  return { context, template, email, expiresAt: new Date(now.getTime() + template.validDays * DAY) };
}

/** The survey-reminder job: one reminder, only if still unanswered, not expired, the case still resolved or closed, not opted out and the address not suppressed. */
export async function sendSurveyReminder(db: Database, queue: JobQueue, invitationId: string, now = new Date()) {
  const [context] = await queries.findSendContexts(db, [invitationId]);
  if (!context) return "missing";
  const { invitation, caseRow, template } = context;
  if (invitation.status !== "sent" || !invitation.email || !invitation.expiresAt || invitation.expiresAt <= now || !template) return "skipped";
  if (invitation.remindedAt) return (await redispatch(db, queue, reminderEmailKey(caseRow.id))) ? "sent" : "skipped";
  // A case reopened since the survey went out is being worked on again: no nudge to rate it now.
  if (caseRow.status !== "resolved" && caseRow.status !== "closed") return "skipped";
  if (context.isOptedOut || context.isSuppressed) return "skipped";
  const expiresAt = invitation.expiresAt;
  const email = invitation.email;
  const timeZone = context.timeZone;
  const outboxId = await db.transaction(async (tx) => {
    if (!(await queries.claimReminder(tx, invitation.id, now))) return null;
    return recordEmail(tx, surveyEmail({ kind: "reminder", key: reminderEmailKey(caseRow.id), to: email, invitationId: invitation.id, locale: invitation.locale, caseRow, question: template.csatQuestion, expiresAt, timeZone }));
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

const scheduleReminder = (queue: JobQueue, invitationId: string, caseId: string, at: Date) => scheduleReminders(queue, [{ invitationId, caseId, at }]);

async function scheduleReminders(queue: JobQueue, reminders: { invitationId: string; caseId: string; at: Date }[]) {
  const jobs = reminders.map((r) => ({ payload: { invitationId: r.invitationId }, options: { startAfter: r.at, singletonKey: reminderEmailKey(r.caseId) } }));
  if (queue.sendMany) await queue.sendMany("survey-reminder", jobs);
  else for (const job of jobs) await queue.send("survey-reminder", job.payload, job.options);
}

/** Building a date formatter costs more than formatting: one per locale and time zone. */
const expiryFormats = new Map<string, Intl.DateTimeFormat>();
function formatExpiry(locale: string, timeZone: string, date: Date) {
  const key = `${locale}|${timeZone}`;
  let format = expiryFormats.get(key);
  if (!format) expiryFormats.set(key, (format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone })));
  return format.format(date);
}

/** The survey email for the outbox, with its signed link and the expiry in the customer's time zone. */
function surveyEmail(params: {
  kind: "invitation" | "reminder";
  key: string;
  to: string;
  invitationId: string;
  locale: Locale;
  caseRow: { number: string; subject: string };
  question: string;
  expiresAt: Date;
  timeZone: string | null;
}): EmailRequest<"survey-invitation"> {
  const token = signSurveyToken(params.invitationId, params.expiresAt);
  return {
    idempotencyKey: params.key,
    to: params.to,
    locale: params.locale,
    template: "survey-invitation",
    props: {
      locale: params.locale,
      kind: params.kind,
      caseNumber: params.caseRow.number,
      caseSubject: params.caseRow.subject,
      question: params.question,
      surveyUrl: surveyUrl(params.locale, token),
      expiresOn: formatExpiry(params.locale, params.timeZone ?? queries.DEFAULT_TIME_ZONE, params.expiresAt),
    },
  };
}
