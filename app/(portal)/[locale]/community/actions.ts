"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getDb } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { getActor } from "@/server/auth/session";
import { DomainError } from "@/server/errors";
import { acceptAnswer, createThread, deletePost, editPost, flagPost, replyToThread, setFollowing, unsubscribe, unvotePost, votePost } from "@/server/forum";
import { createThreadInput, editPostInput, flagInput, followInput, postIdInput, replyInput, unsubscribeInput } from "@/server/forum/schemas";
import { isLocale, type Locale } from "@/server/i18n/config";
import { getJobQueue } from "@/server/jobs/web-queue";
import { findInputProblem } from "@/server/security/input-guard";

export type ForumFormState = { error?: string; fieldErrors?: Record<string, string>; message?: string; values?: Record<string, string>; done?: number };

const text = (form: FormData, key: string) => String(form.get(key) ?? "");
const localeOf = (form: FormData): Locale => {
  const value = text(form, "locale");
  return isLocale(value) ? value : "en";
};

async function translate(code: string) {
  const t = await getTranslations("errors");
  return t.has(code as never) ? t(code as never) : t("common.invalidInput");
}

async function fieldErrors(issues: z.core.$ZodIssue[]) {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.message.startsWith("errors.") ? issue.message.slice(7) : "validation.invalid";
    fields[String(issue.path[0] ?? "_")] ??= await translate(key);
  }
  return fields;
}

/**
 * The one path of every forum form: signed-in check, the same zod schema as the tRPC procedure,
 * the service, and a translated answer (domain errors become a message, never a 500).
 */
async function run<S extends z.ZodType>(
  form: FormData,
  params: { schema: S; raw: Record<string, unknown>; returnTo: string; customerOnly?: boolean; success?: string },
  call: (actor: Actor, input: z.infer<S>) => Promise<unknown>,
): Promise<ForumFormState> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(params.returnTo)}`);
  const values = Object.fromEntries(Object.entries(params.raw).filter(([, v]) => typeof v === "string")) as Record<string, string>;
  if (params.customerOnly && actor.role !== "customer") return { error: await translate("auth.forbidden"), values };
  if (findInputProblem(params.raw)) return { error: await translate("common.invalidInput"), values };
  const parsed = params.schema.safeParse(params.raw);
  if (!parsed.success) return { fieldErrors: await fieldErrors(parsed.error.issues), values };
  try {
    await call(actor, parsed.data);
  } catch (error) {
    if (error instanceof DomainError) return { error: await translate(error.code), values };
    throw error;
  }
  revalidatePath("/[locale]/community", "layout");
  const t = await getTranslations("forum.thread");
  return { message: params.success ? t(params.success as never) : undefined, done: Date.now() };
}

export async function askAction(_: ForumFormState, form: FormData): Promise<ForumFormState> {
  const locale = localeOf(form);
  let threadId = "";
  const state = await run(
    form,
    {
      schema: createThreadInput,
      raw: { categoryId: text(form, "categoryId"), locale: text(form, "threadLocale") || locale, title: text(form, "title"), bodyMd: text(form, "bodyMd") },
      returnTo: `/${locale}/community/ask`,
      customerOnly: true,
    },
    async (actor, input) => {
      threadId = (await createThread(getDb(), actor, input, { queue: await getJobQueue() })).threadId;
    },
  );
  // The thread lives under its own language's address.
  if (threadId) redirect(`/${isLocale(text(form, "threadLocale")) ? text(form, "threadLocale") : locale}/community/t/${threadId}`);
  return state;
}

export async function replyAction(_: ForumFormState, form: FormData): Promise<ForumFormState> {
  const threadId = text(form, "threadId");
  return run(
    form,
    {
      schema: replyInput,
      raw: { threadId, bodyMd: text(form, "bodyMd"), isOfficial: form.get("isOfficial") === "on" },
      returnTo: `/${localeOf(form)}/community/t/${threadId}`,
      success: "posted",
    },
    async (actor, parsed) => replyToThread(getDb(), await getJobQueue(), actor, parsed),
  );
}

export async function editAction(_: ForumFormState, form: FormData): Promise<ForumFormState> {
  return run(
    form,
    { schema: editPostInput, raw: { postId: text(form, "postId"), bodyMd: text(form, "bodyMd") }, returnTo: `/${localeOf(form)}/community`, success: "saved" },
    async (actor, parsed) => editPost(getDb(), actor, parsed, { queue: await getJobQueue() }),
  );
}

export async function voteAction(_: ForumFormState, form: FormData): Promise<ForumFormState> {
  return run(form, { schema: postIdInput, raw: { postId: text(form, "postId") }, returnTo: `/${localeOf(form)}/community` }, (actor, parsed) => votePost(getDb(), actor, parsed));
}

export async function unvoteAction(_: ForumFormState, form: FormData): Promise<ForumFormState> {
  return run(form, { schema: postIdInput, raw: { postId: text(form, "postId") }, returnTo: `/${localeOf(form)}/community` }, (actor, parsed) => unvotePost(getDb(), actor, parsed));
}

export async function acceptAction(_: ForumFormState, form: FormData): Promise<ForumFormState> {
  return run(form, { schema: postIdInput, raw: { postId: text(form, "postId") }, returnTo: `/${localeOf(form)}/community` }, (actor, parsed) => acceptAnswer(getDb(), actor, parsed));
}

export async function deleteAction(_: ForumFormState, form: FormData): Promise<ForumFormState> {
  return run(form, { schema: postIdInput, raw: { postId: text(form, "postId") }, returnTo: `/${localeOf(form)}/community`, customerOnly: true }, (actor, parsed) =>
    deletePost(getDb(), actor, parsed),
  );
}

export async function followAction(_: ForumFormState, form: FormData): Promise<ForumFormState> {
  const threadId = text(form, "threadId");
  return run(
    form,
    { schema: followInput, raw: { threadId, isFollowing: text(form, "isFollowing") === "true" }, returnTo: `/${localeOf(form)}/community/t/${threadId}` },
    (actor, parsed) => setFollowing(getDb(), actor, parsed),
  );
}

export async function flagAction(_: ForumFormState, form: FormData): Promise<ForumFormState> {
  return run(
    form,
    { schema: flagInput, raw: { postId: text(form, "postId"), reason: text(form, "reason"), note: text(form, "note") }, returnTo: `/${localeOf(form)}/community`, success: "flagged" },
    (actor, parsed) => flagPost(getDb(), actor, parsed),
  );
}

/** The unsubscribe link's confirmation (a POST, so mail scanners that follow links change nothing). */
export async function unsubscribeAction(_: ForumFormState, form: FormData): Promise<ForumFormState> {
  const parsed = unsubscribeInput.safeParse({ token: text(form, "token") });
  const t = await getTranslations("forum.unsubscribe");
  if (!parsed.success) return { error: await translate("forum.unsubscribeInvalid") };
  let result: Awaited<ReturnType<typeof unsubscribe>>;
  try {
    result = await unsubscribe(getDb(), parsed.data);
  } catch (error) {
    if (error instanceof DomainError) return { error: await translate(error.code) };
    throw error;
  }
  return { message: t(result.threadId ? "done" : "mentionsDone"), done: Date.now() };
}
