import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  agentProfiles,
  agentSkills,
  auditLog,
  businessCalendars,
  caseCategories,
  cases,
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

export async function nextPosition(db: Database, table: OrderedTable) {
  const [row] = await db.select({ max: sql<number | null>`max(${table.position})` }).from(table);
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

/** The ordered lists: routing rules and SLA policies, both evaluated first match wins. */
export type OrderedTable = typeof routingRules | typeof slaPolicies;

/** Positions 10, 20, 30… in the given order, in one statement. */
export async function setPositions(db: Database, table: OrderedTable, ids: string[]) {
  const order = sql.join(
    ids.map((id, i) => sql`(${id}::uuid, ${(i + 1) * 10}::int)`),
    sql`, `,
  );
  await db.execute(sql`update ${table} set position = o.position from (values ${order}) as o(id, position) where ${table.id} = o.id`);
}

/** Every row's id in evaluation order, locked so two moves at once cannot interleave. */
export async function listIdsInOrder(db: Database, table: OrderedTable) {
  return (await db.select({ id: table.id }).from(table).orderBy(asc(table.position), asc(table.id)).for("update")).map((r) => r.id);
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

type SlaPolicyRow = typeof slaPolicies.$inferInsert;

export async function listSlaPolicies(db: Database) {
  return db
    .select({
      id: slaPolicies.id,
      name: slaPolicies.name,
      position: slaPolicies.position,
      isActive: slaPolicies.isActive,
      match: slaPolicies.match,
      conditions: slaPolicies.conditions,
      calendarId: slaPolicies.calendarId,
      calendarName: businessCalendars.name,
      targets: slaPolicies.targets,
      warnAtPercent: slaPolicies.warnAtPercent,
    })
    .from(slaPolicies)
    .innerJoin(businessCalendars, eq(businessCalendars.id, slaPolicies.calendarId))
    .orderBy(asc(slaPolicies.position), asc(slaPolicies.id));
}

export async function findSlaPolicy(db: Database, id: string) {
  const [row] = await db.select().from(slaPolicies).where(eq(slaPolicies.id, id));
  return row ?? null;
}

export async function insertSlaPolicy(db: Database, values: SlaPolicyRow) {
  const [row] = await db.insert(slaPolicies).values(values).returning();
  return row!;
}

export async function updateSlaPolicy(db: Database, id: string, values: Partial<SlaPolicyRow>) {
  const [row] = await db.update(slaPolicies).set(values).where(eq(slaPolicies.id, id)).returning();
  return row ?? null;
}

export async function deleteSlaPolicy(db: Database, id: string) {
  await db.delete(slaPolicies).where(eq(slaPolicies.id, id));
}

/** Cases keep the policy they started under: deleting it would stop their next-response and breach checks. */
export async function isSlaPolicyUsed(db: Database, id: string) {
  const [row] = await db.select({ id: cases.id }).from(cases).where(eq(cases.slaPolicyId, id)).limit(1);
  return !!row;
}

export async function listCalendars(db: Database) {
  return db
    .select({
      id: businessCalendars.id,
      key: businessCalendars.key,
      name: businessCalendars.name,
      timeZone: businessCalendars.timeZone,
      weeklyHours: businessCalendars.weeklyHours,
      holidays: businessCalendars.holidays,
      policyCount: sql<number>`(select count(*)::int from ${slaPolicies} where ${slaPolicies.calendarId} = "business_calendars"."id")`,
    })
    .from(businessCalendars)
    .orderBy(asc(businessCalendars.name));
}

export async function findCalendar(db: Database, id: string) {
  const [row] = await db.select().from(businessCalendars).where(eq(businessCalendars.id, id));
  return row ?? null;
}

export async function insertCalendar(db: Database, values: typeof businessCalendars.$inferInsert) {
  const [row] = await db.insert(businessCalendars).values(values).returning();
  return row!;
}

export async function updateCalendar(db: Database, id: string, values: Partial<typeof businessCalendars.$inferInsert>) {
  const [row] = await db.update(businessCalendars).set(values).where(eq(businessCalendars.id, id)).returning();
  return row ?? null;
}

export async function deleteCalendar(db: Database, id: string) {
  await db.delete(businessCalendars).where(eq(businessCalendars.id, id));
}

export async function isCalendarUsed(db: Database, id: string) {
  const [row] = await db.select({ id: slaPolicies.id }).from(slaPolicies).where(eq(slaPolicies.calendarId, id)).limit(1);
  return !!row;
}
