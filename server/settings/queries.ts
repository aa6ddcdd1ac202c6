import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  agentProfiles,
  agentSkills,
  auditLog,
  caseCategories,
  channelSecrets,
  organizations,
  queueMembers,
  queues,
  routingRules,
  skills,
  slaPolicies,
  users,
} from "@/db/schema";

type RuleRow = typeof routingRules.$inferInsert;

export async function listRules(db: Database) {
  return db
    .select({
      id: routingRules.id,
      name: routingRules.name,
      position: routingRules.position,
      isActive: routingRules.isActive,
      conditions: routingRules.conditions,
      queueId: routingRules.queueId,
      queueName: queues.name,
      priority: routingRules.priority,
      requiredSkill: routingRules.requiredSkill,
      minProficiency: routingRules.minProficiency,
    })
    .from(routingRules)
    .innerJoin(queues, eq(queues.id, routingRules.queueId))
    .orderBy(asc(routingRules.position), asc(routingRules.id));
}

export async function findRule(db: Database, id: string) {
  const [row] = await db.select().from(routingRules).where(eq(routingRules.id, id));
  return row ?? null;
}

export async function nextRulePosition(db: Database) {
  const [row] = await db.select({ max: sql<number | null>`max(${routingRules.position})` }).from(routingRules);
  return (row?.max ?? 0) + 10;
}

export async function insertRule(db: Database, values: RuleRow) {
  const [row] = await db.insert(routingRules).values(values).returning();
  return row!;
}

export async function updateRule(db: Database, id: string, values: Partial<RuleRow>) {
  const [row] = await db.update(routingRules).set(values).where(eq(routingRules.id, id)).returning();
  return row ?? null;
}

export async function deleteRule(db: Database, id: string) {
  const [row] = await db.delete(routingRules).where(eq(routingRules.id, id)).returning({ id: routingRules.id, name: routingRules.name });
  return row ?? null;
}

/** Positions 10, 20, 30… in the given order, in one statement. */
export async function setRulePositions(db: Database, ids: string[]) {
  const order = sql.join(
    ids.map((id, i) => sql`(${id}::uuid, ${(i + 1) * 10}::int)`),
    sql`, `,
  );
  await db.execute(sql`update ${routingRules} set position = o.position from (values ${order}) as o(id, position) where ${routingRules.id} = o.id`);
}

/** Every rule's id in evaluation order, locked so two moves at once cannot interleave. */
export async function listRuleIdsInOrder(db: Database) {
  return (await db.select({ id: routingRules.id }).from(routingRules).orderBy(asc(routingRules.position), asc(routingRules.id)).for("update")).map((r) => r.id);
}

export async function queueExists(db: Database, id: string) {
  const [row] = await db.select({ id: queues.id }).from(queues).where(eq(queues.id, id));
  return !!row;
}

export async function skillExists(db: Database, key: string) {
  const [row] = await db.select({ id: skills.id }).from(skills).where(eq(skills.key, key));
  return !!row;
}

export async function findCategorySkill(db: Database, key: string) {
  const [row] = await db.select({ requiredSkill: caseCategories.requiredSkill }).from(caseCategories).where(eq(caseCategories.key, key));
  return row ?? null;
}

export async function namesOfUsers(db: Database, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: users.id, name: sql<string>`coalesce(${agentProfiles.displayName}, ${users.name}, ${users.email})` })
    .from(users)
    .leftJoin(agentProfiles, eq(agentProfiles.userId, users.id))
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function listChannelSecrets(db: Database) {
  return db.select().from(channelSecrets);
}

export async function upsertChannelSecret(db: Database, values: typeof channelSecrets.$inferInsert) {
  await db
    .insert(channelSecrets)
    .values(values)
    .onConflictDoUpdate({ target: channelSecrets.channel, set: { sealed: values.sealed, rotatedBy: values.rotatedBy, rotatedAt: values.rotatedAt } });
}

