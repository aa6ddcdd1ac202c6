import type PgBoss from "pg-boss";
import type { Database } from "@/db/client";
import type { EmailTransport } from "@/server/email/transport";
import { jobDefinitions, type JobName, type JobOutcome } from "./registry";
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
    const batchSize = "batchSize" in definition ? definition.batchSize : 1;
    // Loaded on first use and kept: under tsx every import(), even of a loaded module, is a round trip
    // to the loader thread, which cost more than the database work of a batch.
    let loaded: Promise<{ default: unknown }> | null = null;
    const handle = async (jobs: PgBoss.Job<unknown>[]) => {
      if (jobs.length === 0) return;
      const { default: handler } = await (loaded ??= definition.load().catch((error: unknown) => {
        loaded = null;
        throw error;
      }));
      const payloads = jobs.map((job) => definition.payload.parse(job.data));
      if (batchSize === 1) return (handler as (c: JobContext, p: unknown) => Promise<void>)(context, payloads[0]);
      const outcomes = await (handler as (c: JobContext, p: unknown[]) => Promise<JobOutcome[]>)(context, payloads);
      // Only the jobs that failed are retried; pg-boss completes the rest of the batch when this returns.
      const failed = jobs.flatMap((job, i) => (outcomes[i] instanceof Error ? [{ id: job.id, message: outcomes[i].message }] : []));
      for (const job of failed) await boss.fail(name, job.id, { message: job.message.slice(0, 1000) });
    };
    // Every fetch is a statement planned on pg-boss's partitioned job table: 13 workers polling an idle
    // queue every 0.5 s cost PostgreSQL ~11% of a core and this process ~6%. So only a queue's first
    // worker polls at the polling interval (a cron queue, whose job comes once a minute, every 5 s);
    // the others poll every 10 intervals and are woken whenever a worker of their queue gets jobs.
    // pg-boss also sleeps out the rest of the interval after every fetch, even a fruitful one, which
    // capped each worker at one batch per interval: a worker that got jobs fetches again at once, and
    // one that got a full batch (more may be waiting) wakes the whole queue.
    const workerIds: string[] = [];
    const firstInterval = "cron" in definition ? Math.max(options.pollSeconds, 5) : options.pollSeconds;
    for (let i = 0; i < definition.concurrency; i++) {
      const pollingIntervalSeconds = i === 0 ? firstInterval : firstInterval * 10;
      workerIds.push(
        await boss.work(name, { pollingIntervalSeconds, batchSize }, async (jobs: PgBoss.Job<unknown>[]) => {
          if (jobs.length >= batchSize) for (const id of workerIds) boss.notifyWorker(id);
          else if (jobs.length > 0) boss.notifyWorker(workerIds[i]!);
          await handle(jobs);
        }),
      );
    }
    if ("cron" in definition) await boss.schedule(name, definition.cron, {});
  }
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
