import { parseArgs } from "node:util";
import { DEMO_PASSWORD } from "@/db/seed/catalog";
import { hashPassword } from "@/server/accounts";
import { toolEnv } from "@/server/env";
import { openBenchDatabase, redactUrl } from "./lib/database";
import { ensureBenchData } from "./lib/generate-data";
import { parsePositiveInt } from "./lib/args";

// Usage: node --import tsx bench/generate.ts [--customers N] [--orders M] [--database-url URL]
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { customers: { type: "string" }, orders: { type: "string" }, "database-url": { type: "string" } } });
  const size = {
    customers: parsePositiveInt("--customers", values.customers) ?? toolEnv.BENCH_CUSTOMERS,
    orders: parsePositiveInt("--orders", values.orders) ?? toolEnv.BENCH_ORDERS,
  };
  const db = await openBenchDatabase(values["database-url"], console.log);
  try {
    console.log(`Database: ${redactUrl(db.url)} (${db.source})`);
    await ensureBenchData(db.url, size, { passwordHash: await hashPassword(DEMO_PASSWORD), log: console.log });
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
