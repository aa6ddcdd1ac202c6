import { createDb } from "@/db/client";
import { toolEnv } from "@/server/env";
import { isDemoSeeded, seedDemo } from "./demo";

async function main(): Promise<number> {
  const url = toolEnv.DATABASE_URL;
  if (!url) {
    console.error("Set DATABASE_URL to seed a PostgreSQL server (`npm run start:demo` seeds its embedded database itself).");
    return 1;
  }
  const db = createDb(url, { max: 1 });
  try {
    if (await isDemoSeeded(db)) {
      console.log("Demo data already seeded; nothing to do.");
      return 0;
    }
    const started = performance.now();
    const { accounts } = await seedDemo(db);
    console.log(`Demo data seeded in ${((performance.now() - started) / 1000).toFixed(1)} s. Accounts:`);
    console.table(accounts.map(({ role, email, password }) => ({ role, email, password })));
    return 0;
  } finally {
    await db.$client.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
