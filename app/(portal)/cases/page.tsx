import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases"))("title") };
}

export default async function CasesPage() {
  await requireRole(["customer"], "/cases");
  const [t, tn, locale] = await Promise.all([getTranslations("cases"), getTranslations("nav"), getLocale()]);
  return (
    <>
      <PageHeader title={t("title")} />
      <EmptyState title={t("empty")} hint={t("emptyHint")} action={<LinkButton href={`/${locale}/help`}>{tn("help")}</LinkButton>} />
    </>
  );
}
