import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { locales } from "@/server/i18n/config";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

type Section = "help";

/** Indexable metadata for a public, locale-prefixed page: canonical URL and one alternate per language. */
export async function publicSectionMetadata(section: Section, locale: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: section });
  return {
    title: t("title"),
    description: t("intro"),
    alternates: { canonical: `/${locale}/${section}`, languages: Object.fromEntries(locales.map((l) => [l, `/${l}/${section}`])) },
  };
}

export async function PublicSectionPage({ section, otherHref, otherLabel }: { section: Section; otherHref: string; otherLabel: string }) {
  const t = await getTranslations(section);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <EmptyState title={t("empty")} hint={t("emptyHint")} action={<Link href={otherHref} className="font-semibold text-brand-600 underline">{otherLabel}</Link>} />
    </>
  );
}
