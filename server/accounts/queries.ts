import { and, asc, desc, eq, gt, ilike, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  contactIdentities,
  contactPreferences,
  customers,
  emailChangeRequests,
  invoices,
  journeyEvents,
  orderItems,
  orderRequests,
  orders,
  products,
  userSessions,
  users,
} from "@/db/schema";
import type { Locale } from "@/server/i18n/config";
import type { ListUsersInput } from "./schemas";
import type { Role } from "./actor";

type ContactChannel = (typeof customers.$inferSelect)["preferredChannel"];

/** One round trip per request: the user, their customer record and (given a session id) whether that sign-in is live. */
export async function findActiveActorRow(db: Database, params: { userId: string; sessionVersion: number; sessionId?: string }) {
  const [row] = await db
    .select({
      userId: users.id,
      role: users.role,
      email: users.email,
      name: users.name,
      locale: users.locale,
      customerId: customers.id,
      sessionLastSeenAt: params.sessionId ? userSessions.lastSeenAt : sql<Date | null>`null`,
    })
    .from(users)
    .leftJoin(customers, eq(customers.userId, users.id))
    .leftJoin(
      userSessions,
      params.sessionId ? and(eq(userSessions.id, params.sessionId), eq(userSessions.userId, users.id), isNull(userSessions.revokedAt)) : sql`false`,
    )
    .where(and(eq(users.id, params.userId), eq(users.sessionVersion, params.sessionVersion), isNull(users.disabledAt)))
    .limit(1);
  return row ?? null;
}

export async function findUserForSignIn(db: Database, email: string) {
  const [row] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, disabledAt: users.disabledAt, sessionVersion: users.sessionVersion })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return row ?? null;
}

