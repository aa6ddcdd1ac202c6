"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { confirmEmailChangeAction, type ConfirmEmailState } from "@/app/(portal)/account/email/confirm/actions";

export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("selfcare.account");
  const [state, action, isPending] = useActionState<ConfirmEmailState, FormData>(confirmEmailChangeAction, {});
  if (state.email) return <p role="status" className="text-sm text-green-800">{t("confirmed", { email: state.email })}</p>;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      {state.error && <p role="alert" className="text-sm text-red-700">{state.error}</p>}
      <Button type="submit" disabled={isPending}>{t("confirmButton")}</Button>
    </form>
  );
}
