import { render } from "@react-email/render";
import type { Database } from "@/db/client";
import type { Locale } from "@/server/i18n/config";
import { translator } from "@/server/i18n/messages";
import type { JobQueue } from "@/server/jobs/queue";
import { emailTemplates, type EmailTemplateName, type EmailTemplateProps } from "./templates";
import type { EmailTemplate } from "./templates/types";
import { TransportError, type EmailTransport } from "./transport";
import * as queries from "./queries";

export { listMailbox, findMailboxMessage, findOutboxRowByKey, claimedOutboxColumns, type ClaimedOutboxRow } from "./queries";
export { recordDeliveryEvent, type DeliveryEvent } from "./delivery-events";

export type EmailRequest<N extends EmailTemplateName> = {
  /** One logical message, one key: "magic-link/<hash>", "survey/<case id>". A repeat is ignored. */
  idempotencyKey: string;
  to: string;
  /** Where answers go: a case's reply address, so the customer's reply lands on that case. */
  replyTo?: string;
  locale: Locale;
  template: N;
  props: EmailTemplateProps<N>;
};

/**
 * Records the message in the outbox and enqueues its delivery. Sending twice with one idempotency
 * key stores and sends once. Returns the outbox id, or null for a repeat.
 */
export async function enqueueEmail<N extends EmailTemplateName>(db: Database, queue: JobQueue, request: EmailRequest<N>): Promise<string | null> {
  const id = await recordEmail(db, request);
  if (id) await dispatchEmail(queue, id);
  return id;
}

/**
 * The outbox half of enqueueEmail, for callers that record the message inside their own transaction
 * and dispatch it after the commit (a job picking it up before the commit would find nothing).
 */
export async function recordEmail<N extends EmailTemplateName>(db: Database, request: EmailRequest<N>): Promise<string | null> {
  return (await recordEmails(db, [request])).get(request.idempotencyKey) ?? null;
}

/** recordEmail for many messages in one statement; returns the new messages' ids by idempotency key. */
export async function recordEmails(db: Database, requests: EmailRequest<EmailTemplateName>[]): Promise<Map<string, string>> {
  return queries.insertOutboxRows(db, requests.map(outboxRow));
}

/** The outbox row for a message, its props checked against its template (what recordEmails inserts). */
export function outboxRow(request: EmailRequest<EmailTemplateName>) {
  const template = emailTemplates[request.template] as EmailTemplate<unknown>;
  const props = template.props.parse(request.props) as Record<string, unknown>;
  return { idempotencyKey: request.idempotencyKey, to: request.to, replyTo: request.replyTo ?? null, locale: request.locale, template: request.template, props };
}

export const dispatchEmail = (queue: JobQueue, outboxId: string) => queue.send("email-send", { outboxId }, { singletonKey: outboxId });

/** dispatchEmail for many messages in one statement (when the queue can). */
export async function dispatchEmails(queue: JobQueue, outboxIds: string[]) {
  if (!queue.sendMany) {
    for (const id of outboxIds) await dispatchEmail(queue, id);
    return;
  }
  await queue.sendMany("email-send", outboxIds.map((outboxId) => ({ payload: { outboxId }, options: { singletonKey: outboxId } })));
}

export async function renderEmail(templateName: string, locale: Locale, props: unknown) {
  const template = emailTemplates[templateName as EmailTemplateName] as EmailTemplate<unknown> | undefined;
  if (!template) throw new TransportError(`unknown template ${templateName}`, false);
  const result = template.props.safeParse(props);
  if (!result.success) throw new TransportError(`invalid props for ${templateName}`, false);
  const parsed = result.data;
  const t = translator(locale, "emails");
  const element = template.render({ t, locale, props: parsed });
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: template.subject({ t, props: parsed }), html, text, isSensitive: !!template.isSensitive };
}

export type DeliveryResult = "sent" | "skipped" | "deferred" | "failed" | "suppressed";
/** A failure worth retrying: the job that asked for this message should fail and be retried with backoff. */
export type DeliveryOutcome = DeliveryResult | { retry: Error };

/**
 * Sends outbox messages through the transport: one claim for the batch, the sends one after another,
 * one write recording those sent. Idempotent: a message already sent (or being sent by a live worker)
 * is skipped, one to a suppressed address is never sent, and the provider gets the idempotency key so
 * a retry after a crash between "sent" and "recorded" is not delivered twice. Permanent failures are
 * recorded; retryable ones come back as `{ retry }` so the job queue retries with backoff.
 */
