import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";

/** The health check's probe: one round trip to the database. */
export async function pingDatabase(db: Database): Promise<{ ok: true }> {
  await db.execute(sql`select 1`);
  return { ok: true };
}
