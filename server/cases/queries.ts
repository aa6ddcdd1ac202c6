import { and, asc, desc, eq, inArray, lt, ne, notInArray, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { renderMarkdown } from "@/server/content/markdown";
import {
  caseAttachments,
  caseCategories,
  caseEvents,
  cases,
  contactIdentities,
  contracts,
  customers,
  inboundMessages,
  orders,
  queues,
  slaPolicies,
  users,
  agentProfiles,
} from "@/db/schema";

export type CaseRow = typeof cases.$inferSelect;
export type NewCase = typeof cases.$inferInsert;
export type NewCaseEvent = typeof caseEvents.$inferInsert;

const closedStatuses = ["resolved", "closed"] as const;

/**
 * What scoring and routing need to know about the customer at intake, in one round trip: the
 * customer, their best running contract (own or their organization's) and where to email them (the
 * account's address, else their first email identity).
 */
export async function findCustomerFacts(db: Database, customerId: string, today: string) {
  const tierRank = sql`case ${contracts.tier} when 'enterprise' then 3 when 'premium' then 2 when 'standard' then 1 else 0 end`;
  const tier = sql<"standard" | "premium" | "enterprise" | null>`(
    select ${contracts.tier} from ${contracts}
    where (${contracts.customerId} = ${customers.id} or (${customers.organizationId} is not null and ${contracts.organizationId} = ${customers.organizationId}))
      and ${contracts.startsOn} <= ${today} and (${contracts.endsOn} is null or ${contracts.endsOn} >= ${today})
    order by ${tierRank} desc limit 1)`;
  const identityEmail = sql<string | null>`(
    select ${contactIdentities.value} from ${contactIdentities}
    where ${contactIdentities.customerId} = ${customers.id} and ${contactIdentities.kind} = 'email'
    order by ${contactIdentities.createdAt} limit 1)`;
  const [row] = await db
    .select({
      id: customers.id,
      displayName: customers.displayName,
      isVip: customers.isVip,
      organizationId: customers.organizationId,
      preferredLocale: customers.preferredLocale,
      userEmail: users.email,
      userLocale: users.locale,
      tier,
      identityEmail,
    })
    .from(customers)
    .leftJoin(users, eq(users.id, customers.userId))
    .where(eq(customers.id, customerId))
    .limit(1);
  if (!row) return null;
  const { tier: found, identityEmail: firstEmail, ...rest } = row;
  return { ...rest, tier: (found ?? "none") as "none" | NonNullable<typeof found>, email: row.userEmail ?? firstEmail ?? null, locale: row.userLocale ?? row.preferredLocale };
}

export async function findOrderOfCustomer(db: Database, params: { customerId: string; orderId?: string; number?: string }) {
  const [row] = await db
    .select({ id: orders.id, number: orders.number, totalCents: orders.totalCents })
    .from(orders)
    .where(and(eq(orders.customerId, params.customerId), params.orderId ? eq(orders.id, params.orderId) : eq(orders.number, params.number ?? "")))
    .limit(1);
  return row ?? null;
}

export async function findCaseByExternalReference(db: Database, kind: string, id: string) {
  const [row] = await db.select({ id: cases.id, number: cases.number }).from(cases).where(and(eq(cases.externalKind, kind), eq(cases.externalId, id))).limit(1);
  return row ?? null;
}

export async function insertCase(db: Database, values: NewCase) {
  const [row] = await db.insert(cases).values(values).returning();
  return row!;
}

/**
 * Every event with a body gets its sanitized HTML here, when it is written, whichever path wrote it
 * (intake, replies, notes, score corrections), so pages never render the raw body as HTML.
 */
export async function insertEvents(db: Database, events: NewCaseEvent[]) {
  if (events.length === 0) return [];
  const rendered = events.map((e) => (e.body != null && e.bodyHtml === undefined ? { ...e, bodyHtml: renderMarkdown(e.body).html } : e));
  return db.insert(caseEvents).values(rendered).returning({ id: caseEvents.id, kind: caseEvents.kind });
}

export async function updateCase(db: Database, caseId: string, values: Partial<NewCase>) {
  const [row] = await db.update(cases).set(values).where(eq(cases.id, caseId)).returning();
  return row ?? null;
}

export async function findCaseById(db: Database, caseId: string) {
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId)).limit(1);
  return row ?? null;
}

