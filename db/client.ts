import { drizzle, type PostgresJsQueryResultHKT } from "drizzle-orm/postgres-js";
import type { PgDatabase } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import postgres from "postgres";
import { toolEnv } from "@/server/env";
import * as schema from "./schema";

export type Schema = typeof schema;
/** A database or a transaction: every query function takes this, so callers can pass a `tx`. */
export type Database = PgDatabase<PostgresJsQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Db = ReturnType<typeof createDb>;

export function createDb(url: string, options: { max?: number } = {}) {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {}, connection: { application_name: "parcours" } });
  return drizzle(client, { schema, casing: "snake_case" });
}

const globalForDb = globalThis as unknown as { parcoursDb?: Db };

/**
 * The process-wide database. The launcher always sets DATABASE_URL (its embedded PostgreSQL or the
 * one the user configured), so reaching here without it means the app was started around the launcher.
 */
export function getDb(): Db {
  if (!globalForDb.parcoursDb) {
    const url = toolEnv.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set. Start Parcours with `npm run demo` or `npm start`.");
    globalForDb.parcoursDb = createDb(url);
  }
  return globalForDb.parcoursDb;
}
