import { randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { enqueueEmail } from "@/server/email";
import { markSearchesFollowedByCase } from "@/server/kb";
import { DomainError } from "@/server/errors";
import type { JobQueue } from "@/server/jobs/queue";
import { recordJourneyEvent } from "@/server/journey";
import { advanceRoundRobin, chooseAssignee, routeCase, type CaseFacts, type Priority } from "@/server/routing";
import { eventReason, type EventReason } from "@/server/routing/reasons";
import { findCategory, recommendedChannels } from "@/server/scoring";
import { scoreCase } from "@/server/scoring/rules";
import { findingsAt, nextResponseDue, planSla, recordFinding, resumedDueDates, scheduleSlaChecks } from "@/server/sla";
import { checkUpload, getStorage, MAX_ATTACHMENTS_PER_MESSAGE, newStorageKey, type CheckedUpload } from "@/server/storage";
import { caseLinks } from "./links";
import { notifyCustomer } from "./notify";
import { applyStatusChange } from "./actions";
import { afterStatusChange } from "./lifecycle";
import * as queries from "./queries";
import { createCaseInput, type CreateCaseInput, type ListMyCasesInput, type PortalCaseInput } from "./schemas";

export { createCaseInput, type CreateCaseInput } from "./schemas";
export type { CaseRow } from "./queries";

type CustomerActor = Actor & { customerId: string };

/** How long after closing or resolution a customer may still reopen their case. */
export const REOPEN_DAYS = 14;
const priorities: Priority[] = ["low", "normal", "high", "urgent"];

export type CreateCaseOptions = {
  /** The clock (tests, seeds replaying history). Defaults to now. */
  now?: Date;
  /** Send the "we received your request" email (the demo seed turns it off). */
  notify?: boolean;
  /** The first message's RFC 5322 Message-ID (email intake), for In-Reply-To threading. */
  emailMessageId?: string | null;
  /** Author of the first message when staff open a case on the customer's behalf. */
  authorUserId?: string | null;
};

// Drizzle wraps the driver's error: the SQLSTATE is on the error or on its cause.
const isUniqueViolation = (error: unknown): boolean =>
  typeof error === "object" && error !== null && ((error as { code?: unknown }).code === "23505" || isUniqueViolation((error as { cause?: unknown }).cause));

/**
 * The one intake every channel uses: validates, scores (reasons kept), routes by the ordered rules
 * (the matching rule stored as a routing event), assigns inside the queue, sets the SLA due dates
 * and schedules their checks, records the journey event and emails the customer. With an
 * externalReference the call is idempotent: the same reference returns the case created the first time.
 */
export async function createCase(db: Database, queue: JobQueue, rawInput: CreateCaseInput, options: CreateCaseOptions = {}): Promise<{ id: string; number: string }> {
  const { id, number } = await intake(db, queue, rawInput, options);
  return { id, number };
}

// Journey events have no "generic" channel: a generic message is a conversation on some other app.
const journeyChannelOf = (channel: queries.CaseRow["channel"]) => (channel === "generic" ? "chat" : channel);

/**
 * createCase, also returning the first message's event id (attachments hang on it). Written for the
 * hot path: configuration comes from the in-process cache, the customer's facts in one query, the
 * assignment is decided before the case row is written (so the row is inserted once, assigned), and
 * the SLA checks and the notification are enqueued in parallel after the commit.
 */
export async function intake(db: Database, queue: JobQueue, rawInput: CreateCaseInput, options: CreateCaseOptions): Promise<{ id: string; number: string; messageEventId: string | null }> {
  const input = createCaseInput.parse(rawInput);
  const ref = input.externalReference ?? null;
  if (ref) {
    const existing = await queries.findCaseByExternalReference(db, ref.kind, ref.id);
    if (existing) return { ...existing, messageEventId: null };
  }
  const now = options.now ?? new Date();
  const [customer, category, order] = await Promise.all([
    queries.findCustomerFacts(db, input.customerId, now.toISOString().slice(0, 10)),
    findCategory(db, input.category),
    input.orderId ? queries.findOrderOfCustomer(db, { customerId: input.customerId, orderId: input.orderId }) : null,
  ]);
  if (!customer) throw new DomainError("common.notFound");
  if (!category) throw new DomainError("cases.unknownCategory");
  if (input.orderId && !order) throw new DomainError("cases.orderNotFound");
  const locale = input.locale ?? customer.locale;

  const scores = scoreCase({
    category,
    tier: customer.tier,
    isVip: customer.isVip,
    orderValueCents: order?.totalCents ?? null,
    text: `${input.subject}\n${input.description}`,
    locale,
    channel: input.channel,
  });
  const facts: CaseFacts = {
    channel: input.channel,
    category: category.key,
    locale,
    tier: customer.tier,
    isVip: customer.isVip,
    complexity: scores.complexity,
    severity: scores.severity,
    effort: scores.effort,
    organizationId: customer.organizationId,
    priority: scores.priority,
  };
  const route = await routeCase(db, facts, category.requiredSkill);
  const sla = await planSla(db, { ...facts, priority: route.priority }, now);

  let created: { row: queries.CaseRow; messageEventId: string; roundRobin: { queueId: string; userId: string } | null };
  try {
    created = await db.transaction(async (tx) => {
      const choice = await chooseAssignee(tx, { queueId: route.queueId, requiredSkill: route.requiredSkill, minProficiency: route.minProficiency, locale, deferRoundRobin: true });
      const row = await queries.insertCase(tx, {
        customerId: input.customerId,
        channel: input.channel,
        category: category.key,
        subject: input.subject,
        description: input.description,
        status: choice.assigneeId ? "open" : "new",
        priority: route.priority,
        locale,
        orderId: order?.id ?? null,
        externalKind: ref?.kind ?? null,
        externalId: ref?.id ?? null,
        complexity: scores.complexity,
        severity: scores.severity,
        effort: scores.effort,
        scoreReasons: scores.reasons,
        queueId: choice.assigneeId ? choice.queueId : route.queueId,
        assigneeId: choice.assigneeId,
        routingRuleId: route.rule?.id ?? null,
        requiredSkill: route.requiredSkill,
        minProficiency: route.minProficiency,
        slaPolicyId: sla.slaPolicyId,
        firstResponseDueAt: sla.firstResponseDueAt,
        resolutionDueAt: sla.resolutionDueAt,
        replyToken: randomBytes(12).toString("base64url").toLowerCase().replace(/[^a-z0-9]/g, "x"),
        lastActivityAt: now,
        createdAt: now,
      });
      // Both statements go out together on the transaction's connection (postgres.js pipelines them).
      const [events] = await Promise.all([
        queries.insertEvents(tx, [
          {
            caseId: row.id,
            kind: "message_in",
            visibility: "public",
            author: options.authorUserId ? "agent" : "customer",
            authorUserId: options.authorUserId ?? null,
            channel: input.channel,
            body: input.description,
            emailMessageId: options.emailMessageId ?? null,
            createdAt: now,
          },
          {
            caseId: row.id,
            kind: "routing",
            visibility: "internal",
            author: "system",
            data: { queueId: route.queueId, ruleId: route.rule?.id ?? null, ruleName: route.rule?.name ?? null, priority: route.priority, reason: route.reason, reasonCode: route.reasonCode, reasonParams: route.reasonParams, facts },
            createdAt: now,
          },
          { caseId: row.id, kind: "assignment", visibility: "internal", author: "system", data: choice.data, createdAt: now },
        ]),
        recordJourneyEvent(tx, { type: "case_created", channel: journeyChannelOf(input.channel), customerId: input.customerId, orderId: order?.id ?? null, caseId: row.id, data: { caseChannel: input.channel, category: category.key }, occurredAt: now }),
      ]);
      return { row, messageEventId: events[0]!.id, roundRobin: choice.roundRobin };
    });
  } catch (error) {
    // Two deliveries of one external reference raced: the loser returns the winner's case.
    if (ref && isUniqueViolation(error)) {
      const existing = await queries.findCaseByExternalReference(db, ref.kind, ref.id);
      if (existing) return { ...existing, messageEventId: null };
    }
    throw error;
  }
  const { row } = created;
  await Promise.all([
    advanceRoundRobin(db, created.roundRobin),
    scheduleSlaChecks(db, queue, row, now),
    options.notify !== false && customer.email ? notifyCustomer(db, queue, { caseRow: row, to: customer.email, kind: "created", key: `case-created/${row.id}` }) : null,
  ]);
  return { id: row.id, number: row.number, messageEventId: created.messageEventId };
}

/** The customer's own cases, newest first, one keyset page at a time. */
export async function listCasesOfCustomer(db: Database, actor: CustomerActor, input: ListMyCasesInput) {
  const rows = await queries.listCasesOfCustomer(db, { customerId: actor.customerId, status: input.status, before: input.cursor ?? null, limit: input.limit + 1 });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > input.limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}

async function ownCaseOrThrow(db: Database, actor: CustomerActor, number: string) {
  const row = await queries.findCaseOfCustomer(db, { customerId: actor.customerId, number });
  if (!row) throw new DomainError("common.notFound");
  return row;
}

const canReopenUntil = (row: queries.CaseRow) => {
  const endedAt = row.closedAt ?? row.resolvedAt;
  return endedAt ? new Date(endedAt.getTime() + REOPEN_DAYS * 24 * 60 * 60 * 1000) : null;
};

/** One of the customer's cases with its public timeline only (internal notes never leave the back office). */
export async function getCaseOfCustomerOrThrow(db: Database, actor: CustomerActor, number: string) {
  const row = await ownCaseOrThrow(db, actor, number);
  const [events, attachments] = await Promise.all([queries.listEvents(db, { caseId: row.id, publicOnly: true }), queries.listAttachments(db, { caseId: row.id, publicOnly: true })]);
  const isEnded = row.status === "resolved" || row.status === "closed";
  const reopenUntil = canReopenUntil(row);
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    status: row.status,
    category: row.category,
    channel: row.channel,
    createdAt: row.createdAt,
    closedAt: row.closedAt ?? row.resolvedAt,
    canReply: !isEnded,
    canClose: !isEnded,
    canReopen: isEnded && !!reopenUntil && reopenUntil.getTime() > Date.now(),
    reopenUntil: isEnded ? reopenUntil : null,
    events: events.map((e) => ({ id: e.id, kind: e.kind, author: e.author, authorName: e.author === "customer" ? null : e.authorName, channel: e.channel, body: e.body, bodyHtml: e.bodyHtml, createdAt: e.createdAt, status: e.kind === "status" ? String(e.data.to ?? "") : null })),
    attachments,
  };
}

