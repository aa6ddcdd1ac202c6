"use client";

import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import type { QueueFilters, QueueSort, QueueView } from "@/server/cases/queue-schemas";
import { useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { BulkBar } from "./bulk-bar";
import { QueueFiltersBar } from "./queue-filters";
import { QueueTable } from "./queue-table";
import { useBulkUpdate } from "./use-bulk-update";

const builtInViews = ["mine", "unassigned", "breaching", "all"] as const;
// Bursts of changes (a bulk action, an intake storm) cost one refetch.
const LIVE_DEBOUNCE_MS = 600;
const HIGHLIGHT_MS = 6000;

type Selected = { kind: "builtIn"; view: QueueView } | { kind: "saved"; id: string };

/**
 * The agent's queues: built-in and saved views as tabs with counts, filters, keyset-paged rows,
 * bulk actions, and live updates (server-sent events) that refetch without a reload.
 */
export function QueueBoard({ initialView }: { initialView: QueueView }) {
  const t = useTranslations("queues");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<Selected>({ kind: "builtIn", view: initialView });
  const [filters, setFilters] = useState<QueueFilters>({});
  const [sort, setSort] = useState<QueueSort>("sla");
  const [picked, setPicked] = useState<string[]>([]);
  const [highlighted, setHighlighted] = useState<Set<string>>(new Set());
  const [announcement, setAnnouncement] = useState("");
  const bulk = useBulkUpdate();

  const counts = useQuery(trpc.queues.counts.queryOptions());
  const savedViews = useQuery(trpc.queues.savedViews.queryOptions());
  const savedView = selected.kind === "saved" ? savedViews.data?.find((v) => v.id === selected.id) : undefined;
  const view: QueueView = selected.kind === "builtIn" ? selected.view : (savedView?.base ?? "all");

  const input = { view, filters, sort };
  const rows = useInfiniteQuery(trpc.queues.view.infiniteQueryOptions(input, { getNextPageParam: (page) => page.nextCursor ?? undefined }));
  const items = useMemo(() => rows.data?.pages.flatMap((p) => p.items) ?? [], [rows.data]);

  // Live updates: remember what was on screen, refetch, then highlight and announce what is new.
  const onScreen = useRef<string[]>([]);
  useEffect(() => {
    onScreen.current = items.map((i) => i.id);
  }, [items]);
  const before = useRef<Set<string> | null>(null);
  const [changes, setChanges] = useState(0);
  const live = useSubscription(trpc.queues.onChange.subscriptionOptions(undefined, { onData: () => setChanges((n) => n + 1) }));
  useEffect(() => {
    if (changes === 0) return;
    const debounce = setTimeout(() => {
      before.current = new Set(onScreen.current);
      void queryClient.invalidateQueries(trpc.queues.pathFilter());
    }, LIVE_DEBOUNCE_MS);
    return () => clearTimeout(debounce);
  }, [changes, queryClient, trpc]);
  useEffect(() => {
    const previous = before.current;
    if (!previous || rows.isFetching) return;
    before.current = null;
    const arrived = items.filter((i) => !previous.has(i.id)).map((i) => i.id);
    // Deferred: state set from a render-time comparison would cascade renders.
    const update = setTimeout(() => {
      setAnnouncement(arrived.length ? t("live.newCases", { count: arrived.length }) : t("live.updated"));
      setHighlighted(new Set(arrived));
    }, 0);
    const clear = setTimeout(() => setHighlighted(new Set()), HIGHLIGHT_MS);
    return () => {
      clearTimeout(update);
      clearTimeout(clear);
    };
  }, [items, rows.isFetching, t]);

  function choose(next: Selected) {
    setSelected(next);
    setPicked([]);
    if (next.kind === "saved") {
      const saved = savedViews.data?.find((v) => v.id === next.id);
      setFilters(saved?.filters ?? {});
      setSort(saved?.sort ?? "sla");
    } else {
      setFilters({});
      setSort("sla");
    }
  }

  const countLabel = (count: number | undefined) => (count === undefined ? "…" : counts.data && count >= counts.data.cap ? t("views.countCapped", { count: counts.data.cap }) : String(count));
  const isFiltered = Object.values(filters).some((v) => v && v.length > 0);

  return (
    <div className="space-y-4">
      <nav aria-label={t("views.label")}>
        <ul className="flex flex-wrap gap-2">
          {builtInViews.map((v) => (
            <li key={v}>
              <ViewTab isCurrent={selected.kind === "builtIn" && selected.view === v} onClick={() => choose({ kind: "builtIn", view: v })} label={t(`views.${v}`)} count={countLabel(counts.data?.builtIn[v])} />
            </li>
          ))}
          {savedViews.data?.map((v) => (
            <li key={v.id}>
              <ViewTab
                isCurrent={selected.kind === "saved" && selected.id === v.id}
                onClick={() => choose({ kind: "saved", id: v.id })}
                label={v.name}
                count={countLabel(counts.data?.saved.find((c) => c.id === v.id)?.count)}
                isSaved
              />
            </li>
          ))}
        </ul>
      </nav>

      <QueueFiltersBar
        filters={filters}
        sort={sort}
        onChange={(next) => {
          setFilters(next.filters);
          setSort(next.sort);
          setPicked([]);
        }}
        base={view}
        savedView={savedView ? { id: savedView.id, name: savedView.name } : null}
        onSaved={(id) => (id ? setSelected({ kind: "saved", id }) : choose({ kind: "builtIn", view }))}
      />

      <div className="flex flex-wrap items-center justify-between gap-2">
        <BulkBar picked={picked} pageNumbers={items.map((i) => i.number)} onPick={setPicked} bulk={bulk} />
        <p className="flex items-center gap-2 text-xs text-zinc-600">
          <span aria-hidden className={cn("size-2 rounded-full", live.status === "pending" ? "bg-green-600" : "bg-amber-500")} />
          {live.status === "pending" ? t("live.connected") : t("live.reconnecting")}
        </p>
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {announcement && highlighted.size > 0 && (
        <p className="rounded-md bg-blue-50 px-3 py-2 text-sm text-blue-900" aria-hidden>
          {announcement}
        </p>
      )}

      {rows.isPending ? (
        <p className="text-sm text-zinc-600" role="status">
          {t("table.loading")}
        </p>
      ) : rows.error ? (
        <p className="text-sm text-red-700" role="alert">
          {rows.error.message}
        </p>
      ) : items.length === 0 ? (
        <EmptyState title={t("empty.title")} hint={isFiltered ? t("empty.filtered") : t(`empty.${view}`)} />
      ) : (
        <>
          <QueueTable items={items} picked={picked} onPick={setPicked} highlighted={highlighted} isBusy={rows.isFetching} bulk={bulk} />
          {rows.hasNextPage && (
            <div className="flex justify-center">
              <Button variant="secondary" onClick={() => void rows.fetchNextPage()} disabled={rows.isFetchingNextPage}>
                {rows.isFetchingNextPage ? t("table.loading") : t("table.loadMore")}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

function ViewTab({ isCurrent, onClick, label, count, isSaved }: { isCurrent: boolean; onClick: () => void; label: string; count: string; isSaved?: boolean }) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-current={isCurrent ? "page" : undefined}
      className={cn(
        "inline-flex min-h-10 items-center gap-2 rounded-full border px-4 py-1.5 text-sm font-medium",
        isCurrent ? "border-brand-600 bg-brand-600 text-white" : "border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-100",
        isSaved && !isCurrent && "border-dashed",
      )}
    >
      {label}
      <span className={cn("rounded-full px-2 text-xs tabular-nums", isCurrent ? "bg-white/20" : "bg-zinc-100 text-zinc-800")}>{count}</span>
    </button>
  );
}
