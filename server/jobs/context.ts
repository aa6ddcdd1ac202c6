import type { Database } from "@/db/client";
import type { EmailTransport } from "@/server/email/transport";
import type { JobQueue } from "./queue";

/** What a job handler gets: the same dependencies a router passes to services. */
export type JobContext = { db: Database; queue: JobQueue; transport: EmailTransport; emailFrom: string; expireSeconds: number };
