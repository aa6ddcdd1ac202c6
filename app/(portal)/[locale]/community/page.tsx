import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ThreadStatusBadges } from "@/components/forum/badges";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { inputStyles } from "@/components/ui/field";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { api, orNotFound } from "@/server/api/rsc";
import { threadTabs, type ThreadTab } from "@/server/forum/schemas";
import { isLocale, locales, type Locale } from "@/server/i18n/config";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

async function localeOf(params: Props["params"]): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = await getTranslations({ locale, namespace: "forum" });
  return {
    title: t("title"),
    description: t("intro"),
    alternates: { canonical: `/${locale}/community`, languages: Object.fromEntries(locales.map((l) => [l, `/${l}/community`])) },
  };
}

function listHref(locale: string, query: { tab?: ThreadTab; category?: string; page?: number }) {
  const search = new URLSearchParams();
  if (query.tab && query.tab !== "latest") search.set("tab", query.tab);
  if (query.category) search.set("category", query.category);
  if (query.page && query.page > 1) search.set("page", String(query.page));
  const qs = search.toString();
  return `/${locale}/community${qs ? `?${qs}` : ""}`;
}

export default async function CommunityPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const sp = await searchParams;
  const tabParam = one(sp.tab);
  const tab: ThreadTab = (threadTabs as readonly string[]).includes(tabParam) ? (tabParam as ThreadTab) : "latest";
  const category = /^[a-z0-9-]{1,60}$/.test(one(sp.category)) ? one(sp.category) : "";
  const page = Math.min(500, Math.max(1, Number.parseInt(one(sp.page), 10) || 1));
  const query = one(sp.q).trim().slice(0, 200);
  const caller = await api();
  const [t, format, categories] = await Promise.all([getTranslations({ locale, namespace: "forum" }), getFormatter({ locale }), caller.forum.categories({ locale })]);
  const [list, hits] = await Promise.all([
    query ? null : orNotFound(caller.forum.list({ locale, tab, categorySlug: category || null, page })),
    query ? caller.forum.search({ query, locale, limit: 20 }) : null,
  ]);

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} actions={<LinkButton href={`/${locale}/community/ask${category ? `?category=${category}` : ""}`}>{t("list.ask")}</LinkButton>} />

      <form role="search" action={`/${locale}/community`} className="mb-6 flex max-w-2xl flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="forum-q" className="block text-sm font-medium text-zinc-800">
            {t("search.label")}
          </label>
          <input id="forum-q" type="search" name="q" defaultValue={query} maxLength={200} placeholder={t("search.placeholder")} className={cn(inputStyles, "mt-1.5")} />
        </div>
        <Button type="submit" variant="secondary">
          {t("search.submit")}
        </Button>
      </form>

      {hits ? (
        <section aria-labelledby="results">
          <h2 id="results" className="mb-3 text-lg font-semibold text-zinc-900">
            {t("search.results", { query })}
          </h2>
          {hits.length === 0 ? (
            <EmptyState title={t("search.noResults", { query })} hint={t("search.noResultsHint")} action={<LinkButton href={`/${locale}/community/ask`}>{t("list.ask")}</LinkButton>} />
          ) : (
            <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white">
              {hits.map((hit) => (
                <li key={hit.id} className="flex flex-wrap items-center gap-2 px-4 py-3">
                  <Link href={hit.url} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {hit.title}
                  </Link>
                  <ThreadStatusBadges isSolved={hit.isSolved} hasOfficialAnswer={hit.hasOfficialAnswer} isLocked={false} isEscalated={false} />
                  <span className="ml-auto text-xs text-zinc-600">{t("list.replies", { count: hit.replyCount })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[14rem_1fr]">
          <nav aria-label={t("list.categories")} className="lg:order-first">
            <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-zinc-600">{t("list.categories")}</h2>
            <ul className="flex flex-wrap gap-2 lg:flex-col lg:gap-1">
              <li>
                <Link href={listHref(locale, { tab })} aria-current={!category ? "page" : undefined} className={cn("block rounded-md px-3 py-1.5 text-sm", !category ? "bg-brand-50 font-semibold text-brand-900" : "text-zinc-700 hover:bg-zinc-100")}>
                  {t("filters.allCategories")}
                </Link>
              </li>
              {categories.map((c) => (
                <li key={c.id}>
                  <Link
                    href={listHref(locale, { tab, category: c.slug })}
                    aria-current={category === c.slug ? "page" : undefined}
                    className={cn("block rounded-md px-3 py-1.5 text-sm", category === c.slug ? "bg-brand-50 font-semibold text-brand-900" : "text-zinc-700 hover:bg-zinc-100")}
                  >
                    {c.name}
                  </Link>
                </li>
              ))}
            </ul>
            <h2 className="mb-2 mt-6 text-sm font-semibold uppercase tracking-wide text-zinc-600">{t("filters.language")}</h2>
            <ul className="flex flex-wrap gap-2">
              {locales.map((l) => (
                <li key={l}>
                  <Link href={listHref(l, { tab, category })} lang={l} hrefLang={l} aria-current={l === locale ? "page" : undefined} className={cn("block rounded-md px-3 py-1.5 text-sm", l === locale ? "bg-brand-50 font-semibold text-brand-900" : "text-zinc-700 hover:bg-zinc-100")}>
                    {t(`languages.${l}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>

          <div className="min-w-0">
            <nav aria-label={t("tabs.label")} className="mb-4 flex gap-1 border-b border-zinc-200">
              {threadTabs.map((name) => (
                <Link
                  key={name}
                  href={listHref(locale, { tab: name, category })}
                  aria-current={tab === name ? "page" : undefined}
                  className={cn("-mb-px border-b-2 px-3 py-2 text-sm font-medium", tab === name ? "border-brand-600 text-brand-900" : "border-transparent text-zinc-700 hover:text-zinc-900")}
                >
                  {t(`tabs.${name}`)}
                </Link>
              ))}
            </nav>
            {list && list.items.length === 0 ? (
              page > 1 || category || tab !== "latest" ? (
                <EmptyState title={t("list.emptyFiltered")} hint={t("list.emptyFilteredHint")} action={<LinkButton href={`/${locale}/community/ask`}>{t("list.ask")}</LinkButton>} />
              ) : (
                <EmptyState title={t("list.empty")} hint={t("list.emptyHint")} action={<LinkButton href={`/${locale}/community/ask`}>{t("list.ask")}</LinkButton>} />
              )
            ) : (
              <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white" data-testid="thread-list">
                {list?.items.map((thread) => (
                  <li key={thread.id} className="px-4 py-3">
                    <div className="flex flex-wrap items-center gap-2">
                      <Link href={`/${locale}/community/t/${thread.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                        {thread.title}
                      </Link>
                      <ThreadStatusBadges isSolved={thread.isSolved} hasOfficialAnswer={thread.hasOfficialAnswer} isLocked={thread.isLocked} isEscalated={thread.isEscalated} />
                    </div>
                    <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-zinc-600">
                      <span>{thread.categoryName}</span>
                      <span>{t("list.by", { name: thread.authorName || "—" })}</span>
                      <span>{t("list.replies", { count: thread.replyCount })}</span>
                      <span>{t("list.lastActivity", { date: format.relativeTime(thread.lastPostAt) })}</span>
                    </p>
                  </li>
                ))}
              </ul>
            )}
            {list && (page > 1 || list.hasNextPage) && (
              <nav aria-label={t("list.pagination")} className="mt-4 flex items-center justify-between gap-2 text-sm">
                {page > 1 ? (
                  <Link href={listHref(locale, { tab, category, page: page - 1 })} rel="prev" className="font-medium text-brand-700 underline">
                    {t("list.previous")}
                  </Link>
                ) : (
                  <span />
                )}
                <span className="text-zinc-600">{t("list.page", { page })}</span>
                {list.hasNextPage ? (
                  <Link href={listHref(locale, { tab, category, page: page + 1 })} rel="next" className="font-medium text-brand-700 underline">
                    {t("list.next")}
                  </Link>
                ) : (
                  <span />
                )}
              </nav>
            )}
          </div>
        </div>
      )}
    </>
  );
}
