import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { AgentsEditor } from "@/components/settings/agents-editor";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("agents.title") };
}

export default async function AgentsSettingsPage() {
  await requireRole(["admin"], "/agent/settings/agents");
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("agents.title")} intro={t("agents.intro")} />
      <AgentsEditor />
    </>
  );
}
