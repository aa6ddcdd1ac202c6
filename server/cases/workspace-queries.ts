import { and, asc, eq, gt, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { agentProfiles, caseAttachments, caseEvents, caseViewers, cases, forumThreads, users } from "@/db/schema";

/** The SQL of the case workspace (server/cases/workspace.ts, merge-cases.ts, split and links). */

export async function findCasesByNumbers(db: Database, numbers: string[]) {
  if (numbers.length === 0) return [];
  return db.select().from(cases).where(inArray(cases.number, numbers));
}

/** Conversation events of a case (what a merge copies onto the surviving case). */
export async function listConversationEvents(db: Database, caseId: string) {
  return db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), inArray(caseEvents.kind, ["message_in", "message_out", "note"])))
    .orderBy(asc(caseEvents.createdAt), asc(caseEvents.id));
}

export async function listAttachmentRows(db: Database, caseId: string) {
  return db.select().from(caseAttachments).where(eq(caseAttachments.caseId, caseId)).orderBy(asc(caseAttachments.createdAt));
}

export async function insertAttachmentRows(db: Database, rows: (typeof caseAttachments.$inferInsert)[]) {
  if (rows.length) await db.insert(caseAttachments).values(rows);
}

export async function findEventOfCase(db: Database, params: { caseId: string; eventId: string }) {
  const [row] = await db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.id, params.eventId), eq(caseEvents.caseId, params.caseId)))
    .limit(1);
  return row ?? null;
}

/**
 * Events written on the case after `seenEventId` by anyone but the caller: what the agent has not
 * seen while writing. An unknown id (another case's, a deleted one) counts every event as new.
 */
export async function listEventsAfter(db: Database, params: { caseId: string; seenEventId: string; excludeUserId: string }) {
  const seenAt = sql`(select ${caseEvents.createdAt} from ${caseEvents} where ${caseEvents.id} = ${params.seenEventId} and ${caseEvents.caseId} = ${params.caseId})`;
  return db
    .select({
      id: caseEvents.id,
      kind: caseEvents.kind,
      visibility: caseEvents.visibility,
      author: caseEvents.author,
      authorName: sql<string | null>`coalesce(${agentProfiles.displayName}, ${users.name})`,
      body: caseEvents.body,
      createdAt: caseEvents.createdAt,
    })
    .from(caseEvents)
    .leftJoin(users, eq(users.id, caseEvents.authorUserId))
    .leftJoin(agentProfiles, eq(agentProfiles.userId, caseEvents.authorUserId))
    .where(
      and(
        eq(caseEvents.caseId, params.caseId),
        sql`${caseEvents.createdAt} > coalesce(${seenAt}, '-infinity'::timestamptz)`,
        or(isNull(caseEvents.authorUserId), ne(caseEvents.authorUserId, params.excludeUserId)),
      ),
    )
    .orderBy(asc(caseEvents.createdAt), asc(caseEvents.id))
    .limit(20);
}

/** Staff who can hold cases and be mentioned: everyone with an agent profile, by name. */
export async function listColleagues(db: Database) {
  return db
    .select({
      userId: agentProfiles.userId,
      displayName: agentProfiles.displayName,
      presence: agentProfiles.presence,
      email: users.email,
      locale: users.locale,
    })
    .from(agentProfiles)
    .innerJoin(users, eq(users.id, agentProfiles.userId))
    .where(isNull(users.disabledAt))
    .orderBy(asc(agentProfiles.displayName))
    .limit(500);
}

export async function touchViewer(db: Database, params: { caseId: string; userId: string; isTyping: boolean; now: Date }) {
  await db
    .insert(caseViewers)
    .values({ caseId: params.caseId, userId: params.userId, isTyping: params.isTyping, lastSeenAt: params.now })
    .onConflictDoUpdate({ target: [caseViewers.caseId, caseViewers.userId], set: { isTyping: params.isTyping, lastSeenAt: params.now } });
}

export async function deleteViewer(db: Database, params: { caseId: string; userId: string }) {
  await db.delete(caseViewers).where(and(eq(caseViewers.caseId, params.caseId), eq(caseViewers.userId, params.userId)));
}

/** The other staff who had the case open recently. */
export async function listViewers(db: Database, params: { caseId: string; excludeUserId: string; since: Date }) {
  return db
    .select({
      userId: caseViewers.userId,
      name: sql<string>`coalesce(${agentProfiles.displayName}, ${users.name}, ${users.email})`,
      isTyping: caseViewers.isTyping,
      lastSeenAt: caseViewers.lastSeenAt,
    })
    .from(caseViewers)
    .innerJoin(users, eq(users.id, caseViewers.userId))
    .leftJoin(agentProfiles, eq(agentProfiles.userId, caseViewers.userId))
    .where(and(eq(caseViewers.caseId, params.caseId), ne(caseViewers.userId, params.excludeUserId), gt(caseViewers.lastSeenAt, params.since)))
    .orderBy(asc(caseViewers.lastSeenAt));
}

export async function findForumThread(db: Database, threadId: string) {
  const [row] = await db
    .select({ id: forumThreads.id, title: forumThreads.title, locale: forumThreads.locale })
    .from(forumThreads)
    .where(eq(forumThreads.id, threadId))
    .limit(1);
  return row ?? null;
}
