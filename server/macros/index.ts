import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { recordAudit } from "@/server/audit";
import { DomainError } from "@/server/errors";
import * as queries from "./queries";
import { fillPlaceholders } from "./render";
import type { CreateMacroInput, DeleteMacroInput, ListMacrosInput, RenderMacroInput, UpdateMacroInput } from "./schemas";

export { macroPlaceholders } from "./render";

/** Agents: the active macros, of one language when given (the picker passes the case's). */
export const listMacros = (db: Database, _actor: Actor, input: ListMacrosInput) => queries.listMacros(db, { ...input, activeOnly: true });

/** Admins: every macro, inactive ones included. */
export const listAllMacros = (db: Database) => queries.listMacros(db, { query: "", activeOnly: false });

/**
 * The macro's body with the case's values filled in (Markdown, values escaped as plain text), and
 * the placeholders left unfilled. Writes nothing: the agent edits the text before sending it.
 */
export async function renderMacro(db: Database, actor: Actor, input: RenderMacroInput) {
  const [macro, found] = await Promise.all([queries.findMacro(db, input.id), queries.findCaseForMacro(db, input.caseNumber)]);
  if (!macro || !macro.isActive || !found) throw new DomainError("common.notFound");
  const agentName = (await queries.findAgentDisplayName(db, actor.userId)) ?? actor.name ?? actor.email;
  const filled = fillPlaceholders(macro.body, {
    "customer.name": found.customerName,
    "case.number": found.number,
    "case.subject": found.subject,
    "agent.name": agentName,
    "order.number": found.latestOrderNumber,
  });
  return { id: macro.id, name: macro.name, locale: macro.locale, ...filled };
}

async function checkCategory(db: Database, key: string | null) {
  if (key && !(await queries.categoryExists(db, key))) throw new DomainError("cases.unknownCategory");
}

export async function createMacro(db: Database, actor: Actor, input: CreateMacroInput) {
  await checkCategory(db, input.categoryKey);
  return db.transaction(async (tx) => {
    const row = await queries.insertMacro(tx, { ...input, createdBy: actor.userId, updatedBy: actor.userId });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "macro.create",
      entityType: "macro",
      entityId: row.id,
      data: { name: row.name, locale: row.locale },
    });
    return row;
  });
}

export async function updateMacro(db: Database, actor: Actor, input: UpdateMacroInput) {
  await checkCategory(db, input.data.categoryKey);
  return db.transaction(async (tx) => {
    const before = await queries.findMacro(tx, input.id);
    if (!before) throw new DomainError("common.notFound");
    const row = (await queries.updateMacro(tx, input.id, { ...input.data, updatedBy: actor.userId, updatedAt: new Date() }))!;
    const changed = (Object.keys(input.data) as (keyof typeof input.data)[]).filter((key) => before[key] !== row[key]);
    await recordAudit(tx, { actorUserId: actor.userId, action: "macro.update", entityType: "macro", entityId: row.id, data: { name: row.name, changed } });
    return row;
  });
}

export async function deleteMacro(db: Database, actor: Actor, input: DeleteMacroInput) {
  return db.transaction(async (tx) => {
    const row = await queries.deleteMacro(tx, input.id);
    if (!row) throw new DomainError("common.notFound");
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "macro.delete",
      entityType: "macro",
      entityId: row.id,
      data: { name: row.name, locale: row.locale },
    });
    return { id: row.id };
  });
}
