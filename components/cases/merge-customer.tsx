"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field";

/** Merges a duplicate customer record (named by its id) into this case's customer. */
export function MergeCustomer({ intoId }: { intoId: string }) {
  const t = useTranslations("cases.agent.merge");
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [fromId, setFromId] = useState("");
  const merge = useMutation(
    trpc.cases.mergeCustomers.mutationOptions({
      onSuccess: () => {
        setFromId("");
        router.refresh();
      },
    }),
  );
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        merge.mutate({ fromId: fromId.trim(), intoId });
      }}
    >
      <p className="text-sm text-zinc-700">{t("intro")}</p>
      <div className="space-y-1">
        <label htmlFor={`${id}-from`} className="block text-sm font-medium text-zinc-800">{t("otherId")}</label>
        <input
          id={`${id}-from`}
          value={fromId}
          onChange={(e) => setFromId(e.target.value)}
          required
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          aria-invalid={merge.error ? true : undefined}
          className={`${inputStyles} font-mono`}
        />
        <p id={`${id}-hint`} className="text-xs text-zinc-600">{t("otherIdHint")}</p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={merge.isPending || !fromId.trim()} aria-busy={merge.isPending}>{t("submit")}</Button>
        <p role="status" className="text-sm">
          {merge.isSuccess && <span className="text-green-800">{t("done", { count: merge.data.movedCases })}</span>}
          {merge.error && <span className="text-red-700">{merge.error.message}</span>}
        </p>
      </div>
    </form>
  );
}
