import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { api } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import type { Locale } from "@/server/i18n/config";
import { RoutingRulesEditor } from "@/components/settings/routing-rules-editor";
import { RoutingTester } from "@/components/settings/routing-tester";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("routing.title") };
}

export default async function RoutingSettingsPage() {
  await requireRole(["admin"], "/agent/settings/routing");
  const [t, locale, raw] = await Promise.all([getTranslations("settings"), getLocale(), (await api()).settings.routingOptions()]);
  const options = { ...raw, categories: raw.categories.map((c) => ({ key: c.key, name: c.names[locale as Locale] ?? c.key })) };
  return (
    <>
      <PageHeader title={t("routing.title")} intro={t("routing.intro")} />
      <div className="space-y-8">
        <RoutingRulesEditor options={options} />
        <RoutingTester options={options} />
      </div>
    </>
  );
}
