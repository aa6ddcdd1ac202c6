"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field";
import { trpcFailure } from "./use-trpc-error";

export function DeletionForm() {
  const trpc = useTRPC();
  const t = useTranslations("selfcare.account.deletion");
  const [reason, setReason] = useState("");
  const [isConfirmed, setConfirmed] = useState(false);
  const request = useMutation(trpc.account.requestDeletion.mutationOptions());
  const failure = trpcFailure(request.error);
  if (request.data) return <p role="status" className="text-sm text-green-800">{t("requested", { number: request.data.caseNumber })}</p>;
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        request.mutate({ reason });
      }}
    >
      <div className="space-y-1.5">
        <label htmlFor="deletion-reason" className="block text-sm font-medium text-zinc-800">{t("reason")}</label>
        <textarea id="deletion-reason" rows={3} maxLength={2000} className={inputStyles} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <label className="flex items-center gap-2 text-sm text-zinc-800">
        <input type="checkbox" className="h-4 w-4" checked={isConfirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        {t("confirm")}
      </label>
      {failure && <p role="alert" className="text-sm text-red-700">{failure.message}</p>}
      <Button type="submit" variant="danger" disabled={!isConfirmed || request.isPending}>{t("button")}</Button>
    </form>
  );
}