/**
 * A message from the customer on any channel (portal reply, emailed reply, SMS). Wakes a case that
 * waited on the customer (resuming the SLA clock), reopens a recently resolved one, and starts the
 * next-response clock once a first response was given. Returns the new event's id.
 */
export async function addCustomerMessage(
  db: Database,
  queue: JobQueue,
  params: { caseId: string; body: string; channel: queries.CaseRow["channel"]; emailMessageId?: string | null; now?: Date },
): Promise<{ eventId: string; caseRow: queries.CaseRow }> {
  const now = params.now ?? new Date();
  const result = await db.transaction(async (tx) => {
    const row = await queries.lockCase(tx, params.caseId);
    if (!row) throw new DomainError("common.notFound");
    if (row.status === "closed") throw new DomainError("cases.closed");
    const changes: Partial<queries.NewCase> = { lastActivityAt: now };
    const events: queries.NewCaseEvent[] = [];
    if (row.status === "pending_customer" || row.status === "resolved") {
      Object.assign(changes, { status: "open", resolvedAt: null, slaPausedAt: null }, await resumedDueDates(tx, row, now));
      events.push({ caseId: row.id, kind: "status", visibility: "public", author: "system", data: { from: row.status, to: "open" }, createdAt: now });
    }
    if (row.firstRespondedAt && !row.nextResponseDueAt) changes.nextResponseDueAt = await nextResponseDue(tx, row, now);
    const [message] = await queries.insertEvents(tx, [
      { caseId: row.id, kind: "message_in", visibility: "public", author: "customer", channel: params.channel, body: params.body, emailMessageId: params.emailMessageId ?? null, createdAt: now },
      ...events,
    ]);
    const updated = (await queries.updateCase(tx, row.id, changes))!;
    return { eventId: message!.id, caseRow: updated, from: row.status };
  });
  await Promise.all([scheduleSlaChecks(db, queue, result.caseRow, now), afterStatusChange(db, queue, { caseRow: result.caseRow, from: result.from, to: result.caseRow.status, now })]);
  return { eventId: result.eventId, caseRow: result.caseRow };
}

