import { and, asc, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { agentProfiles, caseCategories, cases, customers, macros, orders } from "@/db/schema";

type MacroRow = typeof macros.$inferInsert;

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);

export async function listMacros(db: Database, params: { locale?: "en" | "fr" | "it"; query: string; activeOnly: boolean }) {
  const where: SQL[] = [];
  if (params.activeOnly) where.push(eq(macros.isActive, true));
  if (params.locale) where.push(eq(macros.locale, params.locale));
  if (params.query) {
    const pattern = `%${escapeLike(params.query)}%`;
    where.push(or(ilike(macros.name, pattern), ilike(macros.body, pattern))!);
  }
  return db
    .select({
      id: macros.id,
      name: macros.name,
      locale: macros.locale,
      body: macros.body,
      categoryKey: macros.categoryKey,
      isActive: macros.isActive,
      updatedAt: macros.updatedAt,
    })
    .from(macros)
    .where(and(...where))
    .orderBy(asc(macros.locale), asc(macros.name))
    .limit(200);
}

export async function findMacro(db: Database, id: string) {
  const [row] = await db.select().from(macros).where(eq(macros.id, id));
  return row ?? null;
}

export async function insertMacro(db: Database, values: MacroRow) {
  const [row] = await db.insert(macros).values(values).returning();
  return row!;
}

export async function updateMacro(db: Database, id: string, values: Partial<MacroRow>) {
  const [row] = await db.update(macros).set(values).where(eq(macros.id, id)).returning();
  return row ?? null;
}

export async function deleteMacro(db: Database, id: string) {
  const [row] = await db.delete(macros).where(eq(macros.id, id)).returning({ id: macros.id, name: macros.name, locale: macros.locale });
  return row ?? null;
}

export async function categoryExists(db: Database, key: string) {
  const [row] = await db.select({ key: caseCategories.key }).from(caseCategories).where(eq(caseCategories.key, key));
  return !!row;
}

/** What a macro's placeholders read from a case: its customer and their latest order. */
export async function findCaseForMacro(db: Database, number: string) {
  const latestOrder = db
    .select({ number: orders.number })
    .from(orders)
    .where(eq(orders.customerId, cases.customerId))
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(1);
  const [row] = await db
    .select({ number: cases.number, subject: cases.subject, customerName: customers.displayName, latestOrderNumber: sql<string | null>`(${latestOrder})` })
    .from(cases)
    .innerJoin(customers, eq(customers.id, cases.customerId))
    .where(eq(cases.number, number));
  return row ?? null;
}

export async function findAgentDisplayName(db: Database, userId: string) {
  const [row] = await db.select({ displayName: agentProfiles.displayName }).from(agentProfiles).where(eq(agentProfiles.userId, userId));
  return row?.displayName ?? null;
}
