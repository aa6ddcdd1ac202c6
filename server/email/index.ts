import { render } from "@react-email/render";
import type { Database } from "@/db/client";
import type { Locale } from "@/server/i18n/config";
import { translator } from "@/server/i18n/messages";
import type { JobQueue } from "@/server/jobs/queue";
import { emailTemplates, type EmailTemplateName, type EmailTemplateProps } from "./templates";
import type { EmailTemplate } from "./templates/types";
import { TransportError, type EmailTransport } from "./transport";
import * as queries from "./queries";

export { listMailbox, findMailboxMessage, findOutboxRowByKey } from "./queries";
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
  const template = emailTemplates[request.template] as EmailTemplate<unknown>;
  const props = template.props.parse(request.props) as Record<string, unknown>;
  return queries.insertOutboxRow(db, {
    idempotencyKey: request.idempotencyKey,
    to: request.to,
    replyTo: request.replyTo ?? null,
    locale: request.locale,
    template: request.template,
    props,
  });
}

export const dispatchEmail = (queue: JobQueue, outboxId: string) => queue.send("email-send", { outboxId }, { singletonKey: outboxId });

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

/**
 * Sends one outbox message through the transport. Idempotent: a message already sent (or being
 * sent by a live worker) is skipped, one to a suppressed address is never sent, and the provider gets the idempotency key so a retry after a
 * crash between "sent" and "recorded" is not delivered twice. Throws on retryable failures so the
 * job queue retries with backoff; records and swallows permanent ones.
 */
export async function deliverOutboxEmail(
  db: Database,
  transport: EmailTransport,
  params: { outboxId: string; from: string; leaseSeconds: number; queue?: JobQueue },
): Promise<DeliveryResult> {
  const row = await queries.claimOutboxRow(db, params.outboxId, params.leaseSeconds);
  if (!row) return "skipped";
  // An address that bounced hard or complained gets nothing more, whoever enqueued the message.
  if (await queries.isSuppressed(db, row.to)) {
    await queries.markOutboxSuppressed(db, row.id);
    return "suppressed";
  }
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
    await queries.markOutboxSent(db, row.id, {
      transport: transport.name,
      providerMessageId: result.id,
      subject: rendered.subject,
      html: isRedacted ? null : rendered.html,
      text: isRedacted ? null : rendered.text,
      ...(isRedacted ? { props: {} } : {}),
    });
    return "sent";
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // 429 with Retry-After: wait exactly as long as asked instead of the generic backoff.
    if (error instanceof TransportError && error.retryAfterSeconds && params.queue) {
      await queries.releaseOutboxRow(db, row.id, message);
      await params.queue.send("email-send", { outboxId: row.id }, { startAfter: new Date(Date.now() + error.retryAfterSeconds * 1000) });
      return "deferred";
    }
    await queries.markOutboxFailed(db, row.id, message);
    if (error instanceof TransportError && !error.isRetryable) return "failed";
    throw error;
  }
}

/** Re-enqueues messages whose job was lost (a crash right after the insert, or mid-send past the lease). */
export async function requeueStrandedEmails(db: Database, queue: JobQueue, leaseSeconds: number): Promise<number> {
  const ids = await queries.findStrandedOutboxIds(db, { limit: 500, leaseSeconds });
  for (const id of ids) await queue.send("email-send", { outboxId: id }, { singletonKey: id });
  return ids.length;
}
