import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AskForm } from "@/components/forum/forms";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { api } from "@/server/api/rsc";
import { requireActor } from "@/server/auth/session";
import { isLocale } from "@/server/i18n/config";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return { title: (await getTranslations({ locale, namespace: "forum" }))("ask.title"), robots: { index: false } };
}

export default async function AskPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const actor = await requireActor(`/${locale}/community/ask`);
  const t = await getTranslations({ locale, namespace: "forum" });
  if (actor.role !== "customer") {
    return <EmptyState title={t("ask.title")} hint={t("ask.signIn")} action={<LinkButton href={`/${locale}/community`}>{t("thread.back")}</LinkButton>} />;
  }
  const categories = await (await api()).forum.categories({ locale });
  const wanted = (await searchParams).category;
  const defaultCategoryId = categories.find((c) => c.slug === wanted)?.id;
  return (
    <>
      <PageHeader title={t("ask.title")} intro={t("ask.intro")} />
      <AskForm
        locale={locale}
        categories={categories.map((c) => ({ id: c.id, name: c.name }))}
        defaultCategoryId={defaultCategoryId}
        labels={{
          category: t("ask.category"),
          language: t("ask.language"),
          titleLabel: t("ask.titleLabel"),
          titleHint: t("ask.titleHint"),
          body: t("ask.body"),
          bodyHint: t("ask.bodyHint"),
          submit: t("ask.submit"),
          languages: { en: t("languages.en"), fr: t("languages.fr"), it: t("languages.it") },
        }}
      />
    </>
  );
}
