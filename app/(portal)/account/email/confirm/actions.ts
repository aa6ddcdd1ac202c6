"use server";

import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { confirmEmailChangeInput } from "@/server/accounts/schemas";
import { confirmEmailChange } from "@/server/accounts/self-care";
import { getActor } from "@/server/auth/session";
import { DomainError } from "@/server/errors";

export type ConfirmEmailState = { email?: string; error?: string };

/**
 * Applies a confirmed email change. A Server Action calling the service (like the sign-in actions)
 * rather than a tRPC procedure: the only input is a single-use secret from an email, which the
 * authorization matrix cannot hold, and nothing but this page ever needs to send it.
 */
export async function confirmEmailChangeAction(_: ConfirmEmailState, form: FormData): Promise<ConfirmEmailState> {
  const t = await getTranslations("errors");
  const actor = await getActor();
  if (!actor || actor.role !== "customer") return { error: t("auth.unauthenticated") };
  const input = confirmEmailChangeInput.safeParse({ token: form.get("token") });
  if (!input.success) return { error: t("account.emailLinkInvalid") };
  try {
    return await confirmEmailChange(getDb(), actor, input.data);
  } catch (error) {
    if (error instanceof DomainError) return { error: t(error.code as "common.notFound") };
    throw error;
  }
}
