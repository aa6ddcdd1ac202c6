import type { Metadata } from "next";
import Link from "next/link";
import { permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ArticleFeedback } from "@/components/kb/article-feedback";
import { SanitizedHtml } from "@/components/kb/article-body";
import { SearchClickRecorder } from "@/components/kb/search-click";
import { helpPath } from "@/components/kb/help-links";
import { Badge } from "@/components/ui/badge";
import { LocalDate } from "@/components/ui/local-date";
import { orNotFound, publicApi } from "@/server/api/rsc";
import type { Locale } from "@/server/i18n/config";
import { sharedSlugParams } from "@/app/(help)/[locale]/shared-render";

type Props = { params: Promise<{ locale: string; slug: string }> };

const loadArticle = cache(async (locale: Locale, slug: string) => orNotFound(publicApi(locale).kb.article({ locale, slug })));


export { noPagesAtBuild as generateStaticParams } from "@/app/(help)/[locale]/shared-render";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await sharedSlugParams(params);
  const data = await loadArticle(locale, slug);
  if (data.redirectTo !== null) return {};
  return {
    title: data.translation.title,
    description: data.translation.summary || undefined,
    alternates: {
      // A fallback page (another language's text) points search engines to the original.
      canonical: helpPath(data.translation.locale, `/a/${data.translation.slug}`),
      languages: Object.fromEntries(data.alternates.map((alternate) => [alternate.locale, helpPath(alternate.locale, `/a/${alternate.slug}`)])),
    },
  };
}

export default async function HelpArticlePage({ params }: Props) {
  const { locale, slug } = await sharedSlugParams(params);
  const data = await loadArticle(locale, slug);
  if (data.redirectTo !== null) permanentRedirect(helpPath(locale, `/a/${data.redirectTo}`));
  const [t, tc] = await Promise.all([getTranslations({ locale, namespace: "kb" }), getTranslations({ locale, namespace: "common" })]);

  return (
    <article className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0">
        <nav aria-label={t("breadcrumbs")} className="mb-3 text-sm">
          <ol className="flex flex-wrap items-center gap-1 text-zinc-700">
            <li>
              <Link href={helpPath(locale)} className="text-brand-700 underline">
                {t("home")}
              </Link>
            </li>
            {data.breadcrumbs.map((crumb) => (
              <li key={crumb.slug} className="flex items-center gap-1">
                <span aria-hidden="true">›</span>
                <Link href={helpPath(locale, `/c/${crumb.slug}`)} className="text-brand-700 underline">
                  {crumb.name}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
        {data.isFallback && (
          <p role="note" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {t("fallbackNotice", { language: tc(`languages.${data.translation.locale}`) })}
          </p>
        )}
        <header className="mb-4">
          <h1 className="text-2xl font-bold text-zinc-900 sm:text-3xl" lang={data.translation.locale}>
            {data.translation.title} {data.article.kind === "faq" && <Badge>{t("faqBadge")}</Badge>}
            {data.article.audience === "internal" && <Badge tone="warning">{t("internalBadge")}</Badge>}
          </h1>
          <p className="mt-2 text-sm text-zinc-600">{t.rich("updated", { date: () => <LocalDate value={data.translation.updatedAt} locale={locale} /> })}</p>
        </header>
        <div lang={data.translation.locale}>
          <SanitizedHtml html={data.translation.bodyHtml} />
        </div>
        <section className="mt-10 border-t border-zinc-200 pt-6" aria-label={t("helpfulQuestion")}>
          <ArticleFeedback articleId={data.article.id} locale={locale} />
        </section>
        <SearchClickRecorder articleId={data.article.id} locale={locale} />
      </div>
      <aside className="space-y-6">
        {data.related.length > 0 && (
          <section aria-labelledby="related">
            <h2 id="related" className="mb-2 text-base font-semibold text-zinc-900">
              {t("related")}
            </h2>
            <ul className="space-y-2 text-sm">
              {data.related.map((other) => (
                <li key={other.slug}>
                  <Link href={helpPath(locale, `/a/${other.slug}`)} className="text-brand-700 underline-offset-2 hover:underline">
                    {other.title}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section>
          <h2 className="mb-2 text-base font-semibold text-zinc-900">{t("contactTitle")}</h2>
          <Link href={helpPath(locale, "/contact")} className="text-sm font-semibold text-brand-700 underline">
            {t("contactLink")}
          </Link>
        </section>
      </aside>
    </article>
  );
}
