import type { Database } from "@/db/client";
import { macros } from "@/db/schema";

/** Objects the settings procedures of the authorization matrix act on (after the case reference data is seeded). */
export type SettingsWorld = {
  macroId: string;
  /** Macros to delete, one per call: the matrix asks each persona's input once. */
  macroDeleteTargets: string[];
};

export async function arrangeSettingsWorld(db: Database): Promise<SettingsWorld> {
  const rows = await db
    .insert(macros)
    .values(Array.from({ length: 9 }, (_, i) => ({ name: `Matrix macro ${i}`, locale: "en" as const, body: "Hello {{customer.name}}, about {{case.number}}." })))
    .returning({ id: macros.id });
  const [first, ...rest] = rows.map((row) => row.id);
  return { macroId: first!, macroDeleteTargets: rest };
}