/** Locks the case for a state change (reply, close, SLA check) so two writers do not interleave. */
export async function lockCase(db: Database, caseId: string) {
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId)).for("update");
  return row ?? null;
}

/** Locks several cases in id order (one statement): writers locking many cases never deadlock each other. */
export async function lockCases(db: Database, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db.select().from(cases).where(inArray(cases.id, caseIds)).orderBy(asc(cases.id)).for("update");
}

/** The case only if it belongs to the customer: anyone else's reads as missing. */
export async function findCaseOfCustomer(db: Database, params: { customerId: string; number: string }) {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.customerId, params.customerId), eq(cases.number, params.number)))
    .limit(1);
  return row ?? null;
}

export async function findCaseByNumber(db: Database, number: string) {
  const [row] = await db.select().from(cases).where(eq(cases.number, number)).limit(1);
  return row ?? null;
}

export async function findCaseByReplyToken(db: Database, token: string) {
  const [row] = await db.select().from(cases).where(eq(cases.replyToken, token)).limit(1);
  return row ?? null;
}

export async function findCaseByEmailMessageIds(db: Database, messageIds: string[], customerId: string) {
  if (messageIds.length === 0) return null;
  const [row] = await db
    .select({ caseId: caseEvents.caseId })
    .from(caseEvents)
    .innerJoin(cases, eq(cases.id, caseEvents.caseId))
    .where(and(inArray(caseEvents.emailMessageId, messageIds), eq(cases.customerId, customerId)))
    .orderBy(desc(caseEvents.createdAt))
    .limit(1);
  return row ?? null;
}

export const caseSummaryColumns = {
  id: cases.id,
  number: cases.number,
  subject: cases.subject,
  status: cases.status,
  category: cases.category,
  channel: cases.channel,
  priority: cases.priority,
  createdAt: cases.createdAt,
  lastActivityAt: cases.lastActivityAt,
};