/** The portal reply: the customer's own, open case only. */
export async function replyAsCustomer(db: Database, queue: JobQueue, actor: CustomerActor, input: { number: string; body: string }) {
  const row = await ownCaseOrThrow(db, actor, input.number);
  if (row.status === "closed") throw new DomainError("cases.closed");
  const { eventId } = await addCustomerMessage(db, queue, { caseId: row.id, body: input.body, channel: "portal" });
  return { eventId, caseId: row.id };
}

/** The customer closes their own case (see applyStatusChange). */
export async function closeAsCustomer(db: Database, queue: JobQueue, actor: CustomerActor, input: { number: string }) {
  const row = await ownCaseOrThrow(db, actor, input.number);
  if (row.status === "closed" || row.status === "resolved") throw new DomainError("cases.alreadyClosed");
  await applyStatusChange(db, queue, { caseId: row.id, to: "closed", author: "customer", authorUserId: actor.userId });
  return { status: "closed" as const };
}

/** The customer reopens their resolved or closed case, within the reopening window. */
export async function reopenAsCustomer(db: Database, queue: JobQueue, actor: CustomerActor, input: { number: string }) {
  const row = await ownCaseOrThrow(db, actor, input.number);
  if (row.status !== "closed" && row.status !== "resolved") throw new DomainError("cases.notClosed");
  const until = canReopenUntil(row);
  if (!until || until.getTime() <= Date.now()) throw new DomainError("cases.reopenExpired");
  await applyStatusChange(db, queue, { caseId: row.id, to: "open", author: "customer", authorUserId: actor.userId });
  return { status: "open" as const };
}

