import { and, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { preparedStatement, type Database } from "@/db/client";
import { contactIdentities, emailDeliveryEvents, emailOutbox, emailSuppressions } from "@/db/schema";

export type NewOutboxRow = typeof emailOutbox.$inferInsert;

/** Inserts the messages that have no row with their idempotency key yet; returns the new rows' ids by key. */
export async function insertOutboxRows(db: Database, rows: NewOutboxRow[]): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const inserted = await db
    .insert(emailOutbox)
    .values(rows)
    .onConflictDoNothing({ target: emailOutbox.idempotencyKey })
    .returning({ id: emailOutbox.id, idempotencyKey: emailOutbox.idempotencyKey });
  return new Map(inserted.map((row) => [row.idempotencyKey, row.id]));
}

/** A message taken for sending, with whether its address is suppressed (a hard bounce or a complaint). */
export type ClaimedOutboxRow = {
  id: string;
  idempotencyKey: string;
  to: string;
  replyTo: string | null;
  locale: NonNullable<NewOutboxRow["locale"]>;
  template: string;
  props: Record<string, unknown>;
  isSuppressed: boolean;
};

/** What a claim returns, as `returning` columns of email_outbox (shared with inserts that claim). */
export const claimedOutboxColumns = sql`${emailOutbox.id} as "id", ${emailOutbox.idempotencyKey} as "idempotencyKey", ${emailOutbox.to} as "to",
  ${emailOutbox.replyTo} as "replyTo", ${emailOutbox.locale} as "locale", ${emailOutbox.template} as "template", ${emailOutbox.props} as "props",
  exists (select 1 from ${emailSuppressions} where ${emailSuppressions.email} = lower(${emailOutbox.to})) as "isSuppressed"`;

const claimStatement = preparedStatement<ClaimedOutboxRow, { ids: string[]; leaseSeconds: number }>(
  "claim-outbox-rows",
  sql`update ${emailOutbox} set status = 'sending', claimed_at = now(), attempts = ${emailOutbox.attempts} + 1
    where ${emailOutbox.id} = any(${sql.placeholder("ids")}::uuid[])
      and (${emailOutbox.status} in ('queued', 'failed')
        or (${emailOutbox.status} = 'sending' and ${emailOutbox.claimedAt} < now() - make_interval(secs => ${sql.placeholder("leaseSeconds")}::int)))
    returning ${claimedOutboxColumns}`,
);

/**
 * Takes the messages for sending, in one statement, each with whether its address is suppressed.
 * A message already sent, or claimed by another worker whose lease has not run out, is not returned.
 */
export async function claimOutboxRows(db: Database, ids: string[], leaseSeconds: number): Promise<ClaimedOutboxRow[]> {
  if (ids.length === 0) return [];
  return claimStatement(db, { ids, leaseSeconds });
}

export type SentMessage = { id: string; providerMessageId: string; subject: string; html: string | null; text: string | null; isRedacted: boolean };

const markSentStatement = preparedStatement<never, { transport: "resend" | "mailbox"; messages: string }>(
  "mark-outbox-rows-sent",
  sql`update ${emailOutbox} set
      status = 'sent', sent_at = now(), last_error = null, transport = ${sql.placeholder("transport")}::email_transport,
      provider_message_id = v.provider_message_id, subject = v.subject, html = v.html, text = v.text,
      props = case when v.is_redacted then '{}'::jsonb else ${emailOutbox.props} end
    from jsonb_to_recordset(${sql.placeholder("messages")}::text::jsonb) as v(id uuid, provider_message_id text, subject text, html text, text text, is_redacted boolean)
    where ${emailOutbox.id} = v.id`,
);

/** Records a batch of sent messages in one statement; a redacted one keeps neither body nor props. */
export async function markOutboxRowsSent(db: Database, transport: "resend" | "mailbox", messages: SentMessage[]) {
  if (messages.length === 0) return;
  const rows = messages.map((m) => ({ id: m.id, provider_message_id: m.providerMessageId, subject: m.subject, html: m.html, text: m.text, is_redacted: m.isRedacted }));
  await markSentStatement(db, { transport, messages: JSON.stringify(rows) });
}

