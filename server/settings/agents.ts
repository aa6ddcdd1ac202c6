import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { recordAudit } from "@/server/audit";
import { DomainError } from "@/server/errors";
import { setAgentPresence } from "@/server/routing";
import * as queries from "./queries";
import { auditedConfigChange } from "./routing-rules";
import type { UpdateAgentInput } from "./schemas";

export const listAgentProfiles = (db: Database) => queries.listAgents(db);

/**
 * Saves an agent's profile and skills. A lower capacity hands the newest cases above it back to
 * routing at once (the same rebalancing as a presence change).
 */
export async function updateAgentProfile(db: Database, actor: Actor, input: UpdateAgentInput) {
  const skillIds = [...new Set(input.data.skills.map((s) => s.skillId))];
  if (skillIds.length !== input.data.skills.length || (await queries.countSkills(db, skillIds)) !== skillIds.length)
    throw new DomainError("common.invalidInput");
  const before = await auditedConfigChange(db, async (tx) => {
    const previous = await queries.findAgent(tx, input.userId);
    if (!previous) throw new DomainError("common.notFound");
    const { skills, ...profile } = input.data;
    await queries.updateAgent(tx, input.userId, { ...profile, languages: [...new Set(profile.languages)] });
    await queries.setAgentSkills(tx, input.userId, skills);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "agent.update",
      entityType: "agent",
      entityId: input.userId,
      data: { before: previous, after: input.data },
    });
    return previous;
  });
  if (input.data.capacity < before.capacity) await setAgentPresence(db, { userId: input.userId, presence: before.presence });
  return { userId: input.userId };
}
