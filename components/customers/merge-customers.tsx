"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useDeferredValue, useState } from "react";
import { trpcFailure } from "@/components/account/use-trpc-error";
import { useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field";

/** Finds a duplicate record, previews what would move into this one, and merges on confirmation. */
export function MergeCustomers({ intoId, intoName }: { intoId: string; intoName: string }) {
  const t = useTranslations("customers.merge");
  const trpc = useTRPC();
  const router = useRouter();
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query.trim());
  const [fromId, setFromId] = useState<string | null>(null);
  const results = useQuery({ ...trpc.customers.search.queryOptions({ query: deferred, limit: 10 }), enabled: deferred.length >= 2 });
  const preview = useQuery({ ...trpc.customers.mergePreview.queryOptions({ fromId: fromId ?? intoId, intoId }), enabled: fromId !== null });
  const merge = useMutation(
    trpc.cases.mergeCustomers.mutationOptions({
      onSuccess: () => {
        setFromId(null);
        setQuery("");
        router.refresh();
      },
    }),
  );
  const others = (results.data ?? []).filter((c) => c.id !== intoId);
  const side = preview.data?.from;

  return (
    <section aria-labelledby="merge-title" className="space-y-3 rounded-lg border border-zinc-200 bg-white p-5 shadow-sm">
      <h2 id="merge-title" className="text-base font-semibold text-zinc-900">
        {t("title")}
      </h2>
      <p className="text-sm text-zinc-600">{t("intro")}</p>
      <div className="max-w-md space-y-1">
        <label htmlFor="merge-search" className="block text-sm font-medium text-zinc-800">
          {t("search")}
        </label>
        <input
          id="merge-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t("searchPlaceholder")}
          autoComplete="off"
          className={inputStyles}
        />
      </div>
      <div aria-live="polite" className="space-y-3">
        {deferred.length >= 2 && results.isFetching && <p className="text-sm text-zinc-600">{t("searching")}</p>}
        {deferred.length >= 2 && results.isSuccess && others.length === 0 && <p className="text-sm text-zinc-600">{t("noResults")}</p>}
        {others.length > 0 && (
          <fieldset>
            <legend className="mb-1 text-sm font-medium text-zinc-800">{t("choose")}</legend>
            <ul className="space-y-1">
              {others.map((c) => (
                <li key={c.id}>
                  <label className="flex items-center gap-2 text-sm text-zinc-800">
                    <input type="radio" name="merge-from" className="size-4" checked={fromId === c.id} onChange={() => setFromId(c.id)} />
                    <span className="font-medium">{c.displayName}</span>
                    <span className="text-zinc-600">{c.email ?? ""}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        {fromId && side && preview.data && (
          <div className="rounded-md border border-zinc-200 bg-zinc-50 p-4 text-sm">
            <p className="font-semibold text-zinc-900">{t("previewTitle", { name: intoName })}</p>
            <p className="mt-1 text-zinc-800">
              {side.displayName}: {t("cases", { count: side.caseCount })}, {t("orders", { count: side.orderCount })}
              {side.hasAccount && `, ${t("hasAccount")}`}
            </p>
            {side.identities.length > 0 && (
              <p className="mt-1 text-zinc-700">
                {t("identities")}: {side.identities.map((i) => i.value).join(", ")}
              </p>
            )}
            {preview.data.canMerge ? (
              <Button type="button" className="mt-3" disabled={merge.isPending} onClick={() => merge.mutate({ fromId, intoId })}>
                {merge.isPending ? t("merging") : t("confirm")}
              </Button>
            ) : (
              <p className="mt-2 text-red-700">{t("refused")}</p>
            )}
          </div>
        )}
        {merge.isSuccess && <p className="text-sm text-green-800">{t("done", { count: merge.data.movedCases })}</p>}
        {merge.error && <p className="text-sm text-red-700">{trpcFailure(merge.error)?.message}</p>}
      </div>
    </section>
  );
}
