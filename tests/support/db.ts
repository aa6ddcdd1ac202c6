import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, inject } from "vitest";
import { createDb, type Db } from "@/db/client";
import { quoteDatabaseName, withDatabase } from "./database-url";

export type TestDatabase = {
  db: Db;
  /** For what needs its own connections to this database: pg-boss, a worker process. */
  url: string;
  name: string;
  drop: () => Promise<void>;
};

/** A fresh, migrated database of its own (a clone of the run's template). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject("databaseServerUrl");
  const name = `${inject("databasePrefix")}${randomBytes(5).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${quoteDatabaseName(name)} template ${quoteDatabaseName(inject("templateDatabase"))}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl, name);
  const db = createDb(url, { max: 5 });
  return {
    db,
    url,
    name,
    async drop() {
      await db.$client.end({ timeout: 5 });
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        // FORCE: a pg-boss pool or a killed worker's connections may still be open.
        await dropper.unsafe(`drop database if exists ${quoteDatabaseName(name)} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/**
 * One database per test file, dropped after the file: files run in parallel without sharing rows.
 * Call at the top level of the file: `const { db, url } = await setupTestDatabase();`
 */
export async function setupTestDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  afterAll(() => database.drop());
  return database;
}
