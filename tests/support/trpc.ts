import type PgBoss from "pg-boss";
import { TRPCError } from "@trpc/server";
import { getErrorShape } from "@trpc/server/unstable-core-do-not-import";
import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { appRouter, createCaller } from "@/server/api/root";
import type { Context } from "@/server/api/trpc";
import type { Locale } from "@/server/i18n/config";
import { queueFromBoss, startBoss, type JobQueue } from "@/server/jobs/queue";

/** Every procedure path of the app router ("orders.get"…), read from the router itself. */
export const procedurePaths = () => Object.keys(appRouter._def.procedures).sort();

export const procedureType = (path: string) =>
  (appRouter._def.procedures as unknown as Record<string, { _def: { type: "query" | "mutation" | "subscription" } }>)[path]!._def.type;

/** The web process's queue for one test database: a real pg-boss, started on first use. */
export function lazyQueue(url: string) {
  let boss: Promise<PgBoss> | undefined;
  return {
    getQueue: async (): Promise<JobQueue> => queueFromBoss(await (boss ??= startBoss({ url, isWorker: false }))),
    stop: async () => {
      if (boss) await (await boss).stop({ graceful: false, wait: true });
    },
  };
}

export function contextFor(db: Database, actor: Actor | null, options: { locale?: Locale; getQueue: () => Promise<JobQueue> }): Context {
  return { db, actor, locale: options.locale ?? "en", getQueue: options.getQueue };
}

/** Calls a procedure by its dotted path through createCaller, exactly as a Server Component would. */
export async function callProcedure(context: Context, path: string, input?: unknown): Promise<unknown> {
  const caller = createCaller(context) as unknown as Record<string, unknown>;
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input?: unknown) => Promise<unknown>)(input);
}

export type CallOutcome = { ok: true; value: unknown } | { ok: false; error: TRPCError; shape: ReturnType<typeof formattedError> };

/** What the HTTP endpoint would send for this error: the router's own errorFormatter, for this context. */
export function formattedError(error: TRPCError, context: Context, path: string, input?: unknown) {
  return getErrorShape({ config: appRouter._def._config, error, type: procedureType(path), path, input, ctx: context });
}

/** Calls and captures: a TRPCError becomes a failed outcome with its formatted shape; anything else is rethrown. */
export async function attempt(context: Context, path: string, input?: unknown): Promise<CallOutcome> {
  try {
    return { ok: true, value: await callProcedure(context, path, input) };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { ok: false, error, shape: formattedError(error, context, path, input) };
  }
}
