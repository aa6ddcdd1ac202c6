import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HelpSearchBox } from "@/components/kb/help-search-box";
import { helpAlternates, helpPath } from "@/components/kb/help-links";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { publicApi } from "@/server/api/rsc";
import { sharedLocale } from "@/app/(help)/[locale]/shared-render";

type Props = { params: Promise<{ locale: string }> };


export { noPagesAtBuild as generateStaticParams } from "@/app/(help)/[locale]/shared-render";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await sharedLocale(params);
  const t = await getTranslations({ locale, namespace: "kb" });
  return { title: t("title"), description: t("intro"), alternates: helpAlternates(locale) };
}

export default async function HelpCenterHome({ params }: Props) {
  const locale = await sharedLocale(params);
  const [t, home] = await Promise.all([getTranslations({ locale, namespace: "kb" }), publicApi(locale).kb.home({ locale })]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="mb-8 max-w-2xl">
        <HelpSearchBox locale={locale} />
      </div>
      {home.categories.length === 0 ? (
        <EmptyState title={t("noResults", { query: "" })} hint={t("noResultsHint")} />
      ) : (
        <>
          <h2 className="mb-3 text-lg font-semibold text-zinc-900">{t("categories")}</h2>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {home.categories.map((category) => (
              <li key={category.id}>
                <Card className="h-full">
                  <h3 className="text-base font-semibold">
                    <Link href={helpPath(locale, `/c/${category.slug}`)} className="text-brand-700 underline-offset-2 hover:underline">
                      {category.name}
                    </Link>
                  </h3>
                  <p className="mt-1 text-sm text-zinc-700">{category.description}</p>
                  {category.sections.length > 0 && (
                    <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm">
                      {category.sections.map((section) => (
                        <li key={section.id}>
                          <Link href={helpPath(locale, `/c/${section.slug}`)} className="text-zinc-700 underline underline-offset-2 hover:text-brand-700">
                            {section.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </Card>
              </li>
            ))}
          </ul>
          <div className="mt-10 grid gap-8 md:grid-cols-2">
            <section aria-labelledby="popular">
              <h2 id="popular" className="mb-3 text-lg font-semibold text-zinc-900">
                {t("popular")}
              </h2>
              <ul className="space-y-2">
                {home.popular.map((article) => (
                  <li key={article.articleId}>
                    <Link href={helpPath(locale, `/a/${article.slug}`)} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                      {article.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
            <section className="space-y-3">
              {home.hasFaq && (
                <p>
                  <Link href={helpPath(locale, "/faq")} className="font-semibold text-brand-700 underline">
                    {t("faqLink")}
                  </Link>
                </p>
              )}
              <h2 className="text-lg font-semibold text-zinc-900">{t("contactTitle")}</h2>
              <p className="text-sm text-zinc-700">{t("contactIntro")}</p>
              <Link href={helpPath(locale, "/contact")} className="font-semibold text-brand-700 underline">
                {t("contactLink")}
              </Link>
            </section>
          </div>
        </>
      )}
    </>
  );
}
