"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { CaseFormState } from "@/app/(portal)/cases/actions";
import { Button } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field";

type Action = (state: CaseFormState, form: FormData) => Promise<CaseFormState>;

export function ReplyForm({ action, number }: { action: Action; number: string }) {
  const t = useTranslations("cases.detail");
  const tf = useTranslations("cases.form");
  const [state, formAction, isPending] = useActionState(action, {});
  const error = state.error ?? state.fieldErrors?.body;
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
      <input type="hidden" name="number" value={number} />
      <label htmlFor="reply-body" className="block text-sm font-medium text-zinc-800">
        {t("replyLabel")}
      </label>
      <textarea id="reply-body" name="body" rows={4} required maxLength={20000} defaultValue={state.values?.body ?? ""} className={inputStyles} aria-invalid={error ? true : undefined} aria-describedby={error ? "reply-error" : undefined} />
      {error && (
        <p id="reply-error" role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <label htmlFor="reply-files" className="block text-sm font-medium text-zinc-800">
        {tf("files")}
      </label>
      <input id="reply-files" name="files" type="file" multiple accept=".png,.jpg,.jpeg,.gif,.webp,.pdf,.txt,.log,.csv" className="block w-full text-sm text-zinc-800 file:mr-3 file:rounded-md file:border-0 file:bg-zinc-100 file:px-3 file:py-2 file:text-sm file:font-medium" />
      <Button type="submit" disabled={isPending} aria-busy={isPending}>
        {t("send")}
      </Button>
    </form>
  );
}

export function CloseReopenForm({ action, number, intent, label, hint }: { action: Action; number: string; intent: "close" | "reopen"; label: string; hint?: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="intent" value={intent} />
      {hint && <p className="text-sm text-zinc-600">{hint}</p>}
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
      <Button type="submit" variant="secondary" disabled={isPending}>
        {label}
      </Button>
    </form>
  );
}
