"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field";
import type { AppRouter } from "@/server/api/root";

type Kind = "return" | "refund" | "cancellation";
export type RequestAction = { kind: Kind; refusal: string | null; reasons: string[] };

type FieldErrors = Record<string, string[]> | null;
const errorOf = (error: unknown): { message: string; fields: FieldErrors } | null => {
  if (!error) return null;
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data as { fieldErrors?: FieldErrors } | undefined;
    return { message: error.message, fields: data?.fieldErrors ?? null };
  }
  return { message: String(error), fields: null };
};

/**
 * Return, refund and cancellation as first-class actions of an order. Which ones are open comes from
 * the server's rules (the refusal is shown instead of the button); the server checks again on send.
 * A form opened and closed without sending is reported as an abandoned request.
 */
export function RequestPanel({ number, actions, detailsMax }: { number: string; actions: RequestAction[]; detailsMax: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const t = useTranslations("selfcare.requests");
  const te = useTranslations("errors");
  const [open, setOpen] = useState<Kind | null>(null);
  const [reason, setReason] = useState("");
  const [details, setDetails] = useState("");
  const [sent, setSent] = useState<{ caseNumber: string } | null>(null);
  const formId = useId();
  const firstField = useRef<HTMLSelectElement>(null);
  const create = useMutation(trpc.orders.createRequest.mutationOptions());
  const abandon = useMutation(trpc.orders.abandonRequest.mutationOptions());
  const failure = errorOf(create.error);

  useEffect(() => {
    if (open) firstField.current?.focus();
  }, [open]);

  const close = () => {
    if (open && !create.isSuccess) abandon.mutate({ number, kind: open, step: details ? "details_written" : reason ? "reason_chosen" : "opened" });
    setOpen(null);
    setReason("");
    setDetails("");
    create.reset();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!open) return;
    create.mutate(
      { number, kind: open, reason, details },
      {
        onSuccess: (result) => {
          setSent({ caseNumber: result.caseNumber });
          setOpen(null);
          router.refresh();
        },
      },
    );
  };

  const action = actions.find((a) => a.kind === open);
  return (
    <div className="space-y-4">
      {sent && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-900">
          {t("sent", { number: sent.caseNumber })}{" "}
          <Link href={`/cases/${sent.caseNumber}`} className="font-semibold underline">
            {t("viewCase", { number: sent.caseNumber })}
          </Link>
        </p>
      )}
      <ul className="space-y-2">
        {actions.map((a) => (
          <li key={a.kind}>
            {a.refusal ? (
              <div className="rounded-md border border-zinc-200 p-3">
                <p className="text-sm font-medium text-zinc-500">{t(`actions.${a.kind}`)}</p>
                <p className="text-xs text-zinc-600">{te(a.refusal as "common.notFound")}</p>
              </div>
            ) : (
              <Button type="button" variant="secondary" className="w-full justify-start" aria-expanded={open === a.kind} aria-controls={formId} onClick={() => (open === a.kind ? close() : (close(), setOpen(a.kind)))}>
                {t(`actions.${a.kind}`)}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {open && action && (
        <form id={formId} onSubmit={submit} className="space-y-3 rounded-md border border-brand-600 p-4" aria-labelledby={`${formId}-title`} noValidate>
          <h3 id={`${formId}-title`} className="text-sm font-semibold text-zinc-900">
            {t(`formTitle.${open}`)}
          </h3>
          <div className="space-y-1.5">
            <label htmlFor={`${formId}-reason`} className="block text-sm font-medium text-zinc-800">
              {t("reason")}
            </label>
            <select
              id={`${formId}-reason`}
              ref={firstField}
              required
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              className={inputStyles}
              aria-invalid={failure?.fields?.reason ? true : undefined}
            >
              <option value="">{t("chooseReason")}</option>
              {action.reasons.map((r) => (
                <option key={r} value={r}>
                  {t(`reasons.${r}` as "reasons.other")}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1.5">
            <label htmlFor={`${formId}-details`} className="block text-sm font-medium text-zinc-800">
              {reason === "other" ? t("detailsOther") : t("details")}
            </label>
            <textarea
              id={`${formId}-details`}
              value={details}
              onChange={(e) => setDetails(e.target.value)}
              maxLength={detailsMax}
              rows={4}
              className={inputStyles}
              aria-describedby={`${formId}-details-hint`}
              aria-invalid={failure?.fields?.details ? true : undefined}
            />
            <p id={`${formId}-details-hint`} className="text-xs text-zinc-600">
              {t("detailsHint", { max: detailsMax })}
            </p>
          </div>
          {failure && (
            <p role="alert" className="text-sm text-red-700">
              {failure.fields ? Object.values(failure.fields).flat().join(" ") : failure.message}
            </p>
          )}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={!reason || create.isPending}>
              {create.isPending ? t("sending") : t("send")}
            </Button>
            <Button type="button" variant="ghost" onClick={close}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
