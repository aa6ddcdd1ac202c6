import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HelpSearchBox } from "@/components/kb/help-search-box";
import { helpPath } from "@/components/kb/help-links";
import { Snippet } from "@/components/kb/snippet";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { api } from "@/server/api/rsc";
import { isLocale } from "@/server/i18n/config";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: "kb" });
  // Result pages are endless and thin: keep them out of search engines.
  return { title: t("searchButton"), robots: { index: false, follow: true } };
}

export default async function HelpSearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? "";
  const t = await getTranslations({ locale, namespace: "kb" });
  const caller = await api();
  // Articles first; forum threads in the same language as a separate group (the same text-search setup).
  const [result, threads] = q
    ? await Promise.all([caller.kb.search({ q, locale, limit: 10, context: "help" }), caller.forum.search({ query: q, locale, limit: 5 })])
    : [null, []];
  return (
    <>
      <nav aria-label={t("breadcrumbs")} className="mb-2 text-sm">
        <Link href={helpPath(locale)} className="text-brand-700 underline">
          {t("home")}
        </Link>
      </nav>
      <PageHeader title={q ? t("resultsFor", { query: q }) : t("searchButton")} />
      <div className="mb-6 max-w-2xl">
        <HelpSearchBox locale={locale} defaultValue={q} />
      </div>
      {!result ? (
        <p className="text-zinc-700">{t("emptyQuery")}</p>
      ) : result.items.length === 0 && threads.length === 0 ? (
        <EmptyState
          title={t("noResults", { query: q })}
          hint={t("noResultsHint")}
          action={
            <Link href={helpPath(locale, "/contact")} className="font-semibold text-brand-700 underline">
              {t("contactLink")}
            </Link>
          }
        />
      ) : (
        <>
          <p className="mb-3 text-sm text-zinc-700" role="status">
            {t("resultCount", { count: result.items.length })}
            {result.correctedQuery ? ` ${t("didYouMean", { corrected: result.correctedQuery })}` : ""}
          </p>
          <ol className="space-y-4">
            {result.items.map((item) => (
              <li key={item.articleId} className="rounded-lg border border-zinc-200 bg-white p-4">
                <h2 className="text-base font-semibold">
                  <Link href={helpPath(locale, `/a/${item.slug}?s=${result.searchId}`)} className="text-brand-700 underline-offset-2 hover:underline">
                    {item.title}
                  </Link>{" "}
                  {item.kind === "faq" && <Badge>{t("faqBadge")}</Badge>}
                </h2>
                {item.snippet.length > 0 ? <Snippet parts={item.snippet} /> : <p className="mt-1 text-sm text-zinc-700">{item.summary}</p>}
              </li>
            ))}
          </ol>
          {threads.length > 0 && (
            <section aria-labelledby="community-results" className="mt-8">
              <h2 id="community-results" className="mb-3 text-lg font-semibold text-zinc-900">
                {t("communityResults")}
              </h2>
              <ul className="space-y-3">
                {threads.map((thread) => (
                  <li key={thread.id} className="rounded-lg border border-zinc-200 bg-white p-4">
                    <Link href={thread.url} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                      {thread.title}
                    </Link>
                    <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-zinc-700">
                      {thread.isSolved && <Badge tone="success">{t("communitySolved")}</Badge>}
                      {thread.hasOfficialAnswer && <Badge tone="info">{t("communityOfficial")}</Badge>}
                      <span>{t("communityReplies", { count: thread.replyCount })}</span>
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}
