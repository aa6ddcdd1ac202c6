import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { caseCategories, cases, contactIdentities, contactPreferences, customers, emailSuppressions, queues, surveyInvitations, surveyOptOuts, surveyResponses, surveyTemplates, users } from "@/db/schema";

export type TemplateRow = typeof surveyTemplates.$inferSelect;
export type InvitationRow = typeof surveyInvitations.$inferSelect;
export type ResponseRow = typeof surveyResponses.$inferSelect;
type Locale = "en" | "fr" | "it";

/** The most specific template for a case: category + locale, then category, then locale, then the default. */
export async function findTemplateFor(db: Database, params: { category: string; locale: Locale }) {
  const [row] = await db
    .select()
    .from(surveyTemplates)
    .where(and(or(eq(surveyTemplates.category, params.category), isNull(surveyTemplates.category)), or(eq(surveyTemplates.locale, params.locale), isNull(surveyTemplates.locale))))
    .orderBy(sql`(${surveyTemplates.category} is not null)::int * 2 + (${surveyTemplates.locale} is not null)::int desc`)
    .limit(1);
  return row ?? null;
}

export async function findTemplate(db: Database, id: string) {
  const [row] = await db.select().from(surveyTemplates).where(eq(surveyTemplates.id, id)).limit(1);
  return row ?? null;
}

export async function listTemplates(db: Database) {
  return db.select().from(surveyTemplates).orderBy(sql`${surveyTemplates.category} nulls first`, sql`${surveyTemplates.locale} nulls first`);
}

export async function insertTemplate(db: Database, values: typeof surveyTemplates.$inferInsert) {
  const [row] = await db.insert(surveyTemplates).values(values).onConflictDoNothing().returning({ id: surveyTemplates.id });
  return row?.id ?? null;
}

export async function updateTemplate(db: Database, id: string, values: Partial<typeof surveyTemplates.$inferInsert>) {
  const [row] = await db.update(surveyTemplates).set(values).where(eq(surveyTemplates.id, id)).returning({ id: surveyTemplates.id });
  return row?.id ?? null;
}

/** Deletes a template unless it is the default (no category, no language); false when nothing was deleted. */
export async function deleteTemplate(db: Database, id: string) {
  const rows = await db
    .delete(surveyTemplates)
    .where(and(eq(surveyTemplates.id, id), or(isNotNull(surveyTemplates.category), isNotNull(surveyTemplates.locale))))
    .returning({ id: surveyTemplates.id });
  return rows.length > 0;
}

export async function findTemplateByScope(db: Database, params: { category: string | null; locale: Locale | null }) {
  const [row] = await db
    .select({ id: surveyTemplates.id })
    .from(surveyTemplates)
    .where(and(params.category ? eq(surveyTemplates.category, params.category) : isNull(surveyTemplates.category), params.locale ? eq(surveyTemplates.locale, params.locale) : isNull(surveyTemplates.locale)))
    .limit(1);
  return row ?? null;
}

export async function categoryExists(db: Database, key: string) {
  const [row] = await db.select({ key: caseCategories.key }).from(caseCategories).where(eq(caseCategories.key, key)).limit(1);
  return !!row;
}

/** Creates the case's one invitation; null when it already has one (whatever its state). */
export async function insertInvitation(db: Database, values: typeof surveyInvitations.$inferInsert) {
  const [row] = await db.insert(surveyInvitations).values(values).onConflictDoNothing({ target: surveyInvitations.caseId }).returning();
  return row ?? null;
}

export async function findInvitation(db: Database, id: string) {
  const [row] = await db.select().from(surveyInvitations).where(eq(surveyInvitations.id, id)).limit(1);
  return row ?? null;
}

export async function findInvitationByCase(db: Database, caseId: string) {
  const [row] = await db.select().from(surveyInvitations).where(eq(surveyInvitations.caseId, caseId)).limit(1);
  return row ?? null;
}

/** Moves an invitation from one state to another; null when it was no longer in `from` (another run got there first). */
export async function transitionInvitation(db: Database, id: string, from: InvitationRow["status"][], values: Partial<typeof surveyInvitations.$inferInsert>) {
  const [row] = await db
    .update(surveyInvitations)
    .set(values)
    .where(and(eq(surveyInvitations.id, id), inArray(surveyInvitations.status, from)))
    .returning();
  return row ?? null;
}

/** Marks the reminder as sent, once: false when it already was. */
export async function claimReminder(db: Database, id: string, at: Date) {
  const rows = await db
    .update(surveyInvitations)
    .set({ remindedAt: at })
    .where(and(eq(surveyInvitations.id, id), eq(surveyInvitations.status, "sent"), isNull(surveyInvitations.remindedAt)))
    .returning({ id: surveyInvitations.id });
  return rows.length > 0;
}

