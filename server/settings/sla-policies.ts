import type { Database } from "@/db/client";
import { slaPolicies } from "@/db/schema";
import type { Actor } from "@/server/accounts";
import { recordAudit } from "@/server/audit";
import { DomainError } from "@/server/errors";
import * as queries from "./queries";
import { auditedConfigChange, moveInOrder } from "./routing-rules";
import type { ByIdInput, MoveRuleInput, SlaPolicyData, UpdateSlaPolicyInput } from "./schemas";

export const listSlaPolicies = (db: Database) => queries.listSlaPolicies(db);

async function checkCalendar(db: Database, data: SlaPolicyData) {
  if (!(await queries.findCalendar(db, data.calendarId))) throw new DomainError("settings.unknownCalendar");
}

/** Adds a policy at the end of the list. New cases pick it up at once; existing cases keep their due dates. */
export async function createSlaPolicy(db: Database, actor: Actor, input: SlaPolicyData) {
  await checkCalendar(db, input);
  return auditedConfigChange(db, async (tx) => {
    const row = await queries.insertSlaPolicy(tx, { ...input, position: await queries.nextPosition(tx, slaPolicies) });
    await recordAudit(tx, { actorUserId: actor.userId, action: "slaPolicy.create", entityType: "slaPolicy", entityId: row.id, data: { after: input } });
    return row;
  });
}

export async function updateSlaPolicy(db: Database, actor: Actor, input: UpdateSlaPolicyInput) {
  await checkCalendar(db, input.data);
  return auditedConfigChange(db, async (tx) => {
    const before = await queries.findSlaPolicy(tx, input.id);
    if (!before) throw new DomainError("common.notFound");
    const row = (await queries.updateSlaPolicy(tx, input.id, input.data))!;
    const { name, isActive, match, conditions, calendarId, targets, warnAtPercent } = before;
    const previous = { name, isActive, match, conditions, calendarId, targets, warnAtPercent };
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "slaPolicy.update",
      entityType: "slaPolicy",
      entityId: row.id,
      data: { before: previous, after: input.data },
    });
    return row;
  });
}

/** Deletes a policy no case ever used; one that cases started under is deactivated instead, so they keep it. */
export async function deleteSlaPolicy(db: Database, actor: Actor, input: ByIdInput) {
  return auditedConfigChange(db, async (tx) => {
    const before = await queries.findSlaPolicy(tx, input.id);
    if (!before) throw new DomainError("common.notFound");
    const deactivated = await queries.isSlaPolicyUsed(tx, input.id);
    if (deactivated) await queries.updateSlaPolicy(tx, input.id, { isActive: false });
    else await queries.deleteSlaPolicy(tx, input.id);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: deactivated ? "slaPolicy.deactivate" : "slaPolicy.delete",
      entityType: "slaPolicy",
      entityId: before.id,
      data: { name: before.name },
    });
    return { id: before.id, deactivated };
  });
}

export const moveSlaPolicy = (db: Database, actor: Actor, input: MoveRuleInput) => moveInOrder(db, actor, slaPolicies, "slaPolicy", input);
