import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { QueuesEditor } from "@/components/settings/queues-editor";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("queues.title") };
}

export default async function QueuesSettingsPage() {
  await requireRole(["admin"], "/agent/settings/queues");
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("queues.title")} intro={t("queues.intro")} />
      <QueuesEditor />
    </>
  );
}
