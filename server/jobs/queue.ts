import PgBoss from "pg-boss";
import { jobDefinitions, type JobName, type JobPayload } from "./registry";

export type JobOptions = { singletonKey?: string; startAfter?: Date };

export type JobQueue = {
  send<N extends JobName>(name: N, payload: JobPayload<N>, options?: JobOptions): Promise<void>;
  /**
   * Several jobs of one kind in one statement (pg-boss insert): a case's SLA checks cost one round
   * trip instead of one each. Optional so a stand-in queue (seeds, tests) may implement `send` only.
   */
  sendMany?<N extends JobName>(name: N, jobs: { payload: JobPayload<N>; options?: JobOptions }[]): Promise<void>;
};

export type BossOptions = { url: string; isWorker: boolean; pollSeconds?: number; expireSeconds?: number; maintenanceSeconds?: number };

/** A pg-boss instance; the worker also supervises (expiry, retries) and runs the schedules. */
export async function startBoss(options: BossOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: options.url,
    // The web process enqueues on every intake (SLA checks, the notification): 2 connections made
    // 32 concurrent webhooks wait in line for the pool.
    max: options.isWorker ? 6 : 4,
    supervise: options.isWorker,
    schedule: options.isWorker,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 30,
    monitorStateIntervalSeconds: options.maintenanceSeconds ?? 30,
  });
  boss.on("error", (error) => console.error("[jobs]", error.message));
  await boss.start();
  for (const [name, definition] of Object.entries(jobDefinitions)) {
    const policy = { name, retryLimit: definition.retryLimit, retryDelay: definition.retryDelaySeconds, retryBackoff: true, expireInSeconds: options.expireSeconds ?? 60 };
    await boss.createQueue(name, policy);
    // createQueue leaves an existing queue alone: apply today's policy to it too.
    await boss.updateQueue(name, policy);
  }
  return boss;
}

export function queueFromBoss(boss: PgBoss): JobQueue {
  return {
    async send(name, payload, options = {}) {
      const data = jobDefinitions[name].payload.parse(payload);
      await boss.send(name, data, { singletonKey: options.singletonKey, startAfter: options.startAfter });
    },
    async sendMany(name, jobs) {
      if (jobs.length === 0) return;
      const payload = jobDefinitions[name].payload;
      // insert() skips send()'s per-job defaults; the queue's own policy (retries, expiry) still applies.
      await boss.insert(jobs.map((job) => ({ name, data: payload.parse(job.payload), singletonKey: job.options?.singletonKey, startAfter: job.options?.startAfter })));
    },
  };
}
