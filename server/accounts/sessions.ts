import type { Database } from "@/db/client";
import type { Actor } from "./actor";
import * as queries from "./queries";

/** JWTs live 30 days after their last use (server/auth/config.ts): older rows are dead sessions. */
const SESSION_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** last_seen_at is coarse on purpose: one write per session every few minutes, not per request. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

/** 203.0.113.7 → 203.0.113.0/24; 2001:db8:1:2::5 → 2001:db8:1::/48. Enough to recognise a network, not a person. */
export function ipPrefix(ip: string): string {
  const v4 = ip.replace(/^::ffff:/, "").match(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  if (ip.includes(":")) {
    const [head] = ip.split("::");
    const groups = (head ?? "").split(":").filter(Boolean).slice(0, 3);
    return groups.length ? `${groups.join(":")}::/48` : "";
  }
  return "";
}

/** Records a sign-in; its id goes into the JWT as `sid`. */
export async function registerSession(db: Database, params: { userId: string; userAgent: string | null; ip: string | null }): Promise<string> {
  return queries.insertUserSession(db, {
    userId: params.userId,
    userAgent: (params.userAgent ?? "").slice(0, 300),
    ipPrefix: params.ip ? ipPrefix(params.ip) : "",
  });
}

/** Refreshes a live session's "last seen" now and then (read in the same query as the actor). */
export async function touchSessionIfStale(db: Database, session: { sessionId: string; lastSeenAt: Date }): Promise<void> {
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await queries.touchSession(db, session.sessionId);
}

export async function listMySessions(db: Database, actor: Actor) {
  const rows = await queries.listLiveSessions(db, { userId: actor.userId, since: new Date(Date.now() - SESSION_MAX_AGE_MS) });
  return rows.map((row) => ({ ...row, isCurrent: row.id === actor.sessionId }));
}

/** Ends every other sign-in of the actor; they are refused from their next request on. */
export async function signOutOtherSessions(db: Database, actor: Actor): Promise<{ count: number }> {
  return { count: await queries.revokeSessions(db, { userId: actor.userId, keep: actor.sessionId ?? null }) };
}

/** Ends one sign-in of the actor's (another user's id answers like a missing one). */
export async function revokeMySession(db: Database, actor: Actor, sessionId: string): Promise<{ count: number }> {
  return { count: await queries.revokeSessions(db, { userId: actor.userId, keep: null, only: sessionId }) };
}

/** Closes one sign-in of a user (their own sign-out on this device). */
export async function endSession(db: Database, params: { userId: string; sessionId: string }): Promise<void> {
  await queries.revokeSessions(db, { userId: params.userId, keep: null, only: params.sessionId });
}
