import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SanitizedHtml } from "@/components/kb/article-body";
import { helpAlternates, helpPath } from "@/components/kb/help-links";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { publicApi } from "@/server/api/rsc";
import { sharedLocale } from "@/app/(help)/[locale]/shared-render";

export { noPagesAtBuild as generateStaticParams } from "@/app/(help)/[locale]/shared-render";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await sharedLocale(params);
  const t = await getTranslations({ locale, namespace: "kb" });
  return { title: t("faqTitle"), description: t("faqIntro"), alternates: helpAlternates(locale, "/faq") };
}

export default async function HelpFaqPage({ params }: Props) {
  const locale = await sharedLocale(params);
  const [t, groups] = await Promise.all([getTranslations({ locale, namespace: "kb" }), publicApi(locale).kb.faq({ locale })]);
  return (
    <>
      <nav aria-label={t("breadcrumbs")} className="mb-2 text-sm">
        <Link href={helpPath(locale)} className="text-brand-700 underline">
          {t("home")}
        </Link>
      </nav>
      <PageHeader title={t("faqTitle")} intro={t("faqIntro")} />
      {groups.length === 0 ? (
        <EmptyState title={t("sectionEmpty")} hint={t("noResultsHint")} />
      ) : (
        <div className="space-y-8">
          {groups.map((group) => (
            <section key={group.slug} aria-labelledby={`faq-${group.slug}`}>
              <h2 id={`faq-${group.slug}`} className="mb-3 text-lg font-semibold text-zinc-900">
                {group.name}
              </h2>
              <div className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white">
                {group.entries.map((entry) => (
                  <details key={entry.articleId} className="group p-4">
                    <summary className="cursor-pointer font-medium text-zinc-900 marker:text-brand-700" lang={entry.locale}>
                      {entry.question}
                    </summary>
                    <div lang={entry.locale}>
                      <SanitizedHtml html={entry.answerHtml} className="mt-2 text-sm" />
                    </div>
                  </details>
                ))}
              </div>
            </section>
          ))}
        </div>
      )}
    </>
  );
}