export async function markOutboxSuppressed(db: Database, ids: string[]) {
  if (ids.length === 0) return;
  await db.update(emailOutbox).set({ status: "suppressed", lastError: null }).where(inArray(emailOutbox.id, ids));
}

export async function markOutboxFailed(db: Database, id: string, error: string) {
  await db.update(emailOutbox).set({ status: "failed", lastError: error.slice(0, 1000) }).where(eq(emailOutbox.id, id));
}

/**
 * Messages whose job may have been lost: queued for over a minute and never claimed (a crash
 * between insert and enqueue), or claimed by a worker whose lease ran out (a crash mid-send).
 */
export async function findStrandedOutboxIds(db: Database, params: { limit: number; leaseSeconds: number }) {
  const rows = await db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(
      or(
        and(eq(emailOutbox.status, "queued"), lt(emailOutbox.createdAt, sql`now() - interval '1 minute'`), isNull(emailOutbox.claimedAt)),
        and(eq(emailOutbox.status, "sending"), lt(emailOutbox.claimedAt, sql`now() - make_interval(secs => ${params.leaseSeconds * 2})`)),
      ),
    )
    .limit(params.limit);
  return rows.map((row) => row.id);
}

/** Gives the message back to the queue (the provider asked us to wait). */
export async function releaseOutboxRow(db: Database, id: string, error: string) {
  await db.update(emailOutbox).set({ status: "queued", claimedAt: null, lastError: error.slice(0, 1000) }).where(eq(emailOutbox.id, id));
}

export async function listMailbox(db: Database, limit: number) {
  return db
    .select({ id: emailOutbox.id, to: emailOutbox.to, subject: emailOutbox.subject, template: emailOutbox.template, status: emailOutbox.status, createdAt: emailOutbox.createdAt, sentAt: emailOutbox.sentAt })
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.createdAt))
    .limit(limit);
}

export async function findMailboxMessage(db: Database, id: string) {
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)).limit(1);
  return row ?? null;
}

export async function findOutboxRowByKey(db: Database, idempotencyKey: string) {
  const [row] = await db.select({ id: emailOutbox.id, status: emailOutbox.status, claimedAt: emailOutbox.claimedAt }).from(emailOutbox).where(eq(emailOutbox.idempotencyKey, idempotencyKey)).limit(1);
  return row ?? null;
}

/** Stores the webhook delivery once; false when this delivery id was already processed (a replay). */
export async function insertDeliveryEvent(db: Database, values: typeof emailDeliveryEvents.$inferInsert) {
  const rows = await db.insert(emailDeliveryEvents).values(values).onConflictDoNothing({ target: emailDeliveryEvents.webhookId }).returning({ id: emailDeliveryEvents.webhookId });
  return rows.length > 0;
}

export async function findOutboxByProviderId(db: Database, providerMessageId: string) {
  const [row] = await db.select({ id: emailOutbox.id, to: emailOutbox.to, deliveryStatus: emailOutbox.deliveryStatus }).from(emailOutbox).where(eq(emailOutbox.providerMessageId, providerMessageId)).limit(1);
  return row ?? null;
}

export async function setDeliveryStatus(db: Database, id: string, status: NonNullable<typeof emailOutbox.$inferSelect.deliveryStatus>, at: Date) {
  await db.update(emailOutbox).set({ deliveryStatus: status, deliveryUpdatedAt: at }).where(eq(emailOutbox.id, id));
}

export async function suppressAddress(db: Database, params: { email: string; reason: "bounced" | "complained"; providerMessageId: string | null; at: Date }) {
  const email = params.email.toLowerCase();
  await db.insert(emailSuppressions).values({ email, reason: params.reason, providerMessageId: params.providerMessageId, createdAt: params.at }).onConflictDoNothing();
  await db
    .update(contactIdentities)
    .set({ undeliverableAt: params.at, undeliverableReason: params.reason })
    .where(and(eq(contactIdentities.kind, "email"), eq(contactIdentities.value, email), isNull(contactIdentities.undeliverableAt)));
}
