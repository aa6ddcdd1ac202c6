import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { helpAlternates, helpPath } from "@/components/kb/help-links";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, publicApi } from "@/server/api/rsc";
import type { Locale } from "@/server/i18n/config";
import { sharedSlugParams } from "@/app/(help)/[locale]/shared-render";

type Props = { params: Promise<{ locale: string; slug: string }> };

const loadCategory = cache(async (locale: Locale, slug: string) => orNotFound(publicApi(locale).kb.category({ locale, slug })));


export { noPagesAtBuild as generateStaticParams } from "@/app/(help)/[locale]/shared-render";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await sharedSlugParams(params);
  const data = await loadCategory(locale, slug);
  return { title: data.category.name, description: data.category.description, alternates: helpAlternates(locale, `/c/${data.category.slug}`) };
}

type Item = { articleId: string; slug: string; title: string; summary: string; kind: "article" | "faq" };

function ArticleList({ locale, items, faqLabel }: { locale: Locale; items: Item[]; faqLabel: string }) {
  return (
    <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white">
      {items.map((item) => (
        <li key={item.articleId} className="p-4">
          <Link href={helpPath(locale, `/a/${item.slug}`)} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {item.title}
          </Link>{" "}
          {item.kind === "faq" && <Badge>{faqLabel}</Badge>}
          {item.summary && <p className="mt-1 text-sm text-zinc-700">{item.summary}</p>}
        </li>
      ))}
    </ul>
  );
}

export default async function HelpCategoryPage({ params }: Props) {
  const { locale, slug } = await sharedSlugParams(params);
  const [data, t] = await Promise.all([loadCategory(locale, slug), getTranslations({ locale, namespace: "kb" })]);
  return (
    <>
      <nav aria-label={t("breadcrumbs")} className="mb-2 text-sm">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href={helpPath(locale)} className="text-brand-700 underline">
              {t("home")}
            </Link>
          </li>
          {data.parent && (
            <li>
              <span aria-hidden="true">› </span>
              <Link href={helpPath(locale, `/c/${data.parent.slug}`)} className="text-brand-700 underline">
                {data.parent.name}
              </Link>
            </li>
          )}
        </ol>
      </nav>
      <PageHeader title={data.category.name} intro={data.category.description} />
      <div className="space-y-8">
        {data.articles.length > 0 && <ArticleList locale={locale} items={data.articles} faqLabel={t("faqBadge")} />}
        {data.sections.map((section) => (
          <section key={section.slug} aria-labelledby={`section-${section.slug}`}>
            <h2 id={`section-${section.slug}`} className="mb-1 text-lg font-semibold text-zinc-900">
              <Link href={helpPath(locale, `/c/${section.slug}`)} className="underline-offset-2 hover:underline">
                {section.name}
              </Link>
            </h2>
            <p className="mb-3 text-sm text-zinc-700">{section.description}</p>
            <ArticleList locale={locale} items={section.articles} faqLabel={t("faqBadge")} />
          </section>
        ))}
      </div>
    </>
  );
}
