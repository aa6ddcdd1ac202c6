import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { SkillsEditor } from "@/components/settings/skills-editor";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("skills.title") };
}

export default async function SkillsSettingsPage() {
  await requireRole(["admin"], "/agent/settings/skills");
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("skills.title")} intro={t("skills.intro")} />
      <SkillsEditor />
    </>
  );
}
