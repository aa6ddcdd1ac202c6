import { createHash, randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import { recordAudit } from "@/server/audit";
import { createCase } from "@/server/cases";
import { enqueueEmail } from "@/server/email";
import { env } from "@/server/env";
import { DomainError } from "@/server/errors";
import { translator } from "@/server/i18n/messages";
import type { JobQueue } from "@/server/jobs/queue";
import { hasJourneyEvent, recordJourneyEvent } from "@/server/journey";
import { createLimiter } from "@/server/security/rate-limit";
import type { Actor } from "./actor";
import * as queries from "./queries";
import type { UpdateProfileInput } from "./schemas";

type CustomerActor = Actor & { customerId: string };

export const EMAIL_CHANGE_HOURS = 24;
const EMAIL_CHANGES_PER_HOUR = 5;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Name, phone, language and how and when to be contacted. The first channel is the preferred one routing reads. */
export async function updateMyProfile(db: Database, actor: CustomerActor, input: UpdateProfileInput): Promise<void> {
  await db.transaction(async (tx) => {
    await queries.updateCustomerProfile(tx, { customerId: actor.customerId, userId: actor.userId, ...input, displayName: input.displayName });
    await recordAudit(tx, { actorUserId: actor.userId, action: "customer.profile_updated", entityType: "customer", entityId: actor.customerId });
  });
}

export async function getMyContactPreferences(db: Database, actor: CustomerActor) {
  return queries.findContactPreferences(db, actor.customerId);
}

/**
 * Sends a confirmation link to the new address; the address changes only when the link is opened
 * by the same account. An address that already belongs to another account gets the same answer and
 * no email, so this form cannot tell whether someone has an account.
 */
export async function requestEmailChange(db: Database, queue: JobQueue, actor: Actor, input: { email: string }): Promise<{ sentTo: string; expiresInHours: number }> {
  if (input.email === actor.email.toLowerCase()) throw new DomainError("account.emailUnchanged");
  const limit = await createLimiter(db, { name: "email-change", points: EMAIL_CHANGES_PER_HOUR, durationSeconds: 3600 }).consume(actor.userId);
  if (!limit.isAllowed) throw new DomainError("account.rateLimited");
  const answer = { sentTo: input.email, expiresInHours: EMAIL_CHANGE_HOURS };
  if (await queries.isEmailUsedByAnotherUser(db, { email: input.email, userId: actor.userId })) return answer;
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashToken(token);
  const url = new URL("/account/email/confirm", env.APP_URL);
  url.searchParams.set("token", token);
  await db.transaction(async (tx) => {
    await queries.insertEmailChangeRequest(tx, { userId: actor.userId, newEmail: input.email, tokenHash, expiresAt: new Date(Date.now() + EMAIL_CHANGE_HOURS * 3600 * 1000) });
    await recordAudit(tx, { actorUserId: actor.userId, action: "user.email_change_requested", entityType: "user", entityId: actor.userId });
    if (actor.customerId) await recordJourneyEvent(tx, { type: "email_change_requested", channel: "portal", customerId: actor.customerId });
    await enqueueEmail(tx, queue, {
      idempotencyKey: `email-change/${tokenHash}`,
      to: input.email,
      locale: actor.locale,
      template: "email-change",
      props: { url: url.toString(), expiresInHours: EMAIL_CHANGE_HOURS, locale: actor.locale },
    });
  });
  return answer;
}

export async function getPendingEmailChange(db: Database, actor: Actor) {
  return queries.findPendingEmailChange(db, actor.userId);
}

const isUniqueViolation = (error: unknown) => {
  const cause = error instanceof Error && "cause" in error ? error.cause : error;
  return typeof cause === "object" && cause !== null && "code" in cause && cause.code === "23505";
};

/** Applies a confirmed email change: the link works once, for 24 hours, and only for the account that asked. */
export async function confirmEmailChange(db: Database, actor: Actor, input: { token: string }): Promise<{ email: string }> {
  try {
    return await db.transaction(async (tx) => {
      const email = await queries.consumeEmailChangeRequest(tx, { userId: actor.userId, tokenHash: hashToken(input.token), now: new Date() });
      if (!email) throw new DomainError("account.emailLinkInvalid");
      if (await queries.isEmailUsedByAnotherUser(tx, { email, userId: actor.userId })) throw new DomainError("account.emailTaken");
      await queries.setUserEmail(tx, { userId: actor.userId, customerId: actor.customerId, email });
      await recordAudit(tx, { actorUserId: actor.userId, action: "user.email_changed", entityType: "user", entityId: actor.userId });
      return { email };
    });
  } catch (error) {
    // Two accounts confirming the same address at once: the unique index on lower(email) decides.
    if (isUniqueViolation(error)) throw new DomainError("account.emailTaken");
    throw error;
  }
}

/** Everything we hold about the customer, as one JSON document (GDPR article 20). */
export async function exportMyData(db: Database, actor: CustomerActor) {
  const data = await queries.readCustomerData(db, { userId: actor.userId, customerId: actor.customerId });
  await recordAudit(db, { actorUserId: actor.userId, action: "customer.data_exported", entityType: "customer", entityId: actor.customerId });
  return { exportedAt: new Date().toISOString(), format: "parcours-export/1", ...data };
}

/**
 * A deletion request becomes a case for the support team (orders and invoices must be kept for the
 * legal period, so deletion is a handled process, not a button). Once per customer.
 */
export async function requestAccountDeletion(db: Database, queue: JobQueue, actor: CustomerActor, input: { reason: string }) {
  if (await hasJourneyEvent(db, { customerId: actor.customerId, type: "account_deletion_requested" })) throw new DomainError("account.deletionAlreadyRequested");
  const t = translator(actor.locale, "selfcare");
  return db.transaction(async (tx) => {
    const created = await createCase(tx, queue, {
      customerId: actor.customerId,
      channel: "portal",
      category: "account",
      subject: t("account.deletion.caseSubject"),
      description: [t("account.deletion.caseBody", { email: actor.email }), input.reason].filter(Boolean).join("\n\n"),
      locale: actor.locale,
      externalReference: { kind: "account-deletion", id: actor.customerId },
    });
    await recordJourneyEvent(tx, { type: "account_deletion_requested", channel: "portal", customerId: actor.customerId, caseId: created.id });
    await recordAudit(tx, { actorUserId: actor.userId, action: "customer.deletion_requested", entityType: "customer", entityId: actor.customerId });
    return { caseId: created.id, caseNumber: String(created.number) };
  });
}