export async function deliverOutboxEmails(
  db: Database,
  transport: EmailTransport,
  params: { outboxIds: string[]; from: string; leaseSeconds: number; queue?: JobQueue },
): Promise<Map<string, DeliveryOutcome>> {
  const outcomes = new Map<string, DeliveryOutcome>(params.outboxIds.map((id) => [id, "skipped"]));
  const rows = await queries.claimOutboxRows(db, params.outboxIds, params.leaseSeconds);
  for (const [id, outcome] of await deliverClaimedEmails(db, transport, rows, params)) outcomes.set(id, outcome);
  return outcomes;
}

/** The sending half of deliverOutboxEmails, for rows this worker has claimed (status sending). */
async function deliverClaimedEmails(db: Database, transport: EmailTransport, rows: queries.ClaimedOutboxRow[], params: { from: string; queue?: JobQueue }) {
  const outcomes = new Map<string, DeliveryOutcome>();
  // An address that bounced hard or complained gets nothing more, whoever enqueued the message.
  const suppressed = rows.filter((row) => row.isSuppressed).map((row) => row.id);
  await queries.markOutboxSuppressed(db, suppressed);
  for (const id of suppressed) outcomes.set(id, "suppressed");
  const sent: queries.SentMessage[] = [];
  try {
    for (const row of rows) {
      if (row.isSuppressed) continue;
      try {
        const rendered = await renderEmail(row.template, row.locale, row.props);
        const result = await transport.send({
          from: params.from,
          to: row.to,
          ...(row.replyTo ? { replyTo: row.replyTo } : {}),
          subject: rendered.subject,
          html: rendered.html,
          text: rendered.text,
          idempotencyKey: row.idempotencyKey,
        });
        const isRedacted = rendered.isSensitive && transport.name !== "mailbox";
        // The dev mailbox shows the HTML; a real provider keeps it, so we keep the text (what was
        // said, for support) and spare the database ~6 KB of markup per message.
        const html = transport.name === "mailbox" ? rendered.html : null;
        sent.push({ id: row.id, providerMessageId: result.id, subject: rendered.subject, html, text: isRedacted ? null : rendered.text, isRedacted });
        outcomes.set(row.id, "sent");
      } catch (error) {
        outcomes.set(row.id, await recordSendFailure(db, row.id, error, params.queue));
      }
    }
  } finally {
    await queries.markOutboxRowsSent(db, transport.name, sent);
  }
  return outcomes;
}

/** One message: throws on retryable failures (see deliverOutboxEmails). */
export async function deliverOutboxEmail(db: Database, transport: EmailTransport, params: { outboxId: string; from: string; leaseSeconds: number; queue?: JobQueue }): Promise<DeliveryResult> {
  const outcome = (await deliverOutboxEmails(db, transport, { ...params, outboxIds: [params.outboxId] })).get(params.outboxId)!;
  if (typeof outcome !== "string") throw outcome.retry;
  return outcome;
}

async function recordSendFailure(db: Database, outboxId: string, error: unknown, queue: JobQueue | undefined): Promise<DeliveryOutcome> {
  const message = error instanceof Error ? error.message : String(error);
  // 429 with Retry-After: wait exactly as long as asked instead of the generic backoff.
  if (error instanceof TransportError && error.retryAfterSeconds && queue) {
    await queries.releaseOutboxRow(db, outboxId, message);
    await queue.send("email-send", { outboxId }, { startAfter: new Date(Date.now() + error.retryAfterSeconds * 1000) });
    return "deferred";
  }
  await queries.markOutboxFailed(db, outboxId, message);
  if (error instanceof TransportError && !error.isRetryable) return "failed";
  return { retry: error instanceof Error ? error : new Error(message) };
}

/** What a worker needs to send messages itself (its job context has it). */
export type EmailDelivery = { transport: EmailTransport; from: string; leaseSeconds: number };

/**
 * Sends messages that a job has just recorded already claimed by itself (status sending, claimed now:
 * see claimedOutboxColumns), which spares each an email-send job and a claim; only a message that
 * must be retried gets a job, and its retries back off there. A crash before or during these sends
 * leaves the rows claimed: once the lease has run out the email sweep
 * (server/jobs/handlers/email-sweep.ts) requeues them.
 */
export async function sendClaimedEmails(db: Database, queue: JobQueue, rows: queries.ClaimedOutboxRow[], delivery: EmailDelivery) {
  const outcomes = await deliverClaimedEmails(db, delivery.transport, rows, { from: delivery.from, queue });
  await dispatchEmails(queue, rows.flatMap((row) => (typeof outcomes.get(row.id) === "object" ? [row.id] : [])));
}

/** Re-enqueues messages whose job was lost (a crash right after the insert, or mid-send past the lease). */
export async function requeueStrandedEmails(db: Database, queue: JobQueue, leaseSeconds: number): Promise<number> {
  const ids = await queries.findStrandedOutboxIds(db, { limit: 500, leaseSeconds });
  await dispatchEmails(queue, ids);
  return ids.length;
}
