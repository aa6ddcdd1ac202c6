import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { api } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import { listMyCasesInput } from "@/server/cases/schemas";
import { CaseStatusBadge } from "@/components/cases/case-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { cn } from "@/components/ui/cn";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases"))("title") };
}

type Search = { status?: string; after?: string };

export default async function CasesPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireRole(["customer"], "/cases");
  const params = await searchParams;
  const status = params.status === "open" || params.status === "closed" ? params.status : "all";
  const [createdAt, id] = (params.after ?? "").split("_");
  const cursor = listMyCasesInput.shape.cursor.safeParse(params.after ? { createdAt, id } : null);
  const caller = await api();
  const [t, tn, format, locale, page] = await Promise.all([
    getTranslations("cases"),
    getTranslations("nav"),
    getFormatter(),
    getLocale(),
    caller.cases.list({ status, cursor: cursor.success ? cursor.data : null, limit: 20 }),
  ]);
  const filters = ["all", "open", "closed"] as const;
  return (
    <>
      <PageHeader title={t("title")} actions={<LinkButton href="/cases/new">{t("newCase")}</LinkButton>} />
      <nav aria-label={t("list.filter")} className="mb-4 flex gap-2">
        {filters.map((f) => (
          <Link
            key={f}
            href={f === "all" ? "/cases" : `/cases?status=${f}`}
            aria-current={status === f ? "page" : undefined}
            className={cn("rounded-full border px-3 py-1 text-sm", status === f ? "border-zinc-900 bg-zinc-900 text-white" : "border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-50")}
          >
            {t(`list.${f}`)}
          </Link>
        ))}
      </nav>
      {page.items.length === 0 ? (
        status === "all" && !params.after ? (
          <EmptyState title={t("empty")} hint={t("emptyHint")} action={<div className="flex flex-wrap justify-center gap-3"><LinkButton href="/cases/new">{t("newCase")}</LinkButton><LinkButton href={`/${locale}/help`} variant="secondary">{tn("help")}</LinkButton></div>} />
        ) : (
          <EmptyState title={t("list.emptyFiltered")} hint={t("emptyHint")} action={<LinkButton href="/cases">{t("list.all")}</LinkButton>} />
        )
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="border-b border-zinc-200 bg-zinc-50 text-zinc-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">{t("list.number")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("list.subject")}</th>
                <th scope="col" className="hidden px-4 py-2 font-medium sm:table-cell">{t("list.category")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("list.status")}</th>
                <th scope="col" className="hidden px-4 py-2 font-medium md:table-cell">{t("list.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((c) => (
                <tr key={c.id} className="border-b border-zinc-100 last:border-0">
                  <td className="whitespace-nowrap px-4 py-3 font-mono text-xs">
                    <Link href={`/cases/${c.number}`} className="text-brand-700 underline">{c.number}</Link>
                  </td>
                  <td className="px-4 py-3">
                    <Link href={`/cases/${c.number}`} className="font-medium text-zinc-900 hover:underline">{c.subject}</Link>
                    <span className="block text-xs text-zinc-600">{t(`channel.${c.channel}` as "channel.portal")}</span>
                  </td>
                  <td className="hidden px-4 py-3 text-zinc-700 sm:table-cell">{t.has(`category.${c.category}` as "category.other") ? t(`category.${c.category}` as "category.other") : c.category}</td>
                  <td className="px-4 py-3"><CaseStatusBadge status={c.status} /></td>
                  <td className="hidden whitespace-nowrap px-4 py-3 text-zinc-700 md:table-cell">{format.dateTime(c.lastActivityAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.nextCursor && (
        <p className="mt-4">
          <LinkButton href={`/cases?${new URLSearchParams({ ...(status !== "all" ? { status } : {}), after: `${page.nextCursor.createdAt.toISOString()}_${page.nextCursor.id}` })}`} variant="secondary">
            {t("list.more")}
          </LinkButton>
        </p>
      )}
    </>
  );
}
