import path from "node:path";
import { startEmbeddedPostgres } from "@/db/embedded";
import { migrateDatabase } from "@/db/migrate";
import { toolEnv } from "@/server/env";

export type BenchDatabase = { url: string; source: "flag" | "DATABASE_URL" | "embedded"; stop: () => Promise<void> };

export const EMBEDDED_PORT = 54330;
export const EMBEDDED_DATABASE = "parcours_bench";

/**
 * The benchmark database: `--database-url`, else DATABASE_URL, else an embedded PostgreSQL kept in
 * the data folder (so the generated million rows survive between runs). Migrated before use.
 */
export async function openBenchDatabase(flagUrl: string | undefined, log: (line: string) => void): Promise<BenchDatabase> {
  let db: BenchDatabase;
  if (flagUrl) db = { url: flagUrl, source: "flag", stop: async () => {} };
  else if (toolEnv.DATABASE_URL) db = { url: toolEnv.DATABASE_URL, source: "DATABASE_URL", stop: async () => {} };
  else {
    const dataDir = path.join(toolEnv.PARCOURS_DATA_DIR, "bench-pg");
    log(`Starting the embedded PostgreSQL (${dataDir}, port ${EMBEDDED_PORT})...`);
    const embedded = await startEmbeddedPostgres({ dataDir, port: EMBEDDED_PORT, database: EMBEDDED_DATABASE });
    db = { url: embedded.url, source: "embedded", stop: embedded.stop };
  }
  try {
    await migrateDatabase(db.url);
  } catch (error) {
    await db.stop();
    throw error;
  }
  return db;
}

/** The URL without its password, for logs and reports. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}