export async function findUserById(db: Database, userId: string) {
  const [row] = await db
    .select({ id: users.id, email: users.email, disabledAt: users.disabledAt, sessionVersion: users.sessionVersion, role: users.role })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

export async function bumpSessionVersion(db: Database, userId: string, changes: Partial<{ role: Role; disabledAt: Date | null }> = {}) {
  const [row] = await db
    .update(users)
    .set({ ...changes, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ id: users.id, sessionVersion: users.sessionVersion });
  return row ?? null;
}

export async function updateUserLocale(db: Database, userId: string, locale: Locale) {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

export async function findCustomerByEmailIdentity(db: Database, email: string) {
  const [row] = await db
    .select({ customerId: contactIdentities.customerId, userId: customers.userId })
    .from(contactIdentities)
    .innerJoin(customers, eq(customers.id, contactIdentities.customerId))
    .where(and(eq(contactIdentities.kind, "email"), eq(contactIdentities.network, ""), eq(contactIdentities.value, email)))
    .limit(1);
  return row ?? null;
}

export async function listUsers(db: Database, input: ListUsersInput) {
  const filters: SQL[] = [];
  if (input.role) filters.push(eq(users.role, input.role));
  if (input.query) {
    const pattern = `%${input.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(users.email, pattern), ilike(users.name, pattern));
    if (match) filters.push(match);
  }
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabledAt: users.disabledAt, createdAt: users.createdAt })
    .from(users)
    .where(filters.length ? and(...filters) : undefined)
    // Staff first: the people an admin manages most.
    .orderBy(desc(users.role), asc(users.email))
    .limit(100);
}

// --- Sessions registry -------------------------------------------------------------------------

export async function insertUserSession(db: Database, values: { userId: string; userAgent: string; ipPrefix: string }) {
  const [row] = await db.insert(userSessions).values(values).returning({ id: userSessions.id });
  return row!.id;
}

/** The session row if it belongs to the user and is not revoked. */
export async function findLiveSession(db: Database, params: { sessionId: string; userId: string }) {
  const [row] = await db
    .select({ id: userSessions.id, lastSeenAt: userSessions.lastSeenAt })
    .from(userSessions)
    .where(and(eq(userSessions.id, params.sessionId), eq(userSessions.userId, params.userId), isNull(userSessions.revokedAt)))
    .limit(1);
  return row ?? null;
}

export async function touchSession(db: Database, sessionId: string) {
  await db.update(userSessions).set({ lastSeenAt: new Date() }).where(eq(userSessions.id, sessionId));
}

export async function listLiveSessions(db: Database, params: { userId: string; since: Date }) {
  return db
    .select({ id: userSessions.id, userAgent: userSessions.userAgent, ipPrefix: userSessions.ipPrefix, createdAt: userSessions.createdAt, lastSeenAt: userSessions.lastSeenAt })
    .from(userSessions)
    .where(and(eq(userSessions.userId, params.userId), isNull(userSessions.revokedAt), gt(userSessions.lastSeenAt, params.since)))
    .orderBy(desc(userSessions.lastSeenAt))
    .limit(50);
}

/** Revokes the user's sessions except `keep` (null: all of them); returns how many. */
export async function revokeSessions(db: Database, params: { userId: string; keep: string | null; only?: string }) {
  const rows = await db
    .update(userSessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(userSessions.userId, params.userId),
        isNull(userSessions.revokedAt),
        params.keep ? ne(userSessions.id, params.keep) : undefined,
        params.only ? eq(userSessions.id, params.only) : undefined,
      ),
    )
    .returning({ id: userSessions.id });
  return rows.length;
}

// --- Profile ------------------------------------------------------------------------------------

export async function updateCustomerProfile(
  db: Database,
  params: { customerId: string; userId: string; displayName: string; phone: string | null; locale: Locale; channels: ContactChannel[]; fromHour: number; toHour: number; days: number[]; timeZone: string },
) {
  await db
    .update(customers)
    .set({ displayName: params.displayName, phone: params.phone, preferredLocale: params.locale, preferredChannel: params.channels[0]! })
    .where(eq(customers.id, params.customerId));
  await db.update(users).set({ name: params.displayName, locale: params.locale }).where(eq(users.id, params.userId));
  const preferences = { channels: params.channels, fromHour: params.fromHour, toHour: params.toHour, days: params.days, timeZone: params.timeZone, updatedAt: new Date() };
  await db
    .insert(contactPreferences)
    .values({ customerId: params.customerId, ...preferences })
    .onConflictDoUpdate({ target: contactPreferences.customerId, set: preferences });
  if (params.phone) {
    await db.insert(contactIdentities).values({ customerId: params.customerId, kind: "phone", value: params.phone }).onConflictDoNothing();
  }
}

export async function findContactPreferences(db: Database, customerId: string) {
  const [row] = await db.select().from(contactPreferences).where(eq(contactPreferences.customerId, customerId)).limit(1);
  return row ?? null;
}

// --- Email change -------------------------------------------------------------------------------

export async function isEmailUsedByAnotherUser(db: Database, params: { email: string; userId: string }) {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(sql`lower(${users.email}) = ${params.email}`, ne(users.id, params.userId)))
    .limit(1);
  return !!row;
}

export async function insertEmailChangeRequest(db: Database, values: { userId: string; newEmail: string; tokenHash: string; expiresAt: Date }) {
  // A newer link replaces older pending ones: only the last address asked for can be confirmed.
  await db
    .update(emailChangeRequests)
    .set({ consumedAt: new Date() })
    .where(and(eq(emailChangeRequests.userId, values.userId), isNull(emailChangeRequests.consumedAt)));
  await db.insert(emailChangeRequests).values(values);
}

/** Marks the pending, unexpired request of this user and token used; returns its address (null if none). */
export async function consumeEmailChangeRequest(db: Database, params: { userId: string; tokenHash: string; now: Date }) {
  const [row] = await db
    .update(emailChangeRequests)
    .set({ consumedAt: params.now })
    .where(
      and(
        eq(emailChangeRequests.tokenHash, params.tokenHash),
        eq(emailChangeRequests.userId, params.userId),
        isNull(emailChangeRequests.consumedAt),
        gt(emailChangeRequests.expiresAt, params.now),
      ),
    )
    .returning({ newEmail: emailChangeRequests.newEmail });
  return row?.newEmail ?? null;
}

export async function findPendingEmailChange(db: Database, userId: string) {
  const [row] = await db
    .select({ newEmail: emailChangeRequests.newEmail, expiresAt: emailChangeRequests.expiresAt })
    .from(emailChangeRequests)
    .where(and(eq(emailChangeRequests.userId, userId), isNull(emailChangeRequests.consumedAt), gt(emailChangeRequests.expiresAt, new Date())))
    .orderBy(desc(emailChangeRequests.createdAt))
    .limit(1);
  return row ?? null;
}

export async function setUserEmail(db: Database, params: { userId: string; customerId: string | null; email: string }) {
  await db.update(users).set({ email: params.email, emailVerified: new Date() }).where(eq(users.id, params.userId));
  if (params.customerId) {
    await db
      .insert(contactIdentities)
      .values({ customerId: params.customerId, kind: "email", value: params.email, verifiedAt: new Date() })
      .onConflictDoNothing();
  }
}

// --- Data export ----------------------------------------------------------------------------------

/** Everything stored about one customer account, for the "download my data" export. */
export async function readCustomerData(db: Database, params: { userId: string; customerId: string }) {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, params.userId));
  const [customer] = await db.select().from(customers).where(eq(customers.id, params.customerId));
  const [identities, preferences, customerOrders, requests, journey, sessions] = await Promise.all([
    db
      .select({ kind: contactIdentities.kind, network: contactIdentities.network, value: contactIdentities.value, verifiedAt: contactIdentities.verifiedAt })
      .from(contactIdentities)
      .where(eq(contactIdentities.customerId, params.customerId)),
    findContactPreferences(db, params.customerId),
    db
      .select({
        number: orders.number,
        status: orders.status,
        placedAt: orders.placedAt,
        currency: orders.currency,
        totalCents: orders.totalCents,
        shippingAddress: orders.shippingAddress,
        items: sql<unknown>`coalesce((select json_agg(json_build_object('sku', p.sku, 'name', p.name, 'quantity', oi.quantity, 'unitPriceCents', oi.unit_price_cents))
          from ${orderItems} oi join ${products} p on p.id = oi.product_id where oi.order_id = "orders"."id"), '[]'::json)`,
        invoices: sql<unknown>`coalesce((select json_agg(json_build_object('number', i.number, 'issuedAt', i.issued_at, 'totalCents', i.total_cents))
          from ${invoices} i where i.order_id = "orders"."id"), '[]'::json)`,
      })
      .from(orders)
      .where(eq(orders.customerId, params.customerId))
      .orderBy(desc(orders.placedAt)),
    db
      .select({ kind: orderRequests.kind, reason: orderRequests.reason, details: orderRequests.details, caseNumber: orderRequests.caseNumber, createdAt: orderRequests.createdAt })
      .from(orderRequests)
      .where(eq(orderRequests.requestedBy, params.customerId)),
    db
      .select({ type: journeyEvents.type, channel: journeyEvents.channel, occurredAt: journeyEvents.occurredAt, data: journeyEvents.data })
      .from(journeyEvents)
      .where(eq(journeyEvents.customerId, params.customerId))
      .orderBy(desc(journeyEvents.occurredAt)),
    db
      .select({ userAgent: userSessions.userAgent, ipPrefix: userSessions.ipPrefix, createdAt: userSessions.createdAt, lastSeenAt: userSessions.lastSeenAt, revokedAt: userSessions.revokedAt })
      .from(userSessions)
      .where(eq(userSessions.userId, params.userId)),
  ]);
  return { user, customer, identities, preferences, orders: customerOrders, requests, journey, sessions };
}
