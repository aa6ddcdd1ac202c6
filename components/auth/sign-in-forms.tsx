"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestMagicLink, signInWithPassword, type SignInFormState } from "@/server/auth/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

export function MagicLinkForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const t = useTranslations("auth");
  const [state, action, isPending] = useActionState<SignInFormState, FormData>(requestMagicLink, { error: initialError });
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField id="magic-email" name="email" type="email" autoComplete="email" required label={t("emailLabel")} hint={t("emailHint")} defaultValue={state.email} error={state.error} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {t("sendLink")}
      </Button>
    </form>
  );
}

export function PasswordForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [state, action, isPending] = useActionState<SignInFormState, FormData>(signInWithPassword, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField id="password-email" name="email" type="email" autoComplete="username" required label={t("emailLabel")} defaultValue={state.email} />
      <TextField id="password" name="password" type="password" autoComplete="current-password" required label={t("passwordLabel")} error={state.error} />
      <Button type="submit" variant="secondary" className="w-full" disabled={isPending}>
        {t("passwordSubmit")}
      </Button>
    </form>
  );
}
