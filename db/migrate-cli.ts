import { toolEnv } from "@/server/env";
import { migrateDatabase } from "./migrate";

const url = toolEnv.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to migrate a PostgreSQL server (the embedded database migrates itself at start).");
  process.exit(1);
}
await migrateDatabase(url);
console.log("Migrations applied.");
