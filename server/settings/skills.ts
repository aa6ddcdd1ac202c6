import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { recordAudit } from "@/server/audit";
import { DomainError } from "@/server/errors";
import * as queries from "./queries";
import { auditedConfigChange } from "./routing-rules";
import type { ByIdInput, SkillData, UpdateSkillInput } from "./schemas";

export const listSkills = (db: Database) => queries.listSkills(db);

export async function createSkill(db: Database, actor: Actor, input: SkillData) {
  if (await queries.findSkillByKey(db, input.key)) throw new DomainError("settings.keyTaken");
  return auditedConfigChange(db, async (tx) => {
    const row = await queries.insertSkill(tx, input);
    await recordAudit(tx, { actorUserId: actor.userId, action: "skill.create", entityType: "skill", entityId: row.id, data: { after: input } });
    return row;
  });
}

/** Renames a skill; its key can change only while no rule or category asks for it. */
export async function updateSkill(db: Database, actor: Actor, input: UpdateSkillInput) {
  return auditedConfigChange(db, async (tx) => {
    const before = await queries.findSkill(tx, input.id);
    if (!before) throw new DomainError("common.notFound");
    if (before.key !== input.data.key) {
      if (await queries.findSkillByKey(tx, input.data.key)) throw new DomainError("settings.keyTaken");
      if (await queries.isSkillKeyUsed(tx, before.key)) throw new DomainError("settings.skillInUse");
    }
    const row = (await queries.updateSkill(tx, input.id, input.data))!;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "skill.update",
      entityType: "skill",
      entityId: row.id,
      data: { before: { key: before.key, name: before.name }, after: input.data },
    });
    return row;
  });
}

export async function deleteSkill(db: Database, actor: Actor, input: ByIdInput) {
  return auditedConfigChange(db, async (tx) => {
    const before = await queries.findSkill(tx, input.id);
    if (!before) throw new DomainError("common.notFound");
    if (await queries.isSkillKeyUsed(tx, before.key)) throw new DomainError("settings.skillInUse");
    await queries.deleteSkill(tx, input.id);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "skill.delete",
      entityType: "skill",
      entityId: before.id,
      data: { key: before.key, name: before.name },
    });
    return { id: before.id };
  });
}