/**
 * A reply from staff or the bot. Only a human (author "agent") answer counts as the first
 * response and stops the next-response clock; a bot answer is recorded but leaves every SLA
 * clock running. `waitOnCustomer` pauses the SLA clock until the customer writes back.
 */
export async function addStaffMessage(
  db: Database,
  queue: JobQueue,
  params: { caseId: string; author: "agent" | "bot"; authorUserId: string | null; body: string; isInternal?: boolean; waitOnCustomer?: boolean; now?: Date; notify?: boolean; data?: Record<string, unknown> },
) {
  const now = params.now ?? new Date();
  const transition = await db.transaction(async (tx) => {
    const row = await queries.lockCase(tx, params.caseId);
    if (!row) throw new DomainError("common.notFound");
    if (row.status === "closed") throw new DomainError("cases.closed");
    const isNote = params.isInternal === true;
    const [message] = await queries.insertEvents(tx, [
      {
        caseId: row.id,
        kind: isNote ? "note" : "message_out",
        visibility: isNote ? "internal" : "public",
        author: params.author,
        authorUserId: params.authorUserId,
        channel: isNote ? null : row.channel === "portal" ? "portal" : row.channel,
        body: params.body,
        data: params.data,
        createdAt: now,
      },
    ]);
    const changes: Partial<queries.NewCase> = { lastActivityAt: now };
    if (!isNote && params.author === "agent") {
      if (!row.firstRespondedAt) changes.firstRespondedAt = now;
      changes.nextResponseDueAt = null;
      if (row.status === "new") changes.status = "open";
    }
    if (!isNote && params.waitOnCustomer && params.author === "agent") {
      changes.status = "pending_customer";
      changes.slaPausedAt = now;
      await queries.insertEvents(tx, [{ caseId: row.id, kind: "status", visibility: "public", author: "system", data: { from: row.status, to: "pending_customer" }, createdAt: now }]);
    }
    const next = await queries.updateCase(tx, row.id, changes);
    return next ? { next, from: row.status, messageEventId: message!.id } : null;
  });
  if (transition) await afterStatusChange(db, queue, { caseRow: transition.next, from: transition.from, to: transition.next.status, now });
  const updated = transition?.next ?? null;
  if (updated && !params.isInternal && params.notify !== false) {
    const customer = await queries.findCustomerFacts(db, updated.customerId, now.toISOString().slice(0, 10));
    // Keyed by the message: two replies sent in the same millisecond are two emails.
    if (customer?.email) await notifyCustomer(db, queue, { caseRow: updated, to: customer.email, kind: "reply", key: `case-reply/${updated.id}/${transition!.messageEventId}`, excerpt: params.body.slice(0, 500) });
  }
  return updated ? { ...updated, messageEventId: transition!.messageEventId } : null;
}

/**
 * Looks at a case's SLA at `now` and records what became true: a warning, or a breach at or after
 * the due instant (the event carries the instant it was noticed, never the due date). A new breach
 * escalates: the priority goes up one step and the queue lead is emailed.
 */
export async function checkCaseSla(db: Database, queue: JobQueue, caseId: string, now: Date = new Date()) {
  const row = await queries.findCaseById(db, caseId);
  if (!row) return { recorded: [] as string[] };
  const findings = await findingsAt(db, row, now);
  const recorded: string[] = [];
  for (const finding of findings) {
    if (!(await recordFinding(db, caseId, finding, now))) continue;
    recorded.push(`${finding.kind}:${finding.metric}`);
    if (finding.kind === "sla_breach") await escalate(db, queue, caseId, eventReason("slaBreached", { metric: finding.metric }), now);
  }
  return { recorded };
}

