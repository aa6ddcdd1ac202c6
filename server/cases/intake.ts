import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { DomainError } from "@/server/errors";
import type { JobQueue } from "@/server/jobs/queue";
import { checkUpload, getStorage, MAX_ATTACHMENTS_PER_MESSAGE, newStorageKey } from "@/server/storage";
import { addCustomerMessage, intake } from "./index";
import { replyTokenFrom } from "./links";
import * as queries from "./queries";
import type { CaseChannel } from "./schemas";

export type Identity = { kind: "email" | "phone" | "social"; network: string; value: string };

export function normalizeIdentity(kind: Identity["kind"], value: string, network = ""): Identity {
  const trimmed = value.trim();
  if (kind === "email") return { kind, network: "", value: trimmed.toLowerCase() };
  if (kind === "phone") {
    const digits = trimmed.replace(/[^\d+]/g, "").replace(/^00/, "+");
    return { kind, network: "", value: digits.startsWith("+") ? digits : `+${digits}` };
  }
  return { kind, network: network.trim().toLowerCase(), value: trimmed.replace(/^@/, "").toLowerCase() };
}

/**
 * The customer behind an identity: an existing identity, then (for email) a signed-in account with
 * that address, else a new channel-only customer holding that identity. Safe under concurrency:
 * two first messages from one new sender end up on one customer.
 */
export async function matchOrCreateContact(db: Database, identity: Identity, displayName: string | null, locale: "en" | "fr" | "it") {
  const known = await queries.findIdentity(db, identity);
  if (known) return { customerId: known.customerId, isNew: false };
  if (identity.kind === "email") {
    const account = await queries.findCustomerByUserEmail(db, identity.value);
    if (account) return { customerId: account.customerId, isNew: false };
  }
  const name = displayName?.trim() || (identity.kind === "email" ? identity.value.split("@")[0]! : identity.kind === "social" ? `@${identity.value}` : identity.value);
  const created = await queries.insertContact(db, { displayName: name.slice(0, 200), locale, ...identity, phone: identity.kind === "phone" ? identity.value : null });
  if (created) return { customerId: created, isNew: true };
  const winner = await queries.findIdentity(db, identity);
  if (!winner) throw new Error("contact identity vanished during intake");
  return { customerId: winner.customerId, isNew: false };
}

const categoryHints: [string, RegExp][] = [
  ["refund", /\b(refund|rembours|rimbors)/i],
  ["returns", /\b(return|retour|reso|resi|restitu)/i],
  ["cancellation", /\b(cancel|annul)/i],
  ["delivery", /\b(deliver|parcel|package|shipping|livraison|colis|consegna|pacco|spedizion)/i],
  ["warranty", /\b(warrant|garanti|garanzia|repair|répar|ripar)/i],
  ["billing", /\b(invoice|bill|factur|fattur|payment|paiement|pagamento)/i],
  ["account", /\b(password|login|sign in|account|compte|mot de passe)/i],
  ["technical", /\b(not work|broken|error|bug|panne|erreur|ne fonctionne|non funziona|guasto|errore)/i],
];

/** A first guess at the category of a free-text message; agents correct it. */
export function guessCategory(text: string): string {
  return categoryHints.find(([, pattern]) => pattern.test(text))?.[0] ?? "other";
}

export type InboundMessage = {
  channel: Extract<CaseChannel, "email" | "sms" | "social" | "generic" | "chat">;
  providerMessageId: string;
  from: Identity & { name?: string | null };
  subject?: string | null;
  text: string;
  /** Email only: recipients (our reply address carries the case token), and the thread headers. */
  to?: string[];
  messageId?: string | null;
  inReplyTo?: string | null;
  references?: string[];
  attachments?: { filename: string; bytes: Uint8Array }[];
  locale?: "en" | "fr" | "it";
  sizeBytes: number;
};

const messageIdOf = (value: string) => value.trim().replace(/^<|>$/g, "").toLowerCase();

/**
 * One inbound message from any channel, processed exactly once per provider message id: matched to
 * its customer (created when unknown), threaded onto its case (email: our reply-address token,
 * then In-Reply-To/References) or opened as a new case. A redelivery returns the first outcome.
 */
