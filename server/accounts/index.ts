import bcrypt from "bcryptjs";
import type { Database } from "@/db/client";
import { contactIdentities, customers } from "@/db/schema";
import { eq } from "drizzle-orm";
import { DomainError } from "@/server/errors";
import { recordAudit } from "@/server/audit";
import type { Locale } from "@/server/i18n/config";
import type { Actor, Role } from "./actor";
import * as queries from "./queries";
import { touchSessionIfStale } from "./sessions";
import type { ListUsersInput } from "./schemas";

export type { Actor, Role } from "./actor";
export { endSession, ipPrefix, listMySessions, registerSession, revokeMySession, signOutOtherSessions } from "./sessions";
// Profile, email change, export and deletion live in ./self-care (they pull in email and cases, which
// the auth layer importing this file does not need).

const BCRYPT_COST = 12;
// Compared against when the address is unknown, so both answers take the same time.
const DUMMY_HASH = bcrypt.hashSync("parcours-timing-equalizer", BCRYPT_COST);

export const hashPassword = (password: string) => bcrypt.hash(password, BCRYPT_COST);

/**
 * The actor behind a session token, or null once the session is revoked, the version is stale or the
 * account is disabled. With a `sessionId` (every browser session), that sign-in must also be live in
 * the sessions registry: "sign out my other sessions" revokes it there.
 */
export async function getActiveActor(db: Database, params: { userId: string; sessionVersion: number; sessionId?: string }): Promise<Actor | null> {
  const row = await queries.findActiveActorRow(db, params);
  if (!row) return null;
  const { sessionLastSeenAt, ...actor } = row;
  if (params.sessionId) {
    if (!sessionLastSeenAt) return null;
    await touchSessionIfStale(db, { sessionId: params.sessionId, lastSeenAt: sessionLastSeenAt });
  }
  return { ...actor, customerId: actor.customerId ?? null, ...(params.sessionId ? { sessionId: params.sessionId } : {}) };
}

/** The user id when the password matches an enabled account with a password; null otherwise. */
export async function verifyPassword(db: Database, params: { email: string; password: string }): Promise<string | null> {
  const user = await queries.findUserForSignIn(db, params.email);
  const isMatch = await bcrypt.compare(params.password, user?.passwordHash ?? DUMMY_HASH);
  return user && user.passwordHash && isMatch && !user.disabledAt ? user.id : null;
}

/** True only for an existing, disabled account (a new address signing up is not disabled). */
export async function isAccountDisabled(db: Database, userId: string): Promise<boolean> {
  const user = await queries.findUserById(db, userId);
  return !!user?.disabledAt;
}

export async function getSessionVersion(db: Database, userId: string): Promise<number | null> {
  return (await queries.findUserById(db, userId))?.sessionVersion ?? null;
}

/**
 * Gives a new customer account its customer record. When someone already wrote to us from this
 * address (a contact with no login yet), the account takes over that record and its history.
 */
export async function ensureCustomerForUser(db: Database, user: { id: string; email: string; name?: string | null }): Promise<string> {
  const email = user.email.toLowerCase();
  return db.transaction(async (tx) => {
    const known = await queries.findCustomerByEmailIdentity(tx, email);
    if (known && !known.userId) {
      await tx.update(customers).set({ userId: user.id }).where(eq(customers.id, known.customerId));
      return known.customerId;
    }
    const [created] = await tx
      .insert(customers)
      .values({ userId: user.id, displayName: user.name?.trim() || email.split("@")[0]! })
      .returning({ id: customers.id });
    await tx
      .insert(contactIdentities)
      .values({ customerId: created!.id, kind: "email", value: email, verifiedAt: new Date() })
      .onConflictDoNothing();
    return created!.id;
  });
}

/** Invalidates every session of the actor, this one included. */
export async function signOutEverywhere(db: Database, actor: Actor): Promise<void> {
  await queries.bumpSessionVersion(db, actor.userId);
  await queries.revokeSessions(db, { userId: actor.userId, keep: null });
  await recordAudit(db, { actorUserId: actor.userId, action: "user.signed_out_everywhere", entityType: "user", entityId: actor.userId });
}

export async function setLocale(db: Database, actor: Actor, locale: Locale): Promise<void> {
  await queries.updateUserLocale(db, actor.userId, locale);
}

export const listUsers = (db: Database, input: ListUsersInput) => queries.listUsers(db, input);

/** Admin only (checked by the caller's procedure). The user's open sessions end with the change. */
export async function setUserRole(db: Database, actor: Actor, params: { userId: string; role: Role }): Promise<void> {
  if (params.userId === actor.userId) throw new DomainError("users.cannotChangeSelf");
  const updated = await queries.bumpSessionVersion(db, params.userId, { role: params.role });
  if (!updated) throw new DomainError("common.notFound");
  await recordAudit(db, { actorUserId: actor.userId, action: "user.role_changed", entityType: "user", entityId: params.userId, data: { role: params.role } });
}

/** Admin only. Disabling ends every session of the user at their next request. */
export async function setUserDisabled(db: Database, actor: Actor, params: { userId: string; isDisabled: boolean }): Promise<void> {
  if (params.userId === actor.userId) throw new DomainError("users.cannotChangeSelf");
  const updated = await queries.bumpSessionVersion(db, params.userId, { disabledAt: params.isDisabled ? new Date() : null });
  if (!updated) throw new DomainError("common.notFound");
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: params.isDisabled ? "user.disabled" : "user.enabled",
    entityType: "user",
    entityId: params.userId,
  });
}
