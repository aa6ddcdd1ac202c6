import { sql } from "drizzle-orm";
import { bigint, index, integer, jsonb, pgEnum, pgSequence, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { orders } from "./commerce";
import { customers } from "./customers";
import { locale, users } from "./identity";
import { casePriority, queues, routingRules, scoreLevel, slaPolicies } from "./routing";

export const caseChannel = pgEnum("case_channel", ["portal", "email", "sms", "chat", "social", "phone", "forum", "order", "generic"]);
/** pending_customer pauses the SLA clock; resolved can be reopened by the customer for a while, closed cannot. */
export const caseStatus = pgEnum("case_status", ["new", "open", "pending_customer", "on_hold", "resolved", "closed"]);
export const caseEventKind = pgEnum("case_event_kind", [
  "message_in",
  "message_out",
  "note",
  "status",
  "assignment",
  "routing",
  "sla_warning",
  "sla_breach",
  "escalation",
  "score",
  "merge",
  // Agent workspace: a priority change, a link to an order or forum thread, a split into a new case.
  "priority",
  "link",
  "split",
  // After the case: a survey answer, and a follow-up task for the queue lead (closed loop).
  "survey",
  "task",
]);
export const eventVisibility = pgEnum("event_visibility", ["public", "internal"]);
export const eventAuthor = pgEnum("event_author", ["customer", "agent", "bot", "system"]);

export type ScoreReason = { score: "complexity" | "severity" | "effort"; level: "low" | "medium" | "high"; rule: string; detail?: string };

export const caseNumberSeq = pgSequence("case_number_seq", { startWith: 100001 });

export const caseCategories = pgTable("case_categories", {
  key: text().primaryKey(),
  // Label per locale ({ en, fr, it }).
  names: jsonb().$type<Record<"en" | "fr" | "it", string>>().notNull(),
  defaultComplexity: scoreLevel().notNull().default("medium"),
  defaultSeverity: scoreLevel().notNull().default("medium"),
  defaultEffort: scoreLevel().notNull().default("medium"),
  // Skill key an agent needs to take cases of this category (null: anyone in the queue).
  requiredSkill: text(),
  sortOrder: smallint().notNull().default(0),
});

export const cases = pgTable(
  "cases",
  {
    id: uuid().primaryKey().defaultRandom(),
    // Human-friendly and never reused: what customers quote on the phone.
    number: text()
      .notNull()
      .unique()
      .default(sql`'C-' || nextval('case_number_seq')::text`),
    customerId: uuid().notNull().references(() => customers.id, { onDelete: "cascade" }),
    channel: caseChannel().notNull(),
    category: text().notNull().references(() => caseCategories.key),
    subject: text().notNull(),
    description: text().notNull(),
    status: caseStatus().notNull().default("new"),
    priority: casePriority().notNull().default("normal"),
    locale: locale().notNull().default("en"),
    orderId: uuid().references(() => orders.id, { onDelete: "set null" }),
    externalKind: text(),
    externalId: text(),
    complexity: scoreLevel().notNull(),
    severity: scoreLevel().notNull(),
    effort: scoreLevel().notNull(),
    scoreReasons: jsonb().$type<ScoreReason[]>().notNull().default([]),
    // Set when an agent corrected the scores: rescoring never overwrites a human correction.
    scoresCorrectedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    queueId: uuid().references(() => queues.id, { onDelete: "set null" }),
    assigneeId: uuid().references(() => users.id, { onDelete: "set null" }),
    routingRuleId: uuid().references(() => routingRules.id, { onDelete: "set null" }),
    requiredSkill: text(),
    minProficiency: smallint().notNull().default(1),
    slaPolicyId: uuid().references(() => slaPolicies.id, { onDelete: "set null" }),
    firstResponseDueAt: timestamp({ withTimezone: true }),
    nextResponseDueAt: timestamp({ withTimezone: true }),
    resolutionDueAt: timestamp({ withTimezone: true }),
    firstRespondedAt: timestamp({ withTimezone: true }),
    // While set the SLA clock is stopped; resuming pushes the due dates by the business time paused.
    slaPausedAt: timestamp({ withTimezone: true }),
    escalationLevel: smallint().notNull().default(0),
    // The token of our reply address (reply+<token>@…): an email to it threads onto this case.
    replyToken: text().notNull().unique(),
    resolvedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    lastActivityAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // "My cases": one customer's cases, newest first, keyset-paged.
    index().on(t.customerId, t.createdAt, t.id),
    // Open cases per queue by priority: the agent list and the assignment scan.
    index("cases_open_queue_idx").on(t.queueId, t.priority, t.createdAt).where(sql`${t.status} not in ('resolved', 'closed')`),
    index("cases_open_assignee_idx").on(t.assigneeId).where(sql`${t.status} not in ('resolved', 'closed')`),
    uniqueIndex("cases_external_ref_key").on(t.externalKind, t.externalId).where(sql`${t.externalKind} is not null`),
    index().on(t.orderId),
    index().on(t.category),
    index().on(t.routingRuleId),
    index().on(t.slaPolicyId),
    index().on(t.scoresCorrectedBy),
  ],
);

export const caseEvents = pgTable(
  "case_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid().notNull().references(() => cases.id, { onDelete: "cascade" }),
    kind: caseEventKind().notNull(),
    visibility: eventVisibility().notNull(),
    author: eventAuthor().notNull(),
    authorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    // For messages: the channel it came in or went out on.
    channel: caseChannel(),
    body: text(),
    // The body's Markdown rendered through the one sanitizer (server/content/markdown.ts) when the
    // message was written: pages show this, never the raw body as HTML. Null for events without a body.
    bodyHtml: text(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    // RFC 5322 Message-ID of an email in or out: In-Reply-To/References of a reply point at it.
    emailMessageId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.caseId, t.createdAt),
    index().on(t.emailMessageId),
    index().on(t.authorUserId),
    // A warning or breach is recorded once per metric and due date, however many jobs notice it.
    uniqueIndex("case_events_sla_once")
      .on(t.caseId, t.kind, sql`(${t.data}->>'metric')`, sql`(${t.data}->>'dueAt')`)
      .where(sql`${t.kind} in ('sla_warning', 'sla_breach')`),
  ],
);

export const caseAttachments = pgTable(
  "case_attachments",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid().notNull().references(() => cases.id, { onDelete: "cascade" }),
    eventId: uuid().references(() => caseEvents.id, { onDelete: "set null" }),
    fileName: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: bigint({ mode: "number" }).notNull(),
    storageKey: text().notNull(),
    sha256: text().notNull(),
    visibility: eventVisibility().notNull().default("public"),
    uploadedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.caseId), index().on(t.eventId), index().on(t.uploadedBy)],
);

/** One row per provider message: a redelivered webhook finds its row and is not processed again. */
export const inboundMessages = pgTable(
  "inbound_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    channel: caseChannel().notNull(),
    providerMessageId: text().notNull(),
    customerId: uuid().references(() => customers.id, { onDelete: "set null" }),
    caseId: uuid().references(() => cases.id, { onDelete: "set null" }),
    eventId: uuid().references(() => caseEvents.id, { onDelete: "set null" }),
    sizeBytes: integer().notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.channel, t.providerMessageId), index().on(t.customerId), index().on(t.caseId), index().on(t.eventId)],
);
