import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { ChannelSecrets } from "@/components/settings/channel-secrets";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("channels.title") };
}

export default async function ChannelSecretsSettingsPage() {
  await requireRole(["admin"], "/agent/settings/channels");
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("channels.title")} intro={t("channels.intro")} />
      <ChannelSecrets />
    </>
  );
}
