import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { DomainError, errorCodes, type ErrorCode } from "@/server/errors";
import type { Locale } from "@/server/i18n/config";
import { translator } from "@/server/i18n/messages";
import type { JobQueue } from "@/server/jobs/queue";
import { findInputProblem } from "@/server/security/input-guard";

export type Context = {
  db: Database;
  actor: Actor | null;
  locale: Locale;
  /** Lazily started: most procedures never enqueue. */
  getQueue: () => Promise<JobQueue>;
};

type FieldErrors = Record<string, string[]>;

function translateZod(error: ZodError, locale: Locale): FieldErrors {
  const t = translator(locale, "errors");
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "_";
    const key = issue.message.startsWith("errors.") ? issue.message.slice("errors.".length) : null;
    // Our schemas carry message keys; zod's own messages (wrong type, unknown key) get the generic one.
    const message = key && t.has(key as never) ? t(key as never) : t("validation.invalid");
    (fields[path] ??= []).push(message);
  }
  return fields;
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const locale = ctx?.locale ?? "en";
    const tr = translator(locale, "errors");
    const cause = error.cause;
    let code: ErrorCode;
    let fieldErrors: FieldErrors | null = null;
    if (cause instanceof ZodError) {
      code = "common.invalidInput";
      fieldErrors = translateZod(cause, locale);
    } else if (cause instanceof DomainError) {
      code = cause.code;
    } else if (error.code === "UNAUTHORIZED") code = "auth.unauthenticated";
    else if (error.code === "FORBIDDEN") code = "auth.forbidden";
    else if (error.code === "NOT_FOUND") code = "common.notFound";
    else if (error.code === "INTERNAL_SERVER_ERROR") code = "common.internal";
    else code = "common.invalidInput";
    return {
      ...shape,
      message: tr(code as never),
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, errorCode: code, fieldErrors },
    };
  },
});

/** Turns domain errors into tRPC errors with the mapped code; anything else stays a (logged) 500. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: errorCodes[cause.code], message: cause.code, cause });
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Refuses input no procedure can store or parse safely (NUL, lone surrogates, absurd nesting). */
const inputGuard = t.middleware(async ({ getRawInput, next }) => {
  if (findInputProblem(await getRawInput())) throw new TRPCError({ code: "BAD_REQUEST", message: "common.invalidInput" });
  return next();
});

export const publicProcedure = t.procedure.use(domainErrors).use(inputGuard);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED" });
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

/** A customer account; ctx.actor.customerId is what every customer query is scoped by. */
export const customerProcedure = protectedProcedure.use(({ ctx, next }) => {
  const { actor } = ctx;
  if (actor.role !== "customer" || !actor.customerId) throw new TRPCError({ code: "FORBIDDEN" });
  return next({ ctx: { ...ctx, actor: { ...actor, customerId: actor.customerId } } });
});

export const agentProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.actor.role !== "agent" && ctx.actor.role !== "admin") throw new TRPCError({ code: "FORBIDDEN" });
  return next();
});

export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.actor.role !== "admin") throw new TRPCError({ code: "FORBIDDEN" });
  return next();
});
