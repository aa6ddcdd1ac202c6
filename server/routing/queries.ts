import { and, asc, desc, eq, notInArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { agentProfiles, agentSkills, cases, queueMembers, queues, routingRules, skills } from "@/db/schema";

const closedStatuses = ["resolved", "closed"] as const;

export async function listActiveRules(db: Database) {
  return db.select().from(routingRules).where(eq(routingRules.isActive, true)).orderBy(asc(routingRules.position));
}


/** Every queue's routing settings (cached by the caller; lastAssignedUserId changes too often and is read apart). */
export async function listQueueSettings(db: Database) {
  return db.select({ id: queues.id, name: queues.name, strategy: queues.strategy, fallbackQueueId: queues.fallbackQueueId, isDefault: queues.isDefault, createdAt: queues.createdAt }).from(queues);
}

export async function findLastAssigned(db: Database, queueId: string) {
  const [row] = await db.select({ userId: queues.lastAssignedUserId }).from(queues).where(eq(queues.id, queueId));
  return row?.userId ?? null;
}

/**
 * Takes the agent's assignment lock until the transaction ends (blocking or not). Assignments to one
 * agent are serialized, so their capacity holds under concurrency, while different agents are
 * assigned in parallel (a lock on the whole queue made every intake of a queue wait in line).
 */
export async function lockAgent(db: Database, userId: string, wait: boolean): Promise<boolean> {
  const key = sql`hashtextextended(${`assign:${userId}`}, 0)`;
  if (wait) {
    await db.execute(sql`select pg_advisory_xact_lock(${key})`);
    return true;
  }
  const [row] = await db.execute<{ locked: boolean }>(sql`select pg_try_advisory_xact_lock(${key}) as locked`);
  return row?.locked === true;
}

/**
 * The agent's open cases, presence and capacity, read after taking their lock: a fresh statement sees
 * every committed assignment and presence change, including ones made after the candidate list was read.
 */
export async function findAgentLoad(db: Database, userId: string) {
  const [row] = await db
    .select({
      presence: agentProfiles.presence,
      capacity: agentProfiles.capacity,
      openCases: sql<number>`(select count(*)::int from ${cases} c where c.assignee_id = ${agentProfiles.userId} and c.status not in ('resolved', 'closed'))`,
    })
    .from(agentProfiles)
    .where(eq(agentProfiles.userId, userId));
  return row ?? null;
}

export async function listCandidates(db: Database, params: { queueId: string; skill: string | null }) {
  const openCount = sql<number>`(select count(*)::int from ${cases} c where c.assignee_id = ${agentProfiles.userId} and c.status not in ('resolved', 'closed'))`;
  const proficiency = params.skill
    ? sql<number>`coalesce((select ${agentSkills.proficiency} from ${agentSkills} join ${skills} on ${skills.id} = ${agentSkills.skillId} where ${agentSkills.userId} = ${agentProfiles.userId} and ${skills.key} = ${params.skill}), 0)::int`
    : sql<number>`0`;
  return db
    .select({
      userId: agentProfiles.userId,
      presence: agentProfiles.presence,
      capacity: agentProfiles.capacity,
      languages: agentProfiles.languages,
      openCases: openCount,
      proficiency,
    })
    .from(queueMembers)
    .innerJoin(agentProfiles, eq(agentProfiles.userId, queueMembers.userId))
    .where(eq(queueMembers.queueId, params.queueId));
}

export async function setLastAssigned(db: Database, queueId: string, userId: string) {
  await db.update(queues).set({ lastAssignedUserId: userId }).where(eq(queues.id, queueId));
}

export async function setPresence(db: Database, userId: string, presence: "available" | "busy" | "away" | "offline") {
  const [row] = await db.update(agentProfiles).set({ presence }).where(eq(agentProfiles.userId, userId)).returning({ userId: agentProfiles.userId, capacity: agentProfiles.capacity });
  return row ?? null;
}

export async function findProfile(db: Database, userId: string) {
  const [row] = await db.select().from(agentProfiles).where(eq(agentProfiles.userId, userId)).limit(1);
  return row ?? null;
}

/** The agent's open cases, newest first (the ones to hand over first when over capacity). */
export async function listOpenCasesOfAgent(db: Database, userId: string) {
  return db
    .select({ id: cases.id, queueId: cases.queueId })
    .from(cases)
    .where(and(eq(cases.assigneeId, userId), notInArray(cases.status, [...closedStatuses])))
    .orderBy(desc(cases.createdAt));
}

export async function listQueues(db: Database) {
  return db.select({ id: queues.id, key: queues.key, name: queues.name, strategy: queues.strategy, leadUserId: queues.leadUserId }).from(queues).orderBy(asc(queues.name));
}
