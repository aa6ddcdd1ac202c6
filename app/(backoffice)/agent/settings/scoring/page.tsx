import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { api } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import { ScoringMatrixEditor } from "@/components/cases/scoring-matrix-editor";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases.scoring"))("title") };
}

export default async function ScoringSettingsPage() {
  const actor = await requireRole(["agent", "admin"], "/agent/settings/scoring");
  const [t, matrix] = await Promise.all([getTranslations("cases.scoring"), (await api()).cases.matrix()]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {actor.role !== "admin" && <p className="mb-4 text-sm text-zinc-700">{t("adminOnly")}</p>}
      <ScoringMatrixEditor initial={matrix} canEdit={actor.role === "admin"} />
    </>
  );
}
