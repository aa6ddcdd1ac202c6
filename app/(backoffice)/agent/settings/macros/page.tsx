import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { api } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import { macroPlaceholders } from "@/server/macros";
import { MacrosEditor } from "@/components/settings/macros-editor";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/server/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("macros.title") };
}

export default async function MacrosSettingsPage() {
  await requireRole(["admin"], "/agent/settings/macros");
  const [t, locale, categories] = await Promise.all([getTranslations("settings"), getLocale(), (await api()).cases.categories()]);
  return (
    <>
      <PageHeader title={t("macros.title")} intro={t("macros.intro")} />
      <MacrosEditor categories={categories.map((c) => ({ key: c.key, name: c.names[locale as Locale] ?? c.key }))} placeholders={macroPlaceholders} />
    </>
  );
}
