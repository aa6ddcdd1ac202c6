import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { TrendChart } from "@/components/surveys/trend-chart";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { api } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys.results"))("title") };
}

const PERIODS = [30, 90, 365] as const;
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SurveyResultsPage({ searchParams }: Props) {
  const actor = await requireRole(["agent", "admin"], "/agent/surveys");
  const asked = Number((await searchParams).days);
  const days = PERIODS.find((p) => p === asked) ?? 90;
  const results = await (await api()).surveys.results({ days });
  const [t, tc, format] = await Promise.all([getTranslations("surveys.results"), getTranslations("cases"), getFormatter()]);
  const percent = (value: number | null) => (value === null ? t("none") : `${format.number(value, { maximumFractionDigits: 1 })}\u00a0%`);
  const decimal = (value: number | null) => (value === null ? t("none") : format.number(value, { maximumFractionDigits: 1 }));
  const categoryName = (key: string | null) => (key && tc.has(`category.${key}` as never) ? tc(`category.${key}` as never) : (key ?? t("none")));
  const channelName = (key: string | null) => (key && tc.has(`channel.${key}` as never) ? tc(`channel.${key}` as never) : (key ?? t("none")));
  const breakdowns = [
    { title: t("byCategory"), rows: results.byCategory, name: categoryName },
    { title: t("byQueue"), rows: results.byQueue, name: (key: string | null) => key ?? t("none") },
    { title: t("byAgent"), rows: results.byAgent, name: (key: string | null) => key ?? t("unassigned") },
    { title: t("byChannel"), rows: results.byChannel, name: channelName },
  ];
  const { summary } = results;
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <div className="flex flex-wrap gap-2">
            {actor.role === "admin" ? (
              <LinkButton href="/agent/surveys/templates" variant="secondary">
                {t("templates")}
              </LinkButton>
            ) : null}
            <a href={`/agent/surveys/export?days=${days}`} download className="inline-flex min-h-10 items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
              {t("export")}
            </a>
          </div>
        }
      />
      <nav aria-label={t("period")} className="mb-6 flex flex-wrap gap-2">
        {PERIODS.map((period) => (
          <Link
            key={period}
            href={`/agent/surveys?days=${period}`}
            aria-current={period === days ? "page" : undefined}
            className="rounded-full border border-zinc-300 px-3 py-1 text-sm text-zinc-800 hover:bg-zinc-100 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold aria-[current=page]:text-brand-900"
          >
            {t("days", { days: period })}
          </Link>
        ))}
      </nav>
      {summary.answered === 0 ? (
        <EmptyState title={t("emptyTitle")} hint={t("emptyBody")} />
      ) : (
        <div className="space-y-6">
          <dl className="grid gap-4 sm:grid-cols-3">
            {[
              { label: t("csat"), value: percent(summary.csat), hint: t("csatHint") },
              { label: t("ces"), value: decimal(summary.ces), hint: t("cesHint") },
              { label: t("responseRate"), value: percent(summary.responseRate), hint: t("responseRateHint", { answered: summary.answered, sent: summary.sent ?? 0 }) },
            ].map((tile) => (
              <Card key={tile.label}>
                <dt className="text-sm font-medium text-zinc-700">{tile.label}</dt>
                <dd className="mt-1 text-3xl font-bold text-zinc-900">{tile.value}</dd>
                <dd className="mt-1 text-xs text-zinc-600">{tile.hint}</dd>
              </Card>
            ))}
          </dl>
          <Card>
            <CardTitle>{t("trend")}</CardTitle>
            <TrendChart weeks={results.weeks} label={t("trendSummary")} csatLabel={`${t("csat")} (%)`} cesLabel={`${t("ces")} (1–7)`} weekLabel={(week) => format.dateTime(new Date(`${week}T12:00:00Z`), { day: "numeric", month: "short" })} />
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer text-brand-700 underline">{t("trendSummary")}</summary>
              <div className="mt-2">
                <DataTable columns={[{ label: t("week") }, { label: t("answered"), isNumeric: true }, { label: t("csat"), isNumeric: true }, { label: t("ces"), isNumeric: true }]}>
                  {results.weeks.map((week) => (
                    <tr key={week.week}>
                      <td className="px-4 py-2">{format.dateTime(new Date(`${week.week}T12:00:00Z`), { dateStyle: "medium" })}</td>
                      <td className="px-4 py-2 text-right">{week.answered}</td>
                      <td className="px-4 py-2 text-right">{percent(week.csat)}</td>
                      <td className="px-4 py-2 text-right">{decimal(week.ces)}</td>
                    </tr>
                  ))}
                </DataTable>
              </div>
            </details>
          </Card>
          <div className="grid gap-6 lg:grid-cols-2">
            {breakdowns.map((breakdown) => (
              <section key={breakdown.title} aria-label={breakdown.title}>
                <h2 className="mb-2 text-base font-semibold text-zinc-900">{breakdown.title}</h2>
                <DataTable columns={[{ label: t("key") }, { label: t("answered"), isNumeric: true }, { label: t("csat"), isNumeric: true }, { label: t("ces"), isNumeric: true }, { label: t("responseRate"), isNumeric: true }]}>
                  {breakdown.rows.map((row) => (
                    <tr key={row.key ?? "none"}>
                      <td className="px-4 py-2">{breakdown.name(row.key)}</td>
                      <td className="px-4 py-2 text-right">{row.answered}</td>
                      <td className="px-4 py-2 text-right whitespace-nowrap">{percent(row.csat)}</td>
                      <td className="px-4 py-2 text-right">{decimal(row.ces)}</td>
                      <td className="px-4 py-2 text-right whitespace-nowrap">{percent(row.responseRate)}</td>
                    </tr>
                  ))}
                </DataTable>
              </section>
            ))}
          </div>
          <section aria-labelledby="survey-comments">
            <h2 id="survey-comments" className="mb-2 text-base font-semibold text-zinc-900">
              {t("comments")}
            </h2>
            {results.comments.length === 0 ? (
              <p className="text-sm text-zinc-600">{t("noComments")}</p>
            ) : (
              <DataTable columns={[{ label: t("case") }, { label: t("rating"), isNumeric: true }, { label: t("comments") }]}>
                {results.comments.map((comment) => (
                  <tr key={comment.id}>
                    <td className="px-4 py-2 align-top">
                      <Link href={`/agent/cases/${comment.caseNumber}`} className="font-medium text-brand-700 underline">
                        {comment.caseNumber}
                      </Link>
                      <div className="text-xs text-zinc-600 [overflow-wrap:anywhere]">{comment.caseSubject}</div>
                      <div className="text-xs text-zinc-600">{format.dateTime(comment.answeredAt, { dateStyle: "medium" })}</div>
                    </td>
                    <td className="px-4 py-2 text-right align-top">
                      {comment.csat}/5 {comment.isLowScore ? <Badge tone="danger">{t("lowScore")}</Badge> : null}
                    </td>
                    <td className="px-4 py-2 align-top whitespace-pre-wrap [overflow-wrap:anywhere]">{comment.comment}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>
        </div>
      )}
    </>
  );
}
