import PgBoss from "pg-boss";
import { jobDefinitions, type JobName, type JobPayload } from "./registry";

export type JobQueue = { send<N extends JobName>(name: N, payload: JobPayload<N>, options?: { singletonKey?: string; startAfter?: Date }): Promise<void> };

export type BossOptions = { url: string; isWorker: boolean; pollSeconds?: number; expireSeconds?: number; maintenanceSeconds?: number };

/** A pg-boss instance; the worker also supervises (expiry, retries) and runs the schedules. */
export async function startBoss(options: BossOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: options.url,
    max: options.isWorker ? 6 : 2,
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
  };
}
