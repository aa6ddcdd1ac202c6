"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { isStaff, type Actor } from "@/server/accounts/actor";
import { getActor } from "@/server/auth/session";
import { DomainError } from "@/server/errors";
import { escalateThread, mergeThreads, moveThread, promoteThread, renameThread, resolveFlag, setPostHidden, setThreadLocked } from "@/server/forum";
import { escalateInput, lockInput, mergeInput, moveInput, promoteInput, renameInput, resolveFlagInput, setHiddenInput } from "@/server/forum/schemas";
import { getJobQueue } from "@/server/jobs/web-queue";
import { findInputProblem } from "@/server/security/input-guard";

export type ModerationState = { error?: string; message?: string; done?: number };

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const text = (form: FormData, key: string) => String(form.get(key) ?? "");

async function translateError(code: string) {
  const t = await getTranslations("errors");
  return t.has(code as never) ? t(code as never) : t("common.invalidInput");
}

type Intent = {
  schema: z.ZodType;
  raw: (form: FormData) => Record<string, unknown>;
  call: (actor: Actor, input: never) => Promise<unknown>;
  message?: (result: never) => Promise<string>;
};

const intents: Record<string, Intent> = {
  resolveFlag: { schema: resolveFlagInput, raw: (f) => ({ flagId: text(f, "flagId"), decision: text(f, "decision") }), call: (a, i) => resolveFlag(getDb(), a, i) },
  hide: { schema: setHiddenInput, raw: (f) => ({ postId: text(f, "postId"), isHidden: text(f, "isHidden") === "true" }), call: (a, i) => setPostHidden(getDb(), a, i) },
  lock: { schema: lockInput, raw: (f) => ({ threadId: text(f, "threadId"), isLocked: text(f, "isLocked") === "true" }), call: (a, i) => setThreadLocked(getDb(), a, i) },
  move: { schema: moveInput, raw: (f) => ({ threadId: text(f, "threadId"), categoryId: text(f, "categoryId") }), call: (a, i) => moveThread(getDb(), a, i) },
  // The target may be pasted as a thread address: its id is what counts.
  merge: { schema: mergeInput, raw: (f) => ({ sourceThreadId: text(f, "threadId"), targetThreadId: UUID.exec(text(f, "target"))?.[0]?.toLowerCase() ?? text(f, "target") }), call: (a, i) => mergeThreads(getDb(), a, i) },
  rename: { schema: renameInput, raw: (f) => ({ threadId: text(f, "threadId"), title: text(f, "title") }), call: (a, i) => renameThread(getDb(), a, i) },
  escalate: {
    schema: escalateInput,
    raw: (f) => ({ threadId: text(f, "threadId"), category: text(f, "category") || "technical" }),
    call: async (a, i) => escalateThread(getDb(), await getJobQueue(), a, i),
    message: async (result: { caseNumber: string }) => (await getTranslations("forum.agent"))("escalated", { number: result.caseNumber }),
  },
  promote: {
    schema: promoteInput,
    raw: (f) => ({ threadId: text(f, "threadId"), kbCategoryId: text(f, "kbCategoryId") }),
    call: (a, i) => promoteThread(getDb(), a, i),
    message: async () => (await getTranslations("forum.agent"))("promoted"),
  },
};

/** Every moderation form posts here: staff only, the procedure's zod schema, the service, a translated answer. */
export async function moderateAction(_: ModerationState, form: FormData): Promise<ModerationState> {
  const actor = await getActor();
  if (!actor || !isStaff(actor)) return { error: await translateError("auth.forbidden") };
  const intent = intents[text(form, "intent")];
  if (!intent) return { error: await translateError("common.invalidInput") };
  const raw = intent.raw(form);
  if (findInputProblem(raw)) return { error: await translateError("common.invalidInput") };
  const parsed = intent.schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]?.message ?? "";
    return { error: await translateError(issue.startsWith("errors.") ? issue.slice(7) : "common.invalidInput") };
  }
  let result: unknown;
  try {
    result = await intent.call(actor, parsed.data as never);
  } catch (error) {
    if (error instanceof DomainError) return { error: await translateError(error.code) };
    throw error;
  }
  revalidatePath("/agent/community");
  revalidatePath("/[locale]/community", "layout");
  const message = intent.message ? await intent.message(result as never) : (await getTranslations("forum.agent"))("done");
  return { message, done: Date.now() };
}
