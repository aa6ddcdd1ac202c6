import { drizzle, type PostgresJsQueryResultHKT } from "drizzle-orm/postgres-js";
import { PgDialect, type PgDatabase } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
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

const dialect = new PgDialect({ casing: "snake_case" });

/**
 * A hot statement, built once and prepared on each connection that runs it: one round trip per run
 * (Bind/Execute) where drizzle's unprepared queries take two (Parse/Describe to learn the parameter
 * types, then Bind/Execute), and no query building per run. postgres.js caches prepared statements
 * by text on every connection, without a bound, so the text must never vary: put values in
 * `sql.placeholder`s, lists as one array (`= any(${sql.placeholder("ids")}::uuid[])`), rows as one
 * JSON text (`jsonb_to_recordset(${sql.placeholder("rows")}::text::jsonb)`). Rows come back as
 * PostgreSQL sends them (parsed, not mapped): alias columns `as "camelCase"`. Runs on a transaction too.
 */
export function preparedStatement<Row, Params extends Record<string, unknown>>(name: string, query: SQL) {
  const built = dialect.sqlToQuery(query);
  return async (db: Database, params: Params): Promise<Row[]> => {
    const prepared = db._.session.prepareQuery<{ execute: Row[]; all: Row[]; values: unknown[][] }>(built, undefined, name, false);
    return prepared.execute(params);
  };
}
