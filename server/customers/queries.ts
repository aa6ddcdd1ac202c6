import { and, asc, desc, eq, exists, ilike, isNull, lte, or, gte, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { caseEvents, cases, contactIdentities, contactPreferences, contracts, customers, forumPosts, forumThreads, journeyEvents, orders, organizations, users } from "@/db/schema";

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function searchCustomers(db: Database, params: { query: string; limit: number }) {
  const pattern = `%${escapeLike(params.query)}%`;
  // Phones are stored as E.164 ("+33612345678"): a number typed with spaces, dots or dashes still matches.
  const isPhoneLike = /^[+\d][\d\s().-]{5,}$/.test(params.query);
  const phonePattern = `%${params.query.replace(/[^\d+]/g, "")}%`;
  // Handles are stored without "@".
  const handlePattern = `%${escapeLike(params.query.replace(/^@/, ""))}%`;
  const byIdentity = exists(
    db
      .select({ one: sql`1` })
      .from(contactIdentities)
      .where(and(eq(contactIdentities.customerId, customers.id), or(ilike(contactIdentities.value, pattern), ilike(contactIdentities.value, handlePattern), isPhoneLike ? ilike(contactIdentities.value, phonePattern) : undefined))),
  );
  return db
    .select({
      id: customers.id,
      displayName: customers.displayName,
      isVip: customers.isVip,
      country: customers.country,
      organization: organizations.name,
      email: sql<string | null>`(select value from contact_identities ci where ci.customer_id = ${customers.id} and ci.kind = 'email' order by ci.created_at limit 1)`,
    })
    .from(customers)
    .leftJoin(organizations, eq(organizations.id, customers.organizationId))
    .where(params.query ? or(ilike(customers.displayName, pattern), byIdentity) : undefined)
    .orderBy(asc(customers.displayName), asc(customers.id))
    .limit(params.limit);
}

export async function findCustomerProfile(db: Database, customerId: string) {
  const [row] = await db
    .select({
      id: customers.id,
      displayName: customers.displayName,
      phone: customers.phone,
      isVip: customers.isVip,
      preferredLocale: customers.preferredLocale,
      preferredChannel: customers.preferredChannel,
      organizationRole: customers.organizationRole,
      organizationId: customers.organizationId,
      organizationName: organizations.name,
      organizationSize: organizations.size,
      email: users.email,
    })
    .from(customers)
    .leftJoin(organizations, eq(organizations.id, customers.organizationId))
    .leftJoin(users, eq(users.id, customers.userId))
    .where(eq(customers.id, customerId))
    .limit(1);
  return row ?? null;
}

/** The contract in force today: the customer's own, else their organization's; the highest tier wins. */
export async function findActiveContract(db: Database, params: { customerId: string; organizationId: string | null }) {
  const today = new Date().toISOString().slice(0, 10);
  const owner = params.organizationId
    ? or(eq(contracts.customerId, params.customerId), eq(contracts.organizationId, params.organizationId))
    : eq(contracts.customerId, params.customerId);
  const [row] = await db
    .select({ number: contracts.number, tier: contracts.tier, startsOn: contracts.startsOn, endsOn: contracts.endsOn })
    .from(contracts)
    .where(and(owner, lte(contracts.startsOn, today), or(isNull(contracts.endsOn), gte(contracts.endsOn, today))))
    .orderBy(desc(contracts.tier))
    .limit(1);
  return row ?? null;
}

// The agent's customer panel (server/customers/panel.ts): each read is bounded and served by an index on the customer.

export async function listIdentities(db: Database, customerId: string) {
  return db
    .select({ id: contactIdentities.id, kind: contactIdentities.kind, network: contactIdentities.network, value: contactIdentities.value, isVerified: sql<boolean>`${contactIdentities.verifiedAt} is not null` })
    .from(contactIdentities)
    .where(eq(contactIdentities.customerId, customerId))
    .orderBy(asc(contactIdentities.kind), asc(contactIdentities.createdAt))
    .limit(30);
}

export async function findContactPreferences(db: Database, customerId: string) {
  const [row] = await db
    .select({ channels: contactPreferences.channels, fromHour: contactPreferences.fromHour, toHour: contactPreferences.toHour, days: contactPreferences.days, timeZone: contactPreferences.timeZone })
    .from(contactPreferences)
    .where(eq(contactPreferences.customerId, customerId))
    .limit(1);
  return row ?? null;
}

export async function listRecentOrders(db: Database, customerId: string, limit: number) {
  return db
    .select({ id: orders.id, number: orders.number, status: orders.status, totalCents: orders.totalCents, currency: orders.currency, placedAt: orders.placedAt })
    .from(orders)
    .where(eq(orders.customerId, customerId))
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(limit);
}

export async function countOrders(db: Database, customerId: string) {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(orders).where(eq(orders.customerId, customerId));
  return row?.count ?? 0;
}

export async function listRecentCases(db: Database, customerId: string, limit: number) {
  return db
    .select({ id: cases.id, number: cases.number, subject: cases.subject, status: cases.status, channel: cases.channel, createdAt: cases.createdAt })
    .from(cases)
    .where(eq(cases.customerId, customerId))
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(limit);
}

/** The customer's forum activity through their account (a channel-only contact has none). */
export async function findForumActivity(db: Database, userId: string) {
  const [counts] = await db
    .select({
      threads: sql<number>`(select count(*)::int from ${forumThreads} where ${forumThreads.authorUserId} = ${userId})`,
      posts: sql<number>`(select count(*)::int from ${forumPosts} where ${forumPosts.authorUserId} = ${userId} and not ${forumPosts.isQuestion})`,
    })
    .from(sql`(select 1) as one`);
  const latest = await db
    .select({ id: forumThreads.id, title: forumThreads.title, locale: forumThreads.locale, replyCount: forumThreads.replyCount, isSolved: sql<boolean>`${forumThreads.acceptedPostId} is not null`, createdAt: forumThreads.createdAt })
    .from(forumThreads)
    .where(and(eq(forumThreads.authorUserId, userId), eq(forumThreads.isHidden, false)))
    .orderBy(desc(forumThreads.createdAt))
    .limit(3);
  return { threads: counts?.threads ?? 0, posts: counts?.posts ?? 0, latest };
}

/** Survey answers recorded on the customer's cases (case events of kind survey). */
export async function listSurveyAnswers(db: Database, customerId: string, limit: number) {
  return db
    .select({ id: caseEvents.id, caseNumber: cases.number, data: caseEvents.data, createdAt: caseEvents.createdAt })
    .from(caseEvents)
    .innerJoin(cases, eq(cases.id, caseEvents.caseId))
    .where(and(eq(cases.customerId, customerId), eq(caseEvents.kind, "survey")))
    .orderBy(desc(caseEvents.createdAt))
    .limit(limit);
}

export async function listJourneyEvents(db: Database, customerId: string, limit: number) {
  return db
    .select({ id: journeyEvents.id, type: journeyEvents.type, channel: journeyEvents.channel, data: journeyEvents.data, occurredAt: journeyEvents.occurredAt })
    .from(journeyEvents)
    .where(eq(journeyEvents.customerId, customerId))
    .orderBy(desc(journeyEvents.occurredAt))
    .limit(limit);
}

export async function findPanelCustomer(db: Database, customerId: string) {
  const [row] = await db
    .select({
      id: customers.id,
      userId: customers.userId,
      displayName: customers.displayName,
      phone: customers.phone,
      isVip: customers.isVip,
      country: customers.country,
      preferredLocale: customers.preferredLocale,
      preferredChannel: customers.preferredChannel,
      organizationId: customers.organizationId,
      organizationRole: customers.organizationRole,
      organizationName: organizations.name,
      organizationSize: organizations.size,
      accountEmail: users.email,
      createdAt: customers.createdAt,
    })
    .from(customers)
    .leftJoin(organizations, eq(organizations.id, customers.organizationId))
    .leftJoin(users, eq(users.id, customers.userId))
    .where(eq(customers.id, customerId))
    .limit(1);
  return row ?? null;
}

/** One page of all the customer's cases, newest first (one extra row tells whether another page follows). */
export async function listCasesPage(db: Database, params: { customerId: string; offset: number; limit: number }) {
  return db
    .select({ id: cases.id, number: cases.number, subject: cases.subject, status: cases.status, priority: cases.priority, channel: cases.channel, createdAt: cases.createdAt })
    .from(cases)
    .where(eq(cases.customerId, params.customerId))
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .offset(params.offset)
    .limit(params.limit + 1);
}

/** What a merge would move from a record: its identities, cases and orders, and whether it has an account. */
export async function findMergeSide(db: Database, customerId: string) {
  const [row] = await db
    .select({
      id: customers.id,
      displayName: customers.displayName,
      hasAccount: sql<boolean>`${customers.userId} is not null`,
      identities: sql<{ kind: string; value: string }[]>`coalesce((select json_agg(json_build_object('kind', ci.kind, 'value', ci.value) order by ci.created_at) from contact_identities ci where ci.customer_id = ${customerId}), '[]')`,
      caseCount: sql<number>`(select count(*)::int from ${cases} where ${cases.customerId} = ${customerId})`,
      orderCount: sql<number>`(select count(*)::int from ${orders} where ${orders.customerId} = ${customerId})`,
    })
    .from(customers)
    .where(eq(customers.id, customerId));
  return row ?? null;
}
