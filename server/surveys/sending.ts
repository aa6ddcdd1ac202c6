import { sql } from "drizzle-orm";
import { preparedStatement, type Database } from "@/db/client";
import { emailOutbox, surveyInvitations } from "@/db/schema";
import { claimedOutboxColumns, dispatchEmail, dispatchEmails, findOutboxRowByKey, outboxRow, recordEmail, sendClaimedEmails, type ClaimedOutboxRow, type EmailDelivery, type EmailRequest } from "@/server/email";
import { env } from "@/server/env";
import type { Locale } from "@/server/i18n/config";
import type { JobQueue } from "@/server/jobs/queue";
import * as queries from "./queries";
import { invitationTemplate } from "./templates";
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
 * Moves scheduled invitations to sent (each with its address and expiry) and records their outbox
 * messages, in one statement, so both happen or neither. An invitation another run moved first gets
 * no message, nor does a key that already has one. With `claim`, the messages are recorded already
 * claimed (status sending, attempts 1) by the worker that is about to send them. Returns the new
 * messages as a claim does. Lives here rather than in ./queries because it writes the email outbox too.
 */
const recordInvitationsSent = preparedStatement<ClaimedOutboxRow, { sentAt: string; claim: boolean; rows: string }>(
  "record-survey-invitations-sent",
  sql`with v as (
      select * from jsonb_to_recordset(${sql.placeholder("rows")}::text::jsonb)
        as v(invitation_id uuid, email text, expires_at timestamptz, idempotency_key text, locale locale, template text, props jsonb)
    ), moved as (
      update ${surveyInvitations} set status = 'sent', sent_at = ${sql.placeholder("sentAt")}::timestamptz, email = v.email, expires_at = v.expires_at
      from v where ${surveyInvitations.id} = v.invitation_id and ${surveyInvitations.status} = 'scheduled'
      returning ${surveyInvitations.id} as id
    )
    insert into ${emailOutbox} (idempotency_key, "to", locale, template, props, status, claimed_at, attempts)
    select v.idempotency_key, v.email, v.locale, v.template, v.props,
      case when ${sql.placeholder("claim")}::boolean then 'sending'::outbox_status else 'queued'::outbox_status end,
      case when ${sql.placeholder("claim")}::boolean then now() end,
      case when ${sql.placeholder("claim")}::boolean then 1 else 0 end
    from v join moved on moved.id = v.invitation_id
    on conflict (idempotency_key) do nothing
    returning ${claimedOutboxColumns}`,
);

/**
 * The survey-send job, for a batch of invitations. Exactly once per case, however often a job runs:
 * the invitations move from scheduled to sent in the same statement that records their outbox
 * messages (key survey/<case id>), and the messages are handed over after it: sent by this worker
 * when it passes `delivery` (recorded already claimed by it), else through email-send jobs. A run
 * after a crash between the statement and the hand-over finds a message still queued and dispatches
 * it; one claimed by a worker that died is requeued by the email sweep once the lease has run out.
 * Skips (and says why) a customer who opted out, an address that bounced or complained, a customer
 * without email; cancels when the case was reopened meanwhile. The common case costs a handful of
 * statements per batch, not per invitation.
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
  const rows = sendable.map((s) => {
    const message = outboxRow(surveyEmail({ kind: "invitation", key: surveyEmailKey(s.context.caseRow.id), to: s.email, invitationId: s.context.invitation.id, locale: s.context.invitation.locale, caseRow: s.context.caseRow, question: s.template.csatQuestion, expiresAt: s.expiresAt, timeZone: s.context.timeZone }));
    return { invitation_id: s.context.invitation.id, email: s.email, expires_at: s.expiresAt.toISOString(), idempotency_key: message.idempotencyKey, locale: message.locale, template: message.template, props: message.props };
  });
  const recorded = await recordInvitationsSent(db, { sentAt: now.toISOString(), claim: !!delivery, rows: JSON.stringify(rows) });
  const byKey = new Map(recorded.map((row) => [row.idempotencyKey, row]));
  const sent = sendable.filter((s) => byKey.has(surveyEmailKey(s.context.caseRow.id)));
  // Reminders before the sends: a crash during the sends must not lose them.
  await scheduleReminders(queue, sent.flatMap((s) => (s.template.reminderDays > 0 ? [{ invitationId: s.context.invitation.id, caseId: s.context.caseRow.id, at: new Date(now.getTime() + s.template.reminderDays * DAY) }] : [])));
  if (delivery) await sendClaimedEmails(db, queue, recorded, delivery);
  else await dispatchEmails(queue, recorded.map((row) => row.id));
  const sentIds = new Set(sent.map((s) => s.context.invitation.id));
  for (const s of sendable) results.set(s.context.invitation.id, sentIds.has(s.context.invitation.id) ? "sent" : "skipped");
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
  const { invitation, caseRow } = context;
  if (invitation.status !== "sent" || !invitation.email || !invitation.expiresAt || invitation.expiresAt <= now) return "skipped";
  const template = await invitationTemplate(db, { template: context.template, caseCategory: caseRow.category, locale: invitation.locale });
  if (!template) return "skipped";
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
