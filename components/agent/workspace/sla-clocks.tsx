"use client";

import { useFormatter, useNow, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

type Clock = { key: "firstResponse" | "nextResponse" | "resolution"; dueAt: Date | null; metAt?: Date | null };

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** A duration the way agents read it: minutes under an hour, hours under two days, then days. */
function span(format: ReturnType<typeof useFormatter>, ms: number) {
  const abs = Math.abs(ms);
  if (abs < HOUR_MS) return format.number(Math.max(1, Math.round(abs / MINUTE_MS)), { style: "unit", unit: "minute", unitDisplay: "short" });
  if (abs < 48 * HOUR_MS) return format.number(Math.round(abs / HOUR_MS), { style: "unit", unit: "hour", unitDisplay: "short" });
  return format.number(Math.round(abs / (24 * HOUR_MS)), { style: "unit", unit: "day", unitDisplay: "long" });
}

/** The SLA clocks with time left, ticking every 30 s; a paused clock says so and keeps its due date aside. */
export function SlaClocks({ policyName, clocks, pausedAt }: { policyName: string | null; clocks: Clock[]; pausedAt: Date | null }) {
  const t = useTranslations("workspace.sla");
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  return (
    <section aria-labelledby="sla-title" className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
      <h2 id="sla-title" className="mb-2 text-base font-semibold text-zinc-900">
        {t("title")}
        {policyName ? <span className="font-normal text-zinc-600"> · {policyName}</span> : null}
      </h2>
      <dl className="space-y-1.5 text-sm">
        {clocks.map((c) => {
          let value: React.ReactNode = <span className="text-zinc-600">{t("none")}</span>;
          if (c.metAt) value = <Badge tone="success">{t("met")}</Badge>;
          else if (c.dueAt && pausedAt) value = <Badge tone="neutral">{t("paused")}</Badge>;
          else if (c.dueAt) {
            const left = new Date(c.dueAt).getTime() - now.getTime();
            const time = span(format, left);
            value = (
              <time dateTime={new Date(c.dueAt).toISOString()} title={format.dateTime(new Date(c.dueAt), { dateStyle: "medium", timeStyle: "short" })}>
                <Badge tone={left <= 0 ? "danger" : left < HOUR_MS ? "warning" : "info"}>{left <= 0 ? t("overdue", { time }) : t("left", { time })}</Badge>
              </time>
            );
          }
          return (
            <div key={c.key} className="flex items-center justify-between gap-2">
              <dt className="text-zinc-700">{t(c.key)}</dt>
              <dd>{value}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
