import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { DomainError } from "@/server/errors";
import type { Level } from "@/server/routing/conditions";
import * as caseQueries from "@/server/cases/queries";
import { defaultMatrix, levels, serviceChannels, type MatrixCell } from "./matrix";
import { cachedConfig } from "@/server/routing/config-cache";
import * as queries from "./queries";

export { scoreCase, type ScoringInput, type ScoringResult } from "./rules";
export { defaultMatrix, levels, serviceChannels, type MatrixCell, type ServiceChannel } from "./matrix";
/** Case categories with their defaults (cached, see config-cache.ts). */
export const listCategories = (db: Database) => cachedConfig("scoring:categories", () => queries.listCategories(db));
export const findCategory = async (db: Database, key: string) => (await listCategories(db)).find((c) => c.key === key) ?? null;

/** The primary and secondary channel the admin's matrix maps these scores to (defaults if the cell is missing). */
export async function recommendedChannels(db: Database, scores: { complexity: Level; severity: Level; effort: Level }) {
  const cell = await queries.findMatrixCell(db, scores);
  if (cell) return cell;
  const fallback = defaultMatrix().find((c) => c.complexity === scores.complexity && c.severity === scores.severity && c.effort === scores.effort)!;
  return { primaryChannel: fallback.primaryChannel, secondaryChannel: fallback.secondaryChannel };
}

/** All 27 cells, stored ones over the defaults. */
export async function getMatrix(db: Database): Promise<MatrixCell[]> {
  const stored = await queries.listMatrix(db);
  const key = (c: { complexity: string; severity: string; effort: string }) => `${c.complexity}/${c.severity}/${c.effort}`;
  const byKey = new Map(stored.map((c) => [key(c), c]));
  return defaultMatrix().map((cell) => {
    const saved = byKey.get(key(cell));
    return saved ? { ...cell, primaryChannel: saved.primaryChannel, secondaryChannel: saved.secondaryChannel } : cell;
  });
}

/** Saves the admin's matrix (any subset of cells); a cell whose two channels are the same is refused. */
export async function updateMatrix(db: Database, actor: Actor, cells: MatrixCell[]) {
  for (const cell of cells) {
    if (cell.primaryChannel === cell.secondaryChannel) throw new DomainError("scoring.sameChannels");
    if (!levels.includes(cell.complexity) || !serviceChannels.includes(cell.primaryChannel)) throw new DomainError("common.invalidInput");
  }
  await db.transaction((tx) => queries.upsertMatrixCells(tx, cells, actor.userId));
  return getMatrix(db);
}

/** An agent's correction: kept on the case (rescoring never overwrites it) and on the timeline. */
export async function correctScores(db: Database, actor: Actor, input: { number: string; complexity: Level; severity: Level; effort: Level; note?: string }) {
  return db.transaction(async (tx) => {
    const found = await caseQueries.findCaseByNumber(tx, input.number);
    if (!found) throw new DomainError("common.notFound");
    const row = (await caseQueries.lockCase(tx, found.id))!;
    await caseQueries.insertEvents(tx, [
      {
        caseId: row.id,
        kind: "score",
        visibility: "internal",
        author: "agent",
        authorUserId: actor.userId,
        body: input.note ?? null,
        data: { from: { complexity: row.complexity, severity: row.severity, effort: row.effort }, to: { complexity: input.complexity, severity: input.severity, effort: input.effort } },
      },
    ]);
    const reasons = [
      ...row.scoreReasons.filter((r) => r.rule !== "agent"),
      ...(["complexity", "severity", "effort"] as const).map((score) => ({ score, level: input[score], rule: "agent", detail: actor.name ?? actor.email })),
    ];
    await caseQueries.updateCase(tx, row.id, { complexity: input.complexity, severity: input.severity, effort: input.effort, scoreReasons: reasons, scoresCorrectedBy: actor.userId });
    return { number: row.number };
  });
}