export async function listCasesOfCustomer(
  db: Database,
  params: { customerId: string; status: "open" | "closed" | "all"; before: { createdAt: Date; id: string } | null; limit: number },
) {
  const after = params.before;
  return db
    .select(caseSummaryColumns)
    .from(cases)
    .where(
      and(
        eq(cases.customerId, params.customerId),
        params.status === "open" ? notInArray(cases.status, [...closedStatuses]) : params.status === "closed" ? inArray(cases.status, [...closedStatuses]) : undefined,
        after ? or(lt(cases.createdAt, after.createdAt), and(eq(cases.createdAt, after.createdAt), lt(cases.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(params.limit);
}

export async function listEvents(db: Database, params: { caseId: string; publicOnly: boolean }) {
  const rows = await db
    .select({
      id: caseEvents.id,
      kind: caseEvents.kind,
      visibility: caseEvents.visibility,
      author: caseEvents.author,
      authorName: sql<string | null>`coalesce(${agentProfiles.displayName}, ${users.name})`,
      channel: caseEvents.channel,
      body: caseEvents.body,
      bodyHtml: caseEvents.bodyHtml,
      data: caseEvents.data,
      createdAt: caseEvents.createdAt,
    })
    .from(caseEvents)
    .leftJoin(users, eq(users.id, caseEvents.authorUserId))
    .leftJoin(agentProfiles, eq(agentProfiles.userId, caseEvents.authorUserId))
    .where(and(eq(caseEvents.caseId, params.caseId), params.publicOnly ? eq(caseEvents.visibility, "public") : undefined))
    // Events written in one transaction share a timestamp: the message first, then what the system did with it.
    .orderBy(asc(caseEvents.createdAt), sql`case ${caseEvents.kind} when 'message_in' then 0 when 'routing' then 1 when 'assignment' then 2 else 3 end`, asc(caseEvents.id));
  // Rows written before body_html existed are rendered on the way out, through the same sanitizer.
  return rows.map((r) => (r.body != null && r.bodyHtml == null ? { ...r, bodyHtml: renderMarkdown(r.body).html } : r));
}

export async function listAttachments(db: Database, params: { caseId: string; publicOnly: boolean }) {
  return db
    .select({ id: caseAttachments.id, eventId: caseAttachments.eventId, fileName: caseAttachments.fileName, contentType: caseAttachments.contentType, sizeBytes: caseAttachments.sizeBytes, createdAt: caseAttachments.createdAt })
    .from(caseAttachments)
    .where(and(eq(caseAttachments.caseId, params.caseId), params.publicOnly ? eq(caseAttachments.visibility, "public") : undefined))
    .orderBy(asc(caseAttachments.createdAt));
}

export async function insertAttachment(db: Database, values: typeof caseAttachments.$inferInsert) {
  const [row] = await db.insert(caseAttachments).values(values).returning({ id: caseAttachments.id });
  return row!;
}

/** The attachment with its case's owner, so the caller decides who may read it. */
export async function findAttachment(db: Database, attachmentId: string) {
  const [row] = await db
    .select({
      id: caseAttachments.id,
      fileName: caseAttachments.fileName,
      contentType: caseAttachments.contentType,
      sizeBytes: caseAttachments.sizeBytes,
      storageKey: caseAttachments.storageKey,
      visibility: caseAttachments.visibility,
      customerId: cases.customerId,
    })
    .from(caseAttachments)
    .innerJoin(cases, eq(cases.id, caseAttachments.caseId))
    .where(eq(caseAttachments.id, attachmentId))
    .limit(1);
  return row ?? null;
}

/** Claims the provider message id; null when it was already processed (a redelivery). */
export async function claimInboundMessage(db: Database, values: typeof inboundMessages.$inferInsert) {
  const [row] = await db.insert(inboundMessages).values(values).onConflictDoNothing().returning({ id: inboundMessages.id });
  return row ?? null;
}

export async function findInboundMessage(db: Database, channel: NonNullable<NewCase["channel"]>, providerMessageId: string) {
  const [row] = await db
    .select()
    .from(inboundMessages)
    .where(and(eq(inboundMessages.channel, channel), eq(inboundMessages.providerMessageId, providerMessageId)))
    .limit(1);
  return row ?? null;
}

export async function completeInboundMessage(db: Database, id: string, values: { caseId: string; eventId: string; customerId: string }) {
  await db.update(inboundMessages).set(values).where(eq(inboundMessages.id, id));
}

export async function findIdentity(db: Database, params: { kind: "email" | "phone" | "social"; network: string; value: string }) {
  const [row] = await db
    .select({ customerId: contactIdentities.customerId })
    .from(contactIdentities)
    .where(and(eq(contactIdentities.kind, params.kind), eq(contactIdentities.network, params.network), eq(contactIdentities.value, params.value)))
    .limit(1);
  return row ?? null;
}

export async function findCustomerByUserEmail(db: Database, email: string) {
  const [row] = await db
    .select({ customerId: customers.id })
    .from(customers)
    .innerJoin(users, eq(users.id, customers.userId))
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  return row ?? null;
}

/** Creates a channel-only contact with its first identity; a concurrent sender with the same identity wins the race. */
export async function insertContact(db: Database, params: { displayName: string; locale: "en" | "fr" | "it"; kind: "email" | "phone" | "social"; network: string; value: string; phone?: string | null }) {
  const [customer] = await db
    .insert(customers)
    .values({ displayName: params.displayName, preferredLocale: params.locale, phone: params.phone ?? null, preferredChannel: params.kind === "phone" ? "sms" : "email" })
    .returning({ id: customers.id });
  const [identity] = await db
    .insert(contactIdentities)
    .values({ customerId: customer!.id, kind: params.kind, network: params.network, value: params.value })
    .onConflictDoNothing()
    .returning({ customerId: contactIdentities.customerId });
  return identity ? customer!.id : null;
}

export async function deleteCustomer(db: Database, customerId: string) {
  await db.delete(customers).where(eq(customers.id, customerId));
}

export async function findCustomer(db: Database, customerId: string) {
  const [row] = await db.select().from(customers).where(eq(customers.id, customerId)).limit(1);
  return row ?? null;
}

/** Moves everything of `from` onto `into`; identities that `into` already has are dropped. */
export async function moveCustomerRecords(db: Database, params: { from: string; into: string }) {
  await db.execute(sql`
    delete from ${contactIdentities} a using ${contactIdentities} b
    where a.customer_id = ${params.from} and b.customer_id = ${params.into}
      and a.kind = b.kind and a.network = b.network and a.value = b.value`);
  await db.update(contactIdentities).set({ customerId: params.into }).where(eq(contactIdentities.customerId, params.from));
  await db.update(cases).set({ customerId: params.into }).where(eq(cases.customerId, params.from));
  await db.update(orders).set({ customerId: params.into }).where(eq(orders.customerId, params.from));
  await db.update(inboundMessages).set({ customerId: params.into }).where(eq(inboundMessages.customerId, params.from));
}

export async function findCaseForAgent(db: Database, number: string) {
  const [row] = await db
    .select({
      case: cases,
      customerName: customers.displayName,
      customerIsVip: customers.isVip,
      queueName: queues.name,
      assigneeName: agentProfiles.displayName,
      slaPolicyName: slaPolicies.name,
      categoryNames: caseCategories.names,
    })
    .from(cases)
    .innerJoin(customers, eq(customers.id, cases.customerId))
    .innerJoin(caseCategories, eq(caseCategories.key, cases.category))
    .leftJoin(queues, eq(queues.id, cases.queueId))
    .leftJoin(agentProfiles, eq(agentProfiles.userId, cases.assigneeId))
    .leftJoin(slaPolicies, eq(slaPolicies.id, cases.slaPolicyId))
    .where(eq(cases.number, number))
    .limit(1);
  return row ?? null;
}

/** Every case of a customer across channels, for the agent's customer timeline. */
export async function listCasesOfCustomerForAgent(db: Database, customerId: string, excludeCaseId: string) {
  return db
    .select(caseSummaryColumns)
    .from(cases)
    .where(and(eq(cases.customerId, customerId), ne(cases.id, excludeCaseId)))
    .orderBy(desc(cases.createdAt))
    .limit(20);
}

export async function findQueueLead(db: Database, queueId: string) {
  const [row] = await db
    .select({ email: users.email, locale: users.locale })
    .from(queues)
    .innerJoin(users, eq(users.id, queues.leadUserId))
    .where(eq(queues.id, queueId))
    .limit(1);
  return row ?? null;
}

export async function releaseInboundMessage(db: Database, id: string) {
  await db.delete(inboundMessages).where(eq(inboundMessages.id, id));
}

/** The merged-away record had the account: the surviving customer takes it over. */
export async function moveUserToCustomer(db: Database, params: { userId: string; from: string; into: string }) {
  await db.update(customers).set({ userId: null }).where(eq(customers.id, params.from));
  await db.update(customers).set({ userId: params.userId }).where(eq(customers.id, params.into));
}

export async function findAgentProfile(db: Database, userId: string) {
  const [row] = await db.select({ userId: agentProfiles.userId }).from(agentProfiles).where(eq(agentProfiles.userId, userId)).limit(1);
  return row ?? null;
}

export async function findQueue(db: Database, queueId: string) {
  const [row] = await db.select({ id: queues.id }).from(queues).where(eq(queues.id, queueId)).limit(1);
  return row ?? null;
}
