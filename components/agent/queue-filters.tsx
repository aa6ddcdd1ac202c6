"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { caseChannels } from "@/server/cases/schemas";
import { languages, openStatuses, priorities, queueSorts, tiers, type QueueFilters, type QueueSort, type QueueView } from "@/server/cases/queue-schemas";
import { useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { inputStyles } from "@/components/ui/field";

const selectStyles = cn(inputStyles, "min-h-9 py-1");
type Key = keyof QueueFilters;

/**
 * One select per filter (any, or one value), the sort, and saving the result as a view of one's own
 * (a new one, or changes to the saved view on screen).
 */
export function QueueFiltersBar({
  filters,
  sort,
  onChange,
  base,
  savedView,
  onSaved,
}: {
  filters: QueueFilters;
  sort: QueueSort;
  onChange: (next: { filters: QueueFilters; sort: QueueSort }) => void;
  base: QueueView;
  savedView: { id: string; name: string } | null;
  onSaved: (id: string | null) => void;
}) {
  const t = useTranslations("queues");
  const tc = useTranslations("cases");
  const ta = useTranslations("account.tiers");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const locale = useLocale() as "en" | "fr" | "it";
  const options = useQuery(trpc.queues.options.queryOptions());
  const categories = useQuery(trpc.cases.categories.queryOptions());
  const [name, setName] = useState(savedView?.name ?? "");
  const [notice, setNotice] = useState("");
  const refresh = () => void queryClient.invalidateQueries(trpc.queues.pathFilter());
  const save = useMutation(
    trpc.queues.saveView.mutationOptions({
      onSuccess: ({ id: savedId }, input) => {
        setNotice(t("saved.saved", { name: input.name }));
        refresh();
        onSaved(savedId);
      },
    }),
  );
  const remove = useMutation(
    trpc.queues.deleteView.mutationOptions({
      onSuccess: () => {
        setNotice(t("saved.deleted"));
        refresh();
        onSaved(null);
      },
    }),
  );

  const set = (key: Key, value: string) => onChange({ filters: { ...filters, [key]: value ? [value] : undefined }, sort });
  const current = (key: Key) => filters[key]?.[0] ?? "";
  const isFiltered = Object.values(filters).some((v) => v && v.length > 0);
  const fields: { key: Key; label: string; values: { value: string; label: string }[] }[] = [
    { key: "status", label: t("filters.status"), values: openStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) })) },
    { key: "priority", label: t("filters.priority"), values: priorities.map((p) => ({ value: p, label: tc(`priority.${p}`) })) },
    { key: "channel", label: t("filters.channel"), values: caseChannels.map((c) => ({ value: c, label: tc(`channel.${c}`) })) },
    { key: "category", label: t("filters.category"), values: (categories.data ?? []).map((c) => ({ value: c.key, label: c.names[locale] ?? c.key })) },
    { key: "tier", label: t("filters.tier"), values: tiers.map((tier) => ({ value: tier, label: ta(tier) })) },
    { key: "language", label: t("filters.language"), values: languages.map((l) => ({ value: l, label: t(`filters.languages.${l}`) })) },
    { key: "assigneeId", label: t("filters.assignee"), values: [{ value: "none", label: t("filters.unassigned") }, ...(options.data?.agents ?? []).map((a) => ({ value: a.userId, label: a.name }))] },
    { key: "queueId", label: t("filters.queue"), values: (options.data?.queues ?? []).map((q) => ({ value: q.id, label: q.name })) },
  ];

  return (
    <section aria-label={t("filters.label")} className="space-y-3 rounded-lg border border-zinc-200 bg-white p-3">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {fields.map((field) => (
          <div key={field.key}>
            <label htmlFor={`${id}-${field.key}`} className="block text-xs font-medium text-zinc-700">
              {field.label}
            </label>
            <select id={`${id}-${field.key}`} className={selectStyles} value={current(field.key)} onChange={(e) => set(field.key, e.target.value)}>
              <option value="">{t("filters.any")}</option>
              {field.values.map((v) => (
                <option key={v.value} value={v.value}>
                  {v.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div>
          <label htmlFor={`${id}-sort`} className="block text-xs font-medium text-zinc-700">
            {t("filters.sort")}
          </label>
          <select id={`${id}-sort`} className={selectStyles} value={sort} onChange={(e) => onChange({ filters, sort: e.target.value as QueueSort })}>
            {queueSorts.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {isFiltered && (
          <div className="flex items-end">
            <Button variant="ghost" className="min-h-9 px-2" onClick={() => onChange({ filters: {}, sort })}>
              {t("filters.clear")}
            </Button>
          </div>
        )}
      </div>
      <form
        className="flex flex-wrap items-end gap-2 border-t border-zinc-100 pt-3"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ name, base, filters, sort });
        }}
      >
        <div>
          <label htmlFor={`${id}-name`} className="block text-xs font-medium text-zinc-700">
            {t("saved.name")}
          </label>
          <input id={`${id}-name`} className={cn(inputStyles, "min-h-9 w-56 py-1")} value={name} onChange={(e) => setName(e.target.value)} maxLength={60} required aria-describedby={`${id}-hint`} />
        </div>
        <Button type="submit" variant="secondary" className="min-h-9" disabled={save.isPending || !name.trim()}>
          {t("saved.save")}
        </Button>
        {savedView && (
          <>
            <Button type="button" variant="secondary" className="min-h-9" disabled={save.isPending || !name.trim()} onClick={() => save.mutate({ id: savedView.id, name, base, filters, sort })}>
              {t("saved.update")}
            </Button>
            <Button type="button" variant="danger" className="min-h-9" disabled={remove.isPending} onClick={() => remove.mutate({ id: savedView.id })}>
              {t("saved.delete")}
            </Button>
          </>
        )}
        <p id={`${id}-hint`} className="w-full text-xs text-zinc-600 sm:w-auto">
          {t("saved.hint")}
        </p>
        <p role="status" aria-live="polite" className={cn("w-full text-sm", save.error ? "text-red-700" : "text-zinc-800")}>
          {save.error?.message ?? remove.error?.message ?? notice}
        </p>
      </form>
    </section>
  );
}