async function escalate(db: Database, queue: JobQueue, caseId: string, why: EventReason, now: Date) {
  const outcome = await db.transaction(async (tx) => {
    const row = await queries.lockCase(tx, caseId);
    if (!row) return null;
    const priority = priorities[Math.min(priorities.length - 1, priorities.indexOf(row.priority) + 1)]!;
    await queries.insertEvents(tx, [
      { caseId, kind: "escalation", visibility: "internal", author: "system", data: { ...why, from: row.priority, to: priority, level: row.escalationLevel + 1 }, createdAt: now },
    ]);
    const updated = await queries.updateCase(tx, caseId, { priority, escalationLevel: row.escalationLevel + 1 });
    const lead = row.queueId ? await queries.findQueueLead(tx, row.queueId) : null;
    return { updated, lead, level: row.escalationLevel + 1 };
  });
  if (outcome?.updated && outcome.lead) {
    const links = caseLinks(outcome.updated);
    await enqueueEmail(db, queue, {
      idempotencyKey: `case-escalated/${caseId}/${outcome.level}`,
      to: outcome.lead.email,
      locale: outcome.lead.locale,
      template: "case-escalated",
      props: { locale: outcome.lead.locale, number: outcome.updated.number, subject: outcome.updated.subject, ...why, priority: outcome.updated.priority, url: links.agentUrl },
    });
  }
}

export { recommendedChannels };

export { getCaseForAgentOrThrow, setMyPresence } from "./agent";
export { mergeCustomers } from "./intake";

export type UploadedFile = { name: string; bytes: Uint8Array };

/**
 * A case from the portal form: the customer's own order only, files checked (size, type, magic
 * bytes) before anything is stored, so a rejected file leaves no case behind. `deflectionSearchIds`
 * are the help-center searches the customer opened an article from while writing (the case form
 * keeps them in the browser): they are marked as followed by a case, i.e. not deflected.
 */
export async function createCaseAsCustomer(db: Database, queue: JobQueue, actor: CustomerActor, input: PortalCaseInput, files: UploadedFile[] = [], options: { deflectionSearchIds?: readonly unknown[] } = {}) {
  if (files.length > MAX_ATTACHMENTS_PER_MESSAGE) throw new DomainError("cases.tooManyAttachments");
  const checked = files.map((f) => checkUpload(f));
  const order = input.orderNumber ? await queries.findOrderOfCustomer(db, { customerId: actor.customerId, number: input.orderNumber }) : null;
  if (input.orderNumber && !order) throw new DomainError("cases.orderNotFound");
  const created = await intake(db, queue, {
    customerId: actor.customerId,
    channel: "portal",
    category: input.category,
    subject: input.subject,
    description: input.description,
    orderId: order?.id ?? null,
    locale: actor.locale,
  }, { authorUserId: null });
  if (checked.length) await storeAttachments(db, { caseId: created.id, eventId: created.messageEventId, uploadedBy: actor.userId, files: checked });
  if (options.deflectionSearchIds?.length) await markSearchesFollowedByCase(db, actor, options.deflectionSearchIds);
  return { id: created.id, number: created.number };
}

/** A portal reply with optional files. */
export async function replyAsCustomerWithFiles(db: Database, queue: JobQueue, actor: CustomerActor, input: { number: string; body: string }, files: UploadedFile[] = []) {
  if (files.length > MAX_ATTACHMENTS_PER_MESSAGE) throw new DomainError("cases.tooManyAttachments");
  const checked = files.map((f) => checkUpload(f));
  const { eventId, caseId } = await replyAsCustomer(db, queue, actor, input);
  if (checked.length) await storeAttachments(db, { caseId, eventId, uploadedBy: actor.userId, files: checked });
  return { eventId };
}

async function storeAttachments(db: Database, params: { caseId: string; eventId: string | null; uploadedBy: string | null; files: CheckedUpload[] }) {
  for (const file of params.files) {
    const key = newStorageKey("cases");
    await getStorage().put(key, file.bytes, file.contentType);
    await queries.insertAttachment(db, { caseId: params.caseId, eventId: params.eventId, fileName: file.fileName, contentType: file.contentType, sizeBytes: file.bytes.byteLength, storageKey: key, sha256: file.sha256, uploadedBy: params.uploadedBy });
  }
}

/**
 * An attachment's bytes for someone who may read its case: the case's customer (public files only)
 * or staff. Anyone else gets the same "not found" as for a missing file.
 */
export async function readAttachmentOrThrow(db: Database, actor: Actor, attachmentId: string) {
  const found = await queries.findAttachment(db, attachmentId);
  const isStaff = actor.role === "agent" || actor.role === "admin";
  if (!found || (!isStaff && (found.customerId !== actor.customerId || found.visibility !== "public"))) throw new DomainError("common.notFound");
  const bytes = await getStorage().get(found.storageKey);
  if (!bytes) throw new DomainError("common.notFound");
  return { fileName: found.fileName, contentType: found.contentType, bytes };
}
