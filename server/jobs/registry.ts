import { z } from "zod";

/**
 * Every job: its payload schema, retry policy and a lazily loaded handler (so the web process that
 * only enqueues never loads handler code). Handlers are idempotent: a job may run again after a crash.
 * A definition with `batchSize` gets up to that many jobs per fetch and a handler that takes them all
 * (one claim, one write for the batch) and answers per job; `concurrency` is the number of workers.
 */
export const jobDefinitions = {
  "email-send": {
    payload: z.object({ outboxId: z.uuid() }),
    retryLimit: 10,
    retryDelaySeconds: 5,
    concurrency: 4,
    batchSize: 25,
    load: () => import("./handlers/email-send"),
  },
  "email-sweep": {
    payload: z.object({}),
    retryLimit: 0,
    retryDelaySeconds: 60,
    concurrency: 1,
    cron: "* * * * *",
    load: () => import("./handlers/email-sweep"),
  },
  "sla-check": {
    payload: z.object({ caseId: z.uuid() }),
    retryLimit: 5,
    retryDelaySeconds: 10,
    concurrency: 2,
    load: () => import("./handlers/sla-check"),
  },
  // Resolved case → survey email after the template's delay (server/surveys/sending.ts). Its
  // workers send the emails themselves, so they are as many as email-send's. Batches of 50: each
  // costs a fetch, a context read, one write for invitations and outbox, one for the sent rows and a
  // completion, whatever its size (bench:surveys-send, 10k: 1.24x direct with 25, 1.17x with 50).
  "survey-send": {
    payload: z.object({ invitationId: z.uuid() }),
    retryLimit: 10,
    retryDelaySeconds: 5,
    concurrency: 4,
    batchSize: 50,
    load: () => import("./handlers/survey-send"),
  },
  "survey-reminder": {
    payload: z.object({ invitationId: z.uuid() }),
    retryLimit: 10,
    retryDelaySeconds: 30,
    concurrency: 1,
    load: () => import("./handlers/survey-reminder"),
  },
  "sla-sweep": {
    payload: z.object({}),
    retryLimit: 0,
    retryDelaySeconds: 60,
    concurrency: 1,
    cron: "* * * * *",
    load: () => import("./handlers/sla-sweep"),
  },
} as const;

export type JobName = keyof typeof jobDefinitions;
export type JobPayload<N extends JobName> = z.infer<(typeof jobDefinitions)[N]["payload"]>;
/** What a batch handler answers for each of its jobs, in order: nothing when done, else why it should be retried. */
export type JobOutcome = Error | undefined;
