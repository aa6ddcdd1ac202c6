import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { api } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("kb.editor"))("insights") };
}

export default async function KnowledgeInsightsPage() {
  await requireRole(["agent", "admin"], "/agent/knowledge/insights");
  const [t, format, data] = await Promise.all([getTranslations("kb.editor"), getFormatter(), (await api()).kb.insights({ days: 30 })]);
  const stats = [
    { label: t("searches"), value: data.totals.searches },
    { label: t("clicks"), value: data.totals.clicks },
    { label: t("zeroResults"), value: data.totals.zero },
    { label: t("deflected"), value: data.totals.deflected, hint: t("deflectedHint") },
  ];
  const queryTable = (rows: { query: string; locale: string; searches: number }[]) =>
    rows.length === 0 ? (
      <p className="text-sm text-zinc-700">{t("noData")}</p>
    ) : (
      <DataTable columns={[{ label: t("query") }, { label: t("language") }, { label: t("count"), isNumeric: true }]}>
        {rows.map((row) => (
          <tr key={`${row.locale}:${row.query}`}>
            <td className="px-4 py-2">{row.query || "—"}</td>
            <td className="px-4 py-2 uppercase">{row.locale}</td>
            <td className="px-4 py-2 text-right tabular-nums">{format.number(row.searches)}</td>
          </tr>
        ))}
      </DataTable>
    );
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/agent/knowledge" className="text-brand-700 underline">{t("back")}</Link>
      </p>
      <PageHeader title={t("insightsTitle")} />
      <dl className="mb-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {stats.map((stat) => (
          <Card key={stat.label}>
            <dt className="text-sm text-zinc-700">{stat.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{format.number(stat.value)}</dd>
            {stat.hint && <dd className="mt-1 text-xs text-zinc-600">{stat.hint}</dd>}
          </Card>
        ))}
      </dl>
      <div className="grid gap-8 lg:grid-cols-2">
        <section>
          <h2 className="mb-3 text-lg font-semibold">{t("topQueries")}</h2>
          {queryTable(data.topQueries)}
        </section>
        <section>
          <h2 className="mb-3 text-lg font-semibold">{t("zeroQueries")}</h2>
          {queryTable(data.zeroResults)}
        </section>
      </div>
      <Card className="mt-8">
        <CardTitle>{t("feedbackTitle")}</CardTitle>
        {data.feedback.length === 0 ? (
          <p className="text-sm text-zinc-700">{t("noData")}</p>
        ) : (
          <ul className="divide-y divide-zinc-100 text-sm">
            {data.feedback.map((item) => (
              <li key={item.id} className="py-2">
                <Link href={`/agent/knowledge/${item.articleId}`} className="font-medium text-brand-700 underline">{item.title}</Link>{" "}
                <span aria-hidden="true">{item.isHelpful ? "👍" : "👎"}</span>
                <span className="sr-only">{item.isHelpful ? "+" : "−"}</span>
                <p className="mt-1 text-zinc-800">{item.comment}</p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
