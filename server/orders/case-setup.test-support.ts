import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";

/**
 * The minimum the cases service needs to open a case (categories and one default queue), for tests
 * of flows that create cases before the cases engineer's own seed exists in the test harness.
 */
export async function ensureCaseIntake(db: Database) {
  for (const key of ["returns", "refund", "cancellation", "account", "other"]) {
    await db.execute(sql`insert into case_categories (key, names) values (${key}, ${JSON.stringify({ en: key, fr: key, it: key })}::jsonb) on conflict do nothing`);
  }
  await db.execute(sql`insert into queues (key, name, is_default) values ('general', 'General', true) on conflict do nothing`);
}
