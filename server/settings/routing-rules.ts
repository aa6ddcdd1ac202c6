import type { Database } from "@/db/client";
import { routingRules } from "@/db/schema";
import type { Actor } from "@/server/accounts";
import { recordAudit } from "@/server/audit";
import { DomainError } from "@/server/errors";
import { chooseAssignee, invalidateConfigCache, routeCase, type CaseFacts } from "@/server/routing";
import { planSla } from "@/server/sla";
import * as queries from "./queries";
import type { ByIdInput, CreateRoutingRuleInput, MoveRuleInput, TestRoutingInput, UpdateRoutingRuleInput } from "./schemas";

export const listRoutingRules = (db: Database) => queries.listRules(db);

/** What the rule editor and the tester offer in their selects. */
export async function routingOptions(db: Database) {
  const [queues, skills, categories, organizations] = await Promise.all([
    queries.listQueueNames(db),
    queries.listSkills(db),
    queries.listCategoryNames(db),
    queries.listOrganizationNames(db),
  ]);
  return { queues, skills: skills.map((s) => ({ key: s.key, name: s.name })), categories, organizations };
}

/** A rule must send cases to a queue that exists and ask for a skill that exists. */
async function checkReferences(db: Database, data: CreateRoutingRuleInput) {
  if (!(await queries.queueExists(db, data.queueId))) throw new DomainError("cases.unknownQueue");
  if (data.requiredSkill && !(await queries.skillExists(db, data.requiredSkill))) throw new DomainError("settings.unknownSkill");
}

/** Runs a configuration write with its audit row in one transaction, then lets intake see it at once. */
export async function auditedConfigChange<T>(db: Database, write: (tx: Database) => Promise<T>): Promise<T> {
  const result = await db.transaction(write);
  invalidateConfigCache();
  return result;
}

/** Adds a rule at the end of the list (the admin moves it up where it belongs). */
export async function createRoutingRule(db: Database, actor: Actor, input: CreateRoutingRuleInput) {
  await checkReferences(db, input);
  return auditedConfigChange(db, async (tx) => {
    const row = await queries.insertRule(tx, { ...input, position: await queries.nextPosition(tx, routingRules) });
    await recordAudit(tx, { actorUserId: actor.userId, action: "routingRule.create", entityType: "routingRule", entityId: row.id, data: { after: input } });
    return row;
  });
}

export async function updateRoutingRule(db: Database, actor: Actor, input: UpdateRoutingRuleInput) {
  await checkReferences(db, input.data);
  return auditedConfigChange(db, async (tx) => {
    const before = await queries.findRule(tx, input.id);
    if (!before) throw new DomainError("common.notFound");
    const row = (await queries.updateRule(tx, input.id, input.data))!;
    const previous = {
      name: before.name,
      isActive: before.isActive,
      conditions: before.conditions,
      queueId: before.queueId,
      priority: before.priority,
      requiredSkill: before.requiredSkill,
      minProficiency: before.minProficiency,
    };
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "routingRule.update",
      entityType: "routingRule",
      entityId: row.id,
      data: { before: previous, after: input.data },
    });
    return row;
  });
}

export async function deleteRoutingRule(db: Database, actor: Actor, input: ByIdInput) {
  return auditedConfigChange(db, async (tx) => {
    const row = await queries.deleteRule(tx, input.id);
    if (!row) throw new DomainError("common.notFound");
    await recordAudit(tx, { actorUserId: actor.userId, action: "routingRule.delete", entityType: "routingRule", entityId: row.id, data: { name: row.name } });
    return { id: row.id };
  });
}

/** Swaps a rule with its neighbour; at either end of the list nothing changes. Positions are renumbered 10, 20, 30… */
export async function moveRoutingRule(db: Database, actor: Actor, input: MoveRuleInput) {
  return moveInOrder(db, actor, routingRules, "routingRule", input);
}

/** Swaps a row of an ordered list with its neighbour, audited as `<entityType>.move`. */
export async function moveInOrder(db: Database, actor: Actor, table: queries.OrderedTable, entityType: string, input: MoveRuleInput) {
  return auditedConfigChange(db, async (tx) => {
    const ids = await queries.listIdsInOrder(tx, table);
    const from = ids.indexOf(input.id);
    if (from < 0) throw new DomainError("common.notFound");
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= ids.length) return { position: from + 1 };
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    await queries.setPositions(tx, table, ids);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: `${entityType}.move`,
      entityType,
      entityId: input.id,
      data: { direction: input.direction, position: to + 1 },
    });
    return { position: to + 1 };
  });
}

/**
 * "Test a case against the rules": the real routing engine on made-up facts, with the agent it would
 * pick right now and the SLA policy that would apply. Writes nothing: the agent choice runs in a
 * transaction that only tries locks and leaves the round-robin pointer alone.
 */
export async function testRouting(db: Database, input: TestRoutingInput) {
  const category = await queries.findCategorySkill(db, input.category);
  if (!category) throw new DomainError("cases.unknownCategory");
  const facts: CaseFacts = { ...input };
  const route = await routeCase(db, facts, category.requiredSkill);
  const choice = await db.transaction((tx) =>
    chooseAssignee(tx, {
      queueId: route.queueId,
      requiredSkill: route.requiredSkill,
      minProficiency: route.minProficiency,
      locale: input.locale,
      mayWait: false,
      deferRoundRobin: true,
    }),
  );
  const sla = await planSla(db, { ...facts, priority: route.priority }, new Date());
  const names = await queries.namesOfUsers(db, choice.assigneeId ? [choice.assigneeId] : []);
  const queueNames = new Map((await queries.listQueueNames(db)).map((q) => [q.id, q.name]));
  return {
    rule: route.rule,
    reason: route.reason,
    priority: route.priority,
    queue: { id: route.queueId, name: queueNames.get(route.queueId) ?? "" },
    requiredSkill: route.requiredSkill,
    minProficiency: route.minProficiency,
    agent: choice.assigneeId ? { id: choice.assigneeId, name: names.get(choice.assigneeId) ?? "", queueName: queueNames.get(choice.queueId) ?? "" } : null,
    assignmentReason: choice.reason,
    slaPolicy: sla.slaPolicyId ? { id: sla.slaPolicyId, name: (await queries.findSlaPolicyName(db, sla.slaPolicyId)) ?? "" } : null,
    firstResponseDueAt: sla.firstResponseDueAt,
    resolutionDueAt: sla.resolutionDueAt,
  };
}