export async function receiveInbound(db: Database, queue: JobQueue, message: InboundMessage): Promise<{ caseId: string | null; number: string | null; isDuplicate: boolean; isNewCase: boolean }> {
  const claim = await queries.claimInboundMessage(db, { channel: message.channel, providerMessageId: message.providerMessageId, sizeBytes: message.sizeBytes });
  if (!claim) {
    const previous = await queries.findInboundMessage(db, message.channel, message.providerMessageId);
    const previousCase = previous?.caseId ? await queries.findCaseById(db, previous.caseId) : null;
    return { caseId: previousCase?.id ?? null, number: previousCase?.number ?? null, isDuplicate: true, isNewCase: false };
  }
  const files = (message.attachments ?? []).slice(0, MAX_ATTACHMENTS_PER_MESSAGE + 1);
  if (files.length > MAX_ATTACHMENTS_PER_MESSAGE) throw new DomainError("cases.tooManyAttachments");
  try {
    const checked = files.map((f) => checkUpload({ name: f.filename, bytes: f.bytes }));
    const locale = message.locale ?? "en";
    const contact = await matchOrCreateContact(db, message.from, message.from.name ?? null, locale);
    const emailMessageId = message.messageId ? messageIdOf(message.messageId) : null;
    let target: queries.CaseRow | null = null;
    if (message.channel === "email") {
      const token = replyTokenFrom(message.to ?? []);
      const byToken = token ? await queries.findCaseByReplyToken(db, token) : null;
      // The token alone does not let a stranger write into someone's case: the sender must be its customer.
      if (byToken && byToken.customerId === contact.customerId) target = byToken;
      if (!target) {
        const ids = [message.inReplyTo ?? "", ...(message.references ?? [])].filter(Boolean).map(messageIdOf);
        const threaded = await queries.findCaseByEmailMessageIds(db, ids, contact.customerId);
        if (threaded) target = await queries.findCaseById(db, threaded.caseId);
      }
      if (target?.status === "closed") target = null;
    }
    let caseId: string;
    let number: string;
    let eventId: string;
    if (target) {
      const added = await addCustomerMessage(db, queue, { caseId: target.id, body: message.text.trim() || "(empty message)", channel: message.channel, emailMessageId });
      caseId = target.id;
      number = target.number;
      eventId = added.eventId;
    } else {
      const body = message.text.trim() || message.subject?.trim() || "(empty message)";
      const subject = (message.subject?.replace(/[\r\n]+/g, " ").trim() || body.split("\n")[0]!).slice(0, 200);
      const created = await intake(db, queue, {
        customerId: contact.customerId,
        channel: message.channel,
        category: guessCategory(`${subject}\n${body}`),
        subject,
        description: body,
        locale,
      }, { emailMessageId });
      caseId = created.id;
      number = created.number;
      eventId = created.messageEventId!;
    }
    for (const file of checked) {
      const key = newStorageKey("cases");
      await getStorage().put(key, file.bytes, file.contentType);
      await queries.insertAttachment(db, { caseId, eventId, fileName: file.fileName, contentType: file.contentType, sizeBytes: file.bytes.byteLength, storageKey: key, sha256: file.sha256 });
    }
    await queries.completeInboundMessage(db, claim.id, { caseId, eventId, customerId: contact.customerId });
    return { caseId, number, isDuplicate: false, isNewCase: !target };
  } catch (error) {
    // Release the claim so the provider's retry can process the message.
    await queries.releaseInboundMessage(db, claim.id);
    throw error;
  }
}

/**
 * Merges customer `fromId` into `intoId` (staff only): identities, cases, orders and inbound
 * messages move over, the duplicate record is deleted, and each moved case notes the merge.
 */
export async function mergeCustomers(db: Database, actor: Actor, input: { fromId: string; intoId: string }) {
  if (actor.role !== "agent" && actor.role !== "admin") throw new DomainError("auth.forbidden");
  if (input.fromId === input.intoId) throw new DomainError("cases.mergeSame");
  return db.transaction(async (tx) => {
    const [from, into] = await Promise.all([queries.findCustomer(tx, input.fromId), queries.findCustomer(tx, input.intoId)]);
    if (!from || !into) throw new DomainError("common.notFound");
    // Two accounts cannot become one customer: each user keeps exactly one customer record.
    if (from.userId && into.userId) throw new DomainError("cases.mergeAccounts");
    const moved = await queries.listCasesOfCustomer(tx, { customerId: from.id, status: "all", before: null, limit: 10_000 });
    await queries.moveCustomerRecords(tx, { from: from.id, into: into.id });
    if (from.userId) await queries.moveUserToCustomer(tx, { userId: from.userId, from: from.id, into: into.id });
    await queries.insertEvents(tx, moved.map((c) => ({ caseId: c.id, kind: "merge" as const, visibility: "internal" as const, author: "agent" as const, authorUserId: actor.userId, data: { from: from.id, into: into.id } })));
    await queries.deleteCustomer(tx, from.id);
    return { customerId: into.id, movedCases: moved.length };
  });
}
