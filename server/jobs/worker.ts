import { createDb } from "@/db/client";
import { validateEnv } from "@/server/env";
import { transportFromEnv } from "@/server/email/transport-from-env";
import { runWorker } from "./run-worker";

// A failed start (database down, bad configuration) is logged and exits 1, so the launcher stops too.
async function main() {
  const env = validateEnv();
  if (!env.DATABASE_URL) {
    console.error("The worker needs DATABASE_URL (the launcher sets it: `npm start`).");
    process.exit(1);
  }
  const db = createDb(env.DATABASE_URL, { max: 8 });
  const transport = transportFromEnv();
  const worker = await runWorker({
    url: env.DATABASE_URL,
    db,
    transport,
    emailFrom: env.EMAIL_FROM,
    pollSeconds: env.JOB_POLL_SECONDS,
    expireSeconds: env.JOB_EXPIRE_SECONDS,
    maintenanceSeconds: env.JOB_MAINTENANCE_SECONDS,
  });
  console.log(`[worker] ready (email via ${transport.name})`);

  let isStopping = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, async () => {
      if (isStopping) return;
      isStopping = true;
      await worker.stop();
      await db.$client.end({ timeout: 5 });
      process.exit(0);
    });
  }
}

main().catch((error) => {
  console.error("[worker] failed to start:", error);
  process.exit(1);
});
