import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { caseCategories, scoringMatrix } from "@/db/schema";
import type { Level } from "@/server/routing/conditions";
import type { MatrixCell } from "./matrix";

export async function listCategories(db: Database) {
  return db.select().from(caseCategories).orderBy(asc(caseCategories.sortOrder), asc(caseCategories.key));
}

export async function findCategory(db: Database, key: string) {
  const [row] = await db.select().from(caseCategories).where(eq(caseCategories.key, key)).limit(1);
  return row ?? null;
}

export async function listMatrix(db: Database) {
  return db.select().from(scoringMatrix).orderBy(asc(scoringMatrix.complexity), asc(scoringMatrix.severity), asc(scoringMatrix.effort));
}

export async function findMatrixCell(db: Database, scores: { complexity: Level; severity: Level; effort: Level }) {
  const [row] = await db
    .select({ primaryChannel: scoringMatrix.primaryChannel, secondaryChannel: scoringMatrix.secondaryChannel })
    .from(scoringMatrix)
    .where(and(eq(scoringMatrix.complexity, scores.complexity), eq(scoringMatrix.severity, scores.severity), eq(scoringMatrix.effort, scores.effort)))
    .limit(1);
  return row ?? null;
}

export async function upsertMatrixCells(db: Database, cells: MatrixCell[], updatedBy: string | null) {
  if (cells.length === 0) return;
  const now = new Date();
  for (const cell of cells) {
    await db
      .insert(scoringMatrix)
      .values({ ...cell, updatedBy, updatedAt: now })
      .onConflictDoUpdate({
        target: [scoringMatrix.complexity, scoringMatrix.severity, scoringMatrix.effort],
        set: { primaryChannel: cell.primaryChannel, secondaryChannel: cell.secondaryChannel, updatedBy, updatedAt: now },
      });
  }
}
