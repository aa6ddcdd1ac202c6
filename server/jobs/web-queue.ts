import type PgBoss from "pg-boss";
import { env } from "@/server/env";
import { queueFromBoss, startBoss, type JobQueue } from "./queue";

const globalForQueue = globalThis as unknown as { parcoursBoss?: Promise<PgBoss> };

/** The web process's handle on the job queue: it only enqueues; the worker process consumes. */
export async function getJobQueue(): Promise<JobQueue> {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  globalForQueue.parcoursBoss ??= startBoss({ url: env.DATABASE_URL, isWorker: false, expireSeconds: env.JOB_EXPIRE_SECONDS });
  return queueFromBoss(await globalForQueue.parcoursBoss);
}
