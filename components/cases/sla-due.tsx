import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

/** A due date as time left (or overdue), the way agents read SLAs; the exact time is in the tooltip and datetime. */
export async function SlaDue({ dueAt, metAt, pausedAt, now }: { dueAt: Date | null; metAt?: Date | null; pausedAt?: Date | null; now: Date }) {
  const [t, format] = await Promise.all([getTranslations("cases.agent"), getFormatter()]);
  if (!dueAt) return <span className="text-zinc-600">{t("noSla")}</span>;
  const exact = format.dateTime(dueAt, { dateStyle: "medium", timeStyle: "short" });
  if (metAt) return <Badge tone="success">{t("met")}</Badge>;
  if (pausedAt) return <Badge tone="neutral">{t("paused")}</Badge>;
  const isOverdue = dueAt.getTime() <= now.getTime();
  return (
    <time dateTime={dueAt.toISOString()} title={exact}>
      <Badge tone={isOverdue ? "danger" : dueAt.getTime() - now.getTime() < 3_600_000 ? "warning" : "info"}>{format.relativeTime(dueAt, now)}</Badge>
    </time>
  );
}
