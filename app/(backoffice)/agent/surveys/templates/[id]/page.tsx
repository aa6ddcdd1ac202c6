import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { TemplateEditor } from "@/components/surveys/template-editor";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { api, orNotFound } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import type { SaveTemplateInput } from "@/server/surveys/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys.templates"))("title") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** "new" opens an empty template; an id opens that template. */
export default async function SurveyTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireRole(["admin"], `/agent/surveys/templates/${id}`);
  if (id !== "new" && !UUID.test(id)) notFound();
  const caller = await api();
  const [t, locale, categories] = await Promise.all([getTranslations("surveys.templates"), getLocale(), caller.cases.categories()]);
  const existing = id === "new" ? null : await orNotFound(caller.surveys.template({ id }));
  const template: SaveTemplateInput = existing
    ? { id: existing.id, name: existing.name, category: existing.category, locale: existing.locale, csatQuestion: existing.csatQuestion, cesQuestion: existing.cesQuestion, questions: existing.questions, delayMinutes: existing.delayMinutes, reminderDays: existing.reminderDays, validDays: existing.validDays, lowScoreThreshold: existing.lowScoreThreshold, lowScoreAction: existing.lowScoreAction }
    : { id: null, name: "", category: null, locale: null, csatQuestion: "", cesQuestion: "", questions: [], delayMinutes: 60, reminderDays: 3, validDays: 14, lowScoreThreshold: 2, lowScoreAction: "reopen" };
  return (
    <>
      <PageHeader
        title={existing ? existing.name : t("new")}
        actions={
          <LinkButton href="/agent/surveys/templates" variant="secondary">
            {t("title")}
          </LinkButton>
        }
      />
      <Card>
        <TemplateEditor template={template} isDefault={!!existing && !existing.category && !existing.locale} categories={categories.map((c) => ({ key: c.key, name: c.names[locale as "en" | "fr" | "it"] ?? c.key }))} />
      </Card>
    </>
  );
}
