"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { emailAddress } from "@/server/accounts/schemas";
import { api } from "@/server/api/rsc";
import { clientIp, peekSignInAttempt } from "@/server/security/sign-in-limits";
import { safeReturnPath } from "@/server/security/return-path";
import { signIn, signOut } from "./config";

export type SignInFormState = { error?: string; email?: string };

async function rateLimitMessage(email: string): Promise<string | null> {
  const limit = await peekSignInAttempt(getDb(), { email, ip: clientIp(await headers()) });
  if (limit.isAllowed) return null;
  const t = await getTranslations("auth.errors");
  return t("rateLimited", { minutes: Math.max(1, Math.ceil(limit.retryAfterSeconds / 60)) });
}

/** The submitted address, or the form state that refuses it (invalid, or over the attempt budget). */
async function checkSignInAddress(form: FormData): Promise<{ email: string; raw: string } | { refusal: SignInFormState }> {
  const raw = String(form.get("email") ?? "");
  const email = emailAddress.safeParse(raw);
  if (!email.success) return { refusal: { error: (await getTranslations("auth.errors"))("invalidEmail"), email: raw } };
  const limited = await rateLimitMessage(email.data);
  return limited ? { refusal: { error: limited, email: raw } } : { email: email.data, raw };
}

export async function requestMagicLink(_: SignInFormState, form: FormData): Promise<SignInFormState> {
  const t = await getTranslations("auth.errors");
  const checked = await checkSignInAddress(form);
  if ("refusal" in checked) return checked.refusal;
  const { email, raw } = checked;
  try {
    await signIn("email", { email, redirectTo: safeReturnPath(form.get("callbackUrl")) });
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AuthError) return { error: (await rateLimitMessage(email)) ?? t("generic"), email: raw };
    throw error;
  }
  return {};
}

export async function signInWithPassword(_: SignInFormState, form: FormData): Promise<SignInFormState> {
  const t = await getTranslations("auth.errors");
  const checked = await checkSignInAddress(form);
  if ("refusal" in checked) return checked.refusal;
  const { email, raw } = checked;
  try {
    await signIn("credentials", { email, password: String(form.get("password") ?? ""), redirectTo: safeReturnPath(form.get("callbackUrl")) });
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof CredentialsSignin) {
      return { error: error.code === "rate_limited" ? ((await rateLimitMessage(email)) ?? t("generic")) : t("credentials"), email: raw };
    }
    if (error instanceof AuthError) return { error: t("generic"), email: raw };
    throw error;
  }
  return {};
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}

/** Revokes every session (the version bump) and clears this browser's cookie too. */
export async function signOutEverywhereAction() {
  await (await api()).account.signOutEverywhere();
  await signOut({ redirectTo: "/sign-in?signedOut=everywhere" });
}
