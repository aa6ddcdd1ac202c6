"use client";

import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type MouseEvent } from "react";
import type { AppRouter } from "@/server/api/root";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { DataTable } from "@/components/ui/data-table";
import { useShortcut } from "./shortcuts";
import type { BulkUpdate } from "./use-bulk-update";

export type QueueRow = inferRouterOutputs<AppRouter>["queues"]["view"]["items"][number];

const priorityTones: Record<string, BadgeTone> = { urgent: "danger", high: "warning", normal: "neutral", low: "neutral" };
const statusTones: Record<string, BadgeTone> = { new: "info", open: "info", pending_customer: "warning", on_hold: "neutral" };

/**
 * The rows of a queue view with selection (checkbox, shift-click for a range) and the list shortcuts:
 * j/n and k move the highlight, Enter opens, x selects, a assigns the selection (or the row) to me.
 */
export function QueueTable({
  items,
  picked,
  onPick,
  highlighted,
  isBusy,
  bulk,
}: {
  items: QueueRow[];
  picked: string[];
  onPick: (numbers: string[]) => void;
  highlighted: Set<string>;
  isBusy: boolean;
  bulk: BulkUpdate;
}) {
  const t = useTranslations("queues");
  const tc = useTranslations("cases");
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  const router = useRouter();
  const [cursor, setCursor] = useState(-1);
  const anchor = useRef<number | null>(null);
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);
  const focused = items[cursor];

  useEffect(() => {
    if (cursor >= 0) rowRefs.current[cursor]?.scrollIntoView({ block: "nearest" });
  }, [cursor]);

  const move = (step: number) => setCursor((c) => Math.min(items.length - 1, Math.max(0, c + step)));
  const toggle = (number: string) => onPick(picked.includes(number) ? picked.filter((n) => n !== number) : [...picked, number]);
  useShortcut("j", () => move(1), t("shortcuts.nextRow"));
  useShortcut("n", () => move(1), t("shortcuts.nextRow"));
  useShortcut("k", () => move(-1), t("shortcuts.previousRow"));
  useShortcut("Enter", () => focused && router.push(`/agent/cases/${focused.number}`), t("shortcuts.openRow"));
  useShortcut("x", () => focused && toggle(focused.number), t("shortcuts.selectRow"));
  useShortcut(
    "a",
    () => {
      const numbers = picked.length ? picked : focused ? [focused.number] : [];
      if (numbers.length) bulk.run(numbers, { kind: "assignToMe" }, () => onPick([]));
    },
    t("shortcuts.assignToMe"),
  );

  function onCheck(event: MouseEvent<HTMLInputElement>, index: number) {
    const number = items[index]!.number;
    if (event.shiftKey && anchor.current !== null) {
      const [from, to] = [Math.min(anchor.current, index), Math.max(anchor.current, index)];
      const range = items.slice(from, to + 1).map((i) => i.number);
      const shouldPick = !picked.includes(number);
      onPick(shouldPick ? [...new Set([...picked, ...range])] : picked.filter((n) => !range.includes(n)));
    } else toggle(number);
    anchor.current = index;
    setCursor(index);
  }

  return (
    <DataTable
        isBusy={isBusy}
        columns={[{ label: t("table.select") }, { label: t("table.case") }, { label: t("table.subject") }, { label: t("table.priority") }, { label: t("table.status") }, { label: t("table.queue") }, { label: t("table.assignee") }, { label: t("table.sla") }]}
      >
        {items.map((row, index) => {
          const isOverdue = row.slaDueAt && row.slaDueAt.getTime() <= now.getTime();
          return (
            <tr
              key={row.id}
              ref={(el) => {
                rowRefs.current[index] = el;
              }}
              data-case={row.number}
              className={cn(index === cursor && "bg-brand-50 outline-2 -outline-offset-2 outline-brand-600", highlighted.has(row.id) && "bg-amber-50", picked.includes(row.number) && "bg-blue-50/60")}
            >
              <td className="px-4 py-3">
                <input
                  type="checkbox"
                  className="size-4 accent-brand-600"
                  checked={picked.includes(row.number)}
                  onClick={(event) => onCheck(event, index)}
                  onChange={() => {}}
                  aria-label={t("table.selectCase", { number: row.number })}
                />
              </td>
              <td className="whitespace-nowrap px-4 py-3 font-mono text-xs">
                <Link href={`/agent/cases/${row.number}`} className="text-brand-700 underline">
                  {row.number}
                </Link>
                {highlighted.has(row.id) && <span className="ml-2 font-sans text-xs font-semibold text-amber-900">{t("table.updated")}</span>}
              </td>
              <td className="min-w-64 px-4 py-3">
                <span className="font-medium text-zinc-900">{row.subject}</span>
                <span className="block text-xs text-zinc-600">
                  {row.customerName}
                  {row.customerIsVip && <span className="ml-1 font-semibold text-amber-900">· {t("table.vip")}</span>} · {tc(`channel.${row.channel}`)} · {row.locale.toUpperCase()}
                </span>
              </td>
              <td className="px-4 py-3">
                <Badge tone={priorityTones[row.priority]}>{tc(`priority.${row.priority}`)}</Badge>
              </td>
              <td className="px-4 py-3">
                <Badge tone={statusTones[row.status]}>{t(`statuses.${row.status}`)}</Badge>
              </td>
              <td className="px-4 py-3 text-zinc-800">{row.queueName ?? "—"}</td>
              <td className="px-4 py-3 text-zinc-800">{row.assigneeName ?? <span className="text-zinc-600">{t("table.unassigned")}</span>}</td>
              <td className="whitespace-nowrap px-4 py-3">
                {row.slaPausedAt ? (
                  <Badge>{t("table.paused")}</Badge>
                ) : row.slaDueAt ? (
                  <time dateTime={row.slaDueAt.toISOString()} title={format.dateTime(row.slaDueAt, { dateStyle: "medium", timeStyle: "short" })}>
                    <Badge tone={isOverdue ? "danger" : row.slaDueAt.getTime() - now.getTime() < 3_600_000 ? "warning" : "info"}>{format.relativeTime(row.slaDueAt, now)}</Badge>
                  </time>
                ) : (
                  <span className="text-zinc-600">{t("table.noSla")}</span>
                )}
              </td>
            </tr>
          );
        })}
    </DataTable>
  );
}