/** What the survey page and the sender need: the invitation with its case and template. */
export async function findInvitationContext(db: Database, id: string) {
  const [row] = await db
    .select({ invitation: surveyInvitations, template: surveyTemplates, caseRow: cases })
    .from(surveyInvitations)
    .innerJoin(cases, eq(cases.id, surveyInvitations.caseId))
    .leftJoin(surveyTemplates, eq(surveyTemplates.id, surveyInvitations.templateId))
    .where(eq(surveyInvitations.id, id))
    .limit(1);
  return row ?? null;
}

/**
 * What the sender needs for a batch of invitations, in one query: the invitation with its case and
 * template, the customer's address (account email, else the first email identity), whether they opted
 * out, whether the address the survey went to (or will go to) is suppressed, and their time zone.
 */
export async function findSendContexts(db: Database, ids: string[]) {
  const identityEmail = sql`(
    select ${contactIdentities.value} from ${contactIdentities}
    where ${contactIdentities.customerId} = ${cases.customerId} and ${contactIdentities.kind} = 'email'
    order by ${contactIdentities.createdAt} limit 1)`;
  const email = sql<string | null>`coalesce(${users.email}, ${identityEmail})`;
  return db
    .select({
      invitation: surveyInvitations,
      template: surveyTemplates,
      caseRow: { id: cases.id, number: cases.number, subject: cases.subject, customerId: cases.customerId, status: cases.status, category: cases.category, locale: cases.locale },
      email,
      isOptedOut: sql<boolean>`exists (select 1 from ${surveyOptOuts} where ${surveyOptOuts.customerId} = ${cases.customerId})`,
      isSuppressed: sql<boolean>`exists (select 1 from ${emailSuppressions} where ${emailSuppressions.email} = lower(coalesce(${surveyInvitations.email}, ${email})))`,
      timeZone: contactPreferences.timeZone,
    })
    .from(surveyInvitations)
    .innerJoin(cases, eq(cases.id, surveyInvitations.caseId))
    .innerJoin(customers, eq(customers.id, cases.customerId))
    .leftJoin(users, eq(users.id, customers.userId))
    .leftJoin(contactPreferences, eq(contactPreferences.customerId, cases.customerId))
    .leftJoin(surveyTemplates, eq(surveyTemplates.id, surveyInvitations.templateId))
    .where(inArray(surveyInvitations.id, ids));
}
export type SendContext = Awaited<ReturnType<typeof findSendContexts>>[number];

export async function findResponse(db: Database, invitationId: string) {
  const [row] = await db.select().from(surveyResponses).where(eq(surveyResponses.invitationId, invitationId)).limit(1);
  return row ?? null;
}

/** Inserts or updates the one response of an invitation; tells which it was. */
export async function upsertResponse(db: Database, values: typeof surveyResponses.$inferInsert & { updatedAt: Date }) {
  const [row] = await db
    .insert(surveyResponses)
    .values(values)
    .onConflictDoUpdate({
      target: surveyResponses.invitationId,
      set: { csat: values.csat, ces: values.ces, answers: values.answers, comment: values.comment, isLowScore: values.isLowScore, updatedAt: values.updatedAt },
    })
    .returning({ id: surveyResponses.id, followedUpAt: surveyResponses.followedUpAt, isNew: sql<boolean>`(xmax = 0)` });
  return row!;
}

/** Claims the closed loop for a response, once. */
export async function claimFollowUp(db: Database, responseId: string, at: Date) {
  const rows = await db
    .update(surveyResponses)
    .set({ followedUpAt: at })
    .where(and(eq(surveyResponses.id, responseId), isNull(surveyResponses.followedUpAt)))
    .returning({ id: surveyResponses.id });
  return rows.length > 0;
}

export async function isOptedOut(db: Database, customerId: string) {
  const [row] = await db.select({ id: surveyOptOuts.customerId }).from(surveyOptOuts).where(eq(surveyOptOuts.customerId, customerId)).limit(1);
  return !!row;
}

export async function insertOptOut(db: Database, customerId: string) {
  await db.insert(surveyOptOuts).values({ customerId }).onConflictDoNothing();
}

export async function findQueueLeadUser(db: Database, queueId: string) {
  const [row] = await db
    .select({ userId: users.id, email: users.email, locale: users.locale })
    .from(queues)
    .innerJoin(users, eq(users.id, queues.leadUserId))
    .where(eq(queues.id, queueId))
    .limit(1);
  return row ?? null;
}

export async function findCustomerName(db: Database, customerId: string) {
  const [row] = await db.select({ displayName: customers.displayName }).from(customers).where(eq(customers.id, customerId)).limit(1);
  return row?.displayName ?? null;
}

// ---------------------------------------------------------------- results

export type ResultsRange = { from: Date; to: Date };
const inRange = (range: ResultsRange) => and(gte(surveyInvitations.createdAt, range.from), lt(surveyInvitations.createdAt, range.to));

