import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { inputStyles } from "@/components/ui/field";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { Button } from "@/components/ui/button";
import { api } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("kb.editor"))("title") };
}

const statuses = ["draft", "published", "archived"] as const;
const tones = { draft: "neutral", published: "success", archived: "warning" } as const;

export default async function KnowledgeListPage({ searchParams }: { searchParams: Promise<{ q?: string; status?: string }> }) {
  await requireRole(["agent", "admin"], "/agent/knowledge");
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.trim().slice(0, 200) : "";
  const status = statuses.find((value) => value === params.status) ?? null;
  const [t, format, rows] = await Promise.all([getTranslations("kb.editor"), getFormatter(), (await api()).kb.list({ q: q || null, status, limit: 200 })]);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <div className="flex flex-wrap gap-2">
            <LinkButton href="/agent/knowledge/insights" variant="secondary">
              {t("insights")}
            </LinkButton>
            <LinkButton href="/agent/knowledge/new">{t("newArticle")}</LinkButton>
          </div>
        }
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
        <div className="min-w-64">
          <label htmlFor="kb-filter" className="mb-1 block text-sm font-medium text-zinc-800">
            {t("filterLabel")}
          </label>
          <input id="kb-filter" name="q" type="search" defaultValue={q} placeholder={t("filterPlaceholder")} className={inputStyles} />
        </div>
        <div>
          <label htmlFor="kb-status" className="mb-1 block text-sm font-medium text-zinc-800">
            {t("statusFilter")}
          </label>
          <select id="kb-status" name="status" defaultValue={status ?? ""} className={inputStyles}>
            <option value="">{t("allStatuses")}</option>
            {statuses.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t("filterLabel")}
        </Button>
      </form>
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} hint={t("emptyHint")} />
      ) : (
        <DataTable columns={[{ label: t("colTitle") }, { label: t("colCategory") }, { label: t("colLanguages") }, { label: t("colUpdated") }]}>
          {rows.map((row) => {
            const title = row.translations[0]?.title ?? row.id;
            return (
              <tr key={row.id}>
                <td className="px-4 py-3">
                  <Link href={`/agent/knowledge/${row.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {title}
                  </Link>{" "}
                  {row.kind === "faq" && <Badge>{t("kind.faq")}</Badge>} {row.audience === "internal" && <Badge tone="warning">{t("audience.internal")}</Badge>}
                </td>
                <td className="px-4 py-3 text-zinc-700">{row.categoryName}</td>
                <td className="px-4 py-3">
                  <ul className="flex flex-wrap gap-1">
                    {row.translations.map((translation) => (
                      <li key={translation.locale}>
                        <Badge tone={tones[translation.status]}>
                          {translation.locale.toUpperCase()} · {t(`status.${translation.status}`)}
                        </Badge>
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="px-4 py-3 whitespace-nowrap text-zinc-700">{row.updatedAt ? format.dateTime(row.updatedAt, { dateStyle: "medium" }) : ""}</td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </>
  );
}