export async function listAudit(db: Database, params: { entityType?: string; limit: number }) {
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      data: auditLog.data,
      at: auditLog.at,
      actorName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(params.entityType ? eq(auditLog.entityType, params.entityType) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(params.limit);
}

export async function listQueueNames(db: Database) {
  return db.select({ id: queues.id, name: queues.name }).from(queues).orderBy(asc(queues.name));
}

export async function listQueuesWithMembers(db: Database) {
  return db
    .select({
      id: queues.id,
      key: queues.key,
      name: queues.name,
      strategy: queues.strategy,
      fallbackQueueId: queues.fallbackQueueId,
      isDefault: queues.isDefault,
      leadUserId: queues.leadUserId,
      memberIds: sql<string[]>`coalesce((select array_agg(${queueMembers.userId}) from ${queueMembers} where ${queueMembers.queueId} = "queues"."id"), '{}')`,
    })
    .from(queues)
    .orderBy(asc(queues.name));
}

export async function findQueueByKey(db: Database, key: string) {
  const [row] = await db.select({ id: queues.id }).from(queues).where(eq(queues.key, key));
  return row ?? null;
}

export async function findQueue(db: Database, id: string) {
  const [row] = await db.select().from(queues).where(eq(queues.id, id));
  return row ?? null;
}

export async function insertQueue(db: Database, values: typeof queues.$inferInsert) {
  const [row] = await db.insert(queues).values(values).returning();
  return row!;
}

export async function updateQueue(db: Database, id: string, values: Partial<typeof queues.$inferInsert>) {
  const [row] = await db.update(queues).set(values).where(eq(queues.id, id)).returning();
  return row ?? null;
}

/** Only one queue is the default: setting one clears the others. */
export async function clearDefaultQueueExcept(db: Database, id: string) {
  await db
    .update(queues)
    .set({ isDefault: false })
    .where(and(eq(queues.isDefault, true), ne(queues.id, id)));
}

export async function setQueueMembers(db: Database, queueId: string, userIds: string[]) {
  await db.delete(queueMembers).where(eq(queueMembers.queueId, queueId));
  if (userIds.length) await db.insert(queueMembers).values(userIds.map((userId) => ({ queueId, userId })));
}

/** Of the given users, those with an agent profile (only they can be queue members or leads). */
export async function agentIdsAmong(db: Database, userIds: string[]) {
  if (userIds.length === 0) return [];
  return (await db.select({ userId: agentProfiles.userId }).from(agentProfiles).where(inArray(agentProfiles.userId, userIds))).map((r) => r.userId);
}

export async function listSkills(db: Database) {
  return db
    .select({
      id: skills.id,
      key: skills.key,
      name: skills.name,
      agentCount: sql<number>`(select count(*)::int from ${agentSkills} where ${agentSkills.skillId} = "skills"."id")`,
    })
    .from(skills)
    .orderBy(asc(skills.name));
}

export async function findSkill(db: Database, id: string) {
  const [row] = await db.select().from(skills).where(eq(skills.id, id));
  return row ?? null;
}

export async function findSkillByKey(db: Database, key: string) {
  const [row] = await db.select().from(skills).where(eq(skills.key, key));
  return row ?? null;
}

export async function insertSkill(db: Database, values: typeof skills.$inferInsert) {
  const [row] = await db.insert(skills).values(values).returning();
  return row!;
}

export async function updateSkill(db: Database, id: string, values: Partial<typeof skills.$inferInsert>) {
  const [row] = await db.update(skills).set(values).where(eq(skills.id, id)).returning();
  return row ?? null;
}

export async function deleteSkill(db: Database, id: string) {
  const [row] = await db.delete(skills).where(eq(skills.id, id)).returning();
  return row ?? null;
}

/** Rules and categories name skills by key: renaming or deleting a used key would silently break them. */
export async function isSkillKeyUsed(db: Database, key: string) {
  const [row] = await db.execute<{ used: boolean }>(
    sql`select exists(select 1 from ${routingRules} where ${routingRules.requiredSkill} = ${key}) or exists(select 1 from ${caseCategories} where ${caseCategories.requiredSkill} = ${key}) as used`,
  );
  return row?.used === true;
}

export async function listAgents(db: Database) {
  return db
    .select({
      userId: agentProfiles.userId,
      email: users.email,
      role: users.role,
      displayName: agentProfiles.displayName,
      languages: agentProfiles.languages,
      capacity: agentProfiles.capacity,
      presence: agentProfiles.presence,
      isQueueLead: agentProfiles.isQueueLead,
      skills: sql<
        { skillId: string; proficiency: number }[]
      >`coalesce((select json_agg(json_build_object('skillId', ${agentSkills.skillId}, 'proficiency', ${agentSkills.proficiency})) from ${agentSkills} where ${agentSkills.userId} = ${agentProfiles.userId}), '[]')`,
    })
    .from(agentProfiles)
    .innerJoin(users, eq(users.id, agentProfiles.userId))
    .orderBy(asc(agentProfiles.displayName));
}

export async function findAgent(db: Database, userId: string) {
  const [row] = await db.select().from(agentProfiles).where(eq(agentProfiles.userId, userId));
  return row ?? null;
}

export async function updateAgent(db: Database, userId: string, values: Partial<typeof agentProfiles.$inferInsert>) {
  await db.update(agentProfiles).set(values).where(eq(agentProfiles.userId, userId));
}

export async function setAgentSkills(db: Database, userId: string, entries: { skillId: string; proficiency: number }[]) {
  await db.delete(agentSkills).where(eq(agentSkills.userId, userId));
  if (entries.length) await db.insert(agentSkills).values(entries.map((e) => ({ userId, ...e })));
}

export async function countSkills(db: Database, ids: string[]) {
  if (ids.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(skills)
    .where(inArray(skills.id, ids));
  return row?.n ?? 0;
}

export async function findSlaPolicyName(db: Database, id: string) {
  const [row] = await db.select({ name: slaPolicies.name }).from(slaPolicies).where(eq(slaPolicies.id, id));
  return row?.name ?? null;
}

export async function listOrganizationNames(db: Database) {
  return db.select({ id: organizations.id, name: organizations.name }).from(organizations).orderBy(asc(organizations.name)).limit(500);
}

export async function listCategoryNames(db: Database) {
  return db
    .select({ key: caseCategories.key, names: caseCategories.names, requiredSkill: caseCategories.requiredSkill })
    .from(caseCategories)
    .orderBy(asc(caseCategories.sortOrder), asc(caseCategories.key));
}
