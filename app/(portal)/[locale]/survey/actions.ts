"use server";

import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import { ZodError } from "zod";
import { api } from "@/server/api/rsc";
import { DomainError } from "@/server/errors";

export type SurveyFormState = { error?: string; saved?: { isLowScore: boolean; at: number }; optedOut?: boolean };

const text = (form: FormData, key: string) => String(form.get(key) ?? "");
const rating = (value: string) => (/^\d{1,2}$/.test(value) ? Number(value) : value === "" ? null : NaN);

/**
 * The refusal of a survey procedure in the reader's language: the domain error's own message, the
 * first invalid field's, or the generic one. Anything that is not a refusal (a bug, the database
 * gone) is rethrown to the error page.
 */
async function refusal(error: unknown): Promise<SurveyFormState> {
  if (!(error instanceof TRPCError) || error.code === "INTERNAL_SERVER_ERROR") throw error;
  const t = await getTranslations("errors");
  const cause = error.cause;
  const key =
    cause instanceof DomainError
      ? cause.code
      : cause instanceof ZodError
        ? (cause.issues.find((issue) => issue.message.startsWith("errors."))?.message.slice("errors.".length) ?? "common.invalidInput")
        : error.message;
  return { error: t.has(key as never) ? t(key as never) : t("common.invalidInput") };
}

/**
 * The survey page's forms post here so they work before (or without) JavaScript; each is a thin
 * adapter from the form fields to the public survey procedure, which checks the link, the budget and
 * the input.
 */
export async function submitSurveyAction(_: SurveyFormState, form: FormData): Promise<SurveyFormState> {
  const answers: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (key.startsWith("q:") && typeof value === "string") answers[key.slice(2)] = value;
  const input = { token: text(form, "token"), csat: rating(text(form, "csat")) ?? Number.NaN, ces: rating(text(form, "ces")), answers };
  try {
    const result = await (await api()).surveys.respond(input);
    return { saved: { isLowScore: result.isLowScore, at: Date.now() } };
  } catch (error) {
    return refusal(error);
  }
}

export async function optOutAction(_: SurveyFormState, form: FormData): Promise<SurveyFormState> {
  try {
    await (await api()).surveys.optOut({ token: text(form, "token") });
    return { optedOut: true };
  } catch (error) {
    return refusal(error);
  }
}
