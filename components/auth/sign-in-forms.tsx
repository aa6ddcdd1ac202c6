"use client";

import { useActionState } from "react";
import { requestMagicLink, signInWithPassword, type SignInFormState } from "@/server/auth/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/** The forms' texts (auth namespace), translated on the server by the page. */
export type MagicLinkLabels = { emailLabel: string; emailHint: string; sendLink: string };
export type PasswordLabels = { emailLabel: string; passwordLabel: string; passwordSubmit: string };

export function MagicLinkForm({ callbackUrl, initialError, labels }: { callbackUrl: string; initialError?: string; labels: MagicLinkLabels }) {
  const [state, action, isPending] = useActionState<SignInFormState, FormData>(requestMagicLink, { error: initialError });
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField id="magic-email" name="email" type="email" autoComplete="email" required label={labels.emailLabel} hint={labels.emailHint} defaultValue={state.email} error={state.error} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {labels.sendLink}
      </Button>
    </form>
  );
}

export function PasswordForm({ callbackUrl, labels }: { callbackUrl: string; labels: PasswordLabels }) {
  const [state, action, isPending] = useActionState<SignInFormState, FormData>(signInWithPassword, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField id="password-email" name="email" type="email" autoComplete="username" required label={labels.emailLabel} defaultValue={state.email} />
      <TextField id="password" name="password" type="password" autoComplete="current-password" required label={labels.passwordLabel} error={state.error} />
      <Button type="submit" variant="secondary" className="w-full" disabled={isPending}>
        {labels.passwordSubmit}
      </Button>
    </form>
  );
}
