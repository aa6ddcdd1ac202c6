import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { CalendarsEditor } from "@/components/settings/calendars-editor";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("calendars.title") };
}

export default async function CalendarsSettingsPage() {
  await requireRole(["admin"], "/agent/settings/calendars");
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("calendars.title")} intro={t("calendars.intro")} />
      <CalendarsEditor />
    </>
  );
}
