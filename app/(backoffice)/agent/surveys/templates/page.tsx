import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { api } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys.templates"))("title") };
}

const localeNames = { en: "English", fr: "Français", it: "Italiano" } as const;

export default async function SurveyTemplatesPage() {
  await requireRole(["admin"], "/agent/surveys/templates");
  const templates = await (await api()).surveys.templates();
  const [t, tc] = await Promise.all([getTranslations("surveys.templates"), getTranslations("cases")]);
  const categoryName = (key: string | null) => (key === null ? t("anyCategory") : tc.has(`category.${key}` as never) ? tc(`category.${key}` as never) : key);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <div className="flex flex-wrap gap-2">
            <LinkButton href="/agent/surveys" variant="secondary">
              {t("back")}
            </LinkButton>
            <LinkButton href="/agent/surveys/templates/new">{t("new")}</LinkButton>
          </div>
        }
      />
      {templates.length === 0 ? (
        <EmptyState title={t("title")} hint={t("empty")} action={<LinkButton href="/agent/surveys/templates/new">{t("new")}</LinkButton>} />
      ) : (
        <DataTable columns={[{ label: t("name") }, { label: t("category") }, { label: t("locale") }, { label: t("delay"), isNumeric: true }, { label: t("questions") }, { label: t("action") }]}>
          {templates.map((template) => (
            <tr key={template.id}>
              <td className="px-4 py-2">
                <Link href={`/agent/surveys/templates/${template.id}`} className="font-medium text-brand-700 underline">
                  {template.name}
                </Link>{" "}
                {!template.category && !template.locale ? <Badge tone="info">{t("default")}</Badge> : null}
              </td>
              <td className="px-4 py-2">{categoryName(template.category)}</td>
              <td className="px-4 py-2">{template.locale ? localeNames[template.locale] : t("anyLocale")}</td>
              <td className="px-4 py-2 text-right">{t("minutes", { count: template.delayMinutes })}</td>
              <td className="px-4 py-2">{t("questionCount", { count: template.questions.length })}</td>
              <td className="px-4 py-2">{t(template.lowScoreAction === "reopen" ? "actionReopen" : "actionTask")}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
