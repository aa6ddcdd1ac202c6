import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { api } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import type { Locale } from "@/server/i18n/config";
import { SlaPoliciesEditor } from "@/components/settings/sla-policies-editor";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("sla.title") };
}

export default async function SlaSettingsPage() {
  await requireRole(["admin"], "/agent/settings/sla");
  const caller = await api();
  const [t, locale, raw, calendars] = await Promise.all([getTranslations("settings"), getLocale(), caller.settings.routingOptions(), caller.settings.calendars()]);
  const options = { organizations: raw.organizations, categories: raw.categories.map((c) => ({ key: c.key, name: c.names[locale as Locale] ?? c.key })) };
  return (
    <>
      <PageHeader title={t("sla.title")} intro={t("sla.intro")} />
      <SlaPoliciesEditor options={options} calendars={calendars.map((c) => ({ id: c.id, name: c.name }))} />
    </>
  );
}
