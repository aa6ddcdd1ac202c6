"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { DomainError } from "@/server/errors";
import { getJobQueue } from "@/server/jobs/web-queue";
import { findInputProblem } from "@/server/security/input-guard";
import { createLimiter } from "@/server/security/rate-limit";
import { clientIp } from "@/server/security/sign-in-limits";
import { optOutOfSurveys, submitSurvey } from "@/server/surveys";
import { submitSurveyInput } from "@/server/surveys/schemas";

export type SurveyFormState = { error?: string; saved?: { isLowScore: boolean; at: number }; optedOut?: boolean };

const text = (form: FormData, key: string) => String(form.get(key) ?? "");
const rating = (value: string) => (/^\d{1,2}$/.test(value) ? Number(value) : value === "" ? null : NaN);

async function translate(code: string) {
  const t = await getTranslations("errors");
  return t.has(code as never) ? t(code as never) : t("common.invalidInput");
}

/** Public forms: no account, so the network is the limit's key (Server Actions already refuse cross-site posts). */
async function isRateLimited() {
  const limiter = createLimiter(getDb(), { name: "survey-post", points: 30, durationSeconds: 3600 });
  return !(await limiter.consume(clientIp(await headers()))).isAllowed;
}

/** The confirming POST of the survey page: the only way an answer is recorded. */
export async function submitSurveyAction(_: SurveyFormState, form: FormData): Promise<SurveyFormState> {
  const answers: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (key.startsWith("q:") && typeof value === "string") answers[key.slice(2)] = value;
  const raw = { token: text(form, "token"), csat: rating(text(form, "csat")) ?? undefined, ces: rating(text(form, "ces")), answers };
  if (findInputProblem(raw)) return { error: await translate("common.invalidInput") };
  const parsed = submitSurveyInput.safeParse(raw);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "";
    return { error: await translate(message.startsWith("errors.") ? message.slice(7) : "common.invalidInput") };
  }
  if (await isRateLimited()) return { error: await translate("surveys.rateLimited") };
  try {
    const result = await submitSurvey(getDb(), await getJobQueue(), parsed.data);
    return { saved: { isLowScore: result.isLowScore, at: Date.now() } };
  } catch (error) {
    if (error instanceof DomainError) return { error: await translate(error.code) };
    throw error;
  }
}

export async function optOutAction(_: SurveyFormState, form: FormData): Promise<SurveyFormState> {
  const token = text(form, "token");
  if (token.length > 200 || findInputProblem(token)) return { error: await translate("surveys.invalidToken") };
  if (await isRateLimited()) return { error: await translate("surveys.rateLimited") };
  try {
    await optOutOfSurveys(getDb(), token);
    return { optedOut: true };
  } catch (error) {
    if (error instanceof DomainError) return { error: await translate(error.code) };
    throw error;
  }
}