/** Sent, answered and the score sums over the range: response rate, CSAT (% of 4–5) and average CES. */
export async function summarize(db: Database, range: ResultsRange) {
  const [row] = await db
    .select({
      sent: sql<number>`count(*) filter (where ${surveyInvitations.sentAt} is not null)::int`,
      answered: sql<number>`count(${surveyResponses.id})::int`,
      satisfied: sql<number>`count(*) filter (where ${surveyResponses.csat} >= 4)::int`,
      cesSum: sql<number>`coalesce(sum(${surveyResponses.ces}), 0)::int`,
      cesCount: sql<number>`count(${surveyResponses.ces})::int`,
    })
    .from(surveyInvitations)
    .leftJoin(surveyResponses, eq(surveyResponses.invitationId, surveyInvitations.id))
    .where(inRange(range));
  return row!;
}

/** Per week (ISO, in UTC) of answered surveys. */
export async function weeklyScores(db: Database, range: ResultsRange) {
  const week = sql<string>`to_char(date_trunc('week', ${surveyResponses.createdAt} at time zone 'UTC'), 'YYYY-MM-DD')`;
  return db
    .select({
      week,
      answered: sql<number>`count(*)::int`,
      satisfied: sql<number>`count(*) filter (where ${surveyResponses.csat} >= 4)::int`,
      cesSum: sql<number>`coalesce(sum(${surveyResponses.ces}), 0)::int`,
      cesCount: sql<number>`count(${surveyResponses.ces})::int`,
    })
    .from(surveyResponses)
    .where(answeredIn(range))
    .groupBy(week)
    .orderBy(week);
}

const dimensions = {
  category: cases.category,
  queue: queues.name,
  agent: users.name,
  channel: cases.channel,
} as const;
export type Dimension = keyof typeof dimensions;

/** Scores grouped by one case dimension (the key comes from a fixed allowlist, never from input). */
export async function scoresBy(db: Database, range: ResultsRange, dimension: Dimension) {
  const key = sql<string | null>`${dimensions[dimension]}::text`;
  return db
    .select({
      key,
      sent: sql<number>`count(*) filter (where ${surveyInvitations.sentAt} is not null)::int`,
      answered: sql<number>`count(${surveyResponses.id})::int`,
      satisfied: sql<number>`count(*) filter (where ${surveyResponses.csat} >= 4)::int`,
      cesSum: sql<number>`coalesce(sum(${surveyResponses.ces}), 0)::int`,
      cesCount: sql<number>`count(${surveyResponses.ces})::int`,
    })
    .from(surveyInvitations)
    .innerJoin(cases, eq(cases.id, surveyInvitations.caseId))
    .leftJoin(queues, eq(queues.id, cases.queueId))
    .leftJoin(users, eq(users.id, cases.assigneeId))
    .leftJoin(surveyResponses, eq(surveyResponses.invitationId, surveyInvitations.id))
    .where(inRange(range))
    .groupBy(key)
    .orderBy(sql`count(${surveyResponses.id}) desc`, key);
}

const responseColumns = {
  id: surveyResponses.id,
  csat: surveyResponses.csat,
  ces: surveyResponses.ces,
  answers: surveyResponses.answers,
  comment: surveyResponses.comment,
  isLowScore: surveyResponses.isLowScore,
  answeredAt: surveyResponses.updatedAt,
  caseNumber: cases.number,
  caseSubject: cases.subject,
  category: cases.category,
  channel: cases.channel,
  queue: queues.name,
  agent: users.name,
  locale: surveyInvitations.locale,
};

/** Responses with their case, queue and agent, ready for a filter and an order. */
const selectResponses = (db: Database) =>
  db
    .select(responseColumns)
    .from(surveyResponses)
    .innerJoin(surveyInvitations, eq(surveyInvitations.id, surveyResponses.invitationId))
    .innerJoin(cases, eq(cases.id, surveyResponses.caseId))
    .leftJoin(queues, eq(queues.id, cases.queueId))
    .leftJoin(users, eq(users.id, cases.assigneeId))
    .$dynamic();
const answeredIn = (range: ResultsRange) => and(gte(surveyResponses.createdAt, range.from), lt(surveyResponses.createdAt, range.to));

export async function latestComments(db: Database, range: ResultsRange, limit: number) {
  return selectResponses(db)
    .where(and(answeredIn(range), sql`${surveyResponses.comment} is not null`))
    .orderBy(desc(surveyResponses.createdAt), asc(surveyResponses.id))
    .limit(limit);
}

/** Every response of the range, oldest first, in pages (the CSV export streams them). */
export async function responsesPage(db: Database, range: ResultsRange, params: { limit: number; offset: number }) {
  return selectResponses(db).where(answeredIn(range)).orderBy(asc(surveyResponses.createdAt), asc(surveyResponses.id)).limit(params.limit).offset(params.offset);
}

/** Where a customer who never said is assumed to be, for dates in their emails (the demo retailer is French). */
export const DEFAULT_TIME_ZONE = "Europe/Paris";
