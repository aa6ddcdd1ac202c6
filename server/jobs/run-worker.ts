import type PgBoss from "pg-boss";
import type { Database } from "@/db/client";
import type { EmailTransport } from "@/server/email/transport";
import { jobDefinitions, type JobName } from "./registry";
import { queueFromBoss, startBoss } from "./queue";
import type { JobContext } from "./context";

export type WorkerOptions = {
  url: string;
  db: Database;
  transport: EmailTransport;
  emailFrom: string;
  pollSeconds: number;
  expireSeconds: number;
  maintenanceSeconds: number;
};

/** Starts consuming every queue; resolves once the workers are registered. */
export async function runWorker(options: WorkerOptions): Promise<{ boss: PgBoss; stop: () => Promise<void> }> {
  const boss = await startBoss({ url: options.url, isWorker: true, pollSeconds: options.pollSeconds, expireSeconds: options.expireSeconds, maintenanceSeconds: options.maintenanceSeconds });
  const context: JobContext = { db: options.db, queue: queueFromBoss(boss), transport: options.transport, emailFrom: options.emailFrom, expireSeconds: options.expireSeconds };
  for (const name of Object.keys(jobDefinitions) as JobName[]) {
    const definition = jobDefinitions[name];
    const handle = async ([job]: PgBoss.Job<unknown>[]) => {
      if (!job) return;
      const { default: handler } = await definition.load();
      await (handler as (c: JobContext, p: unknown) => Promise<void>)(context, definition.payload.parse(job.data));
    };
    for (let i = 0; i < definition.concurrency; i++) {
      // pg-boss sleeps out the rest of the polling interval after every fetch, even a fruitful one,
      // which capped each worker at 2 jobs/s: a worker that got a job is told to fetch again at once.
      let workerId = "";
      workerId = await boss.work(name, { pollingIntervalSeconds: options.pollSeconds, batchSize: 1 }, async (jobs: PgBoss.Job<unknown>[]) => {
        if (jobs.length > 0) boss.notifyWorker(workerId);
        await handle(jobs);
      });
    }
    if ("cron" in definition) await boss.schedule(name, definition.cron, {});
  }
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
