import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { api } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_MESSAGE } from "@/server/storage";
import { CaseForm } from "@/components/cases/case-form";
import { PageHeader } from "@/components/ui/page-header";
import { createCaseAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases.form"))("title") };
}

export default async function NewCasePage() {
  await requireRole(["customer"], "/cases/new");
  const caller = await api();
  const [t, tk, locale, categories, orders] = await Promise.all([getTranslations("cases.form"), getTranslations("kb"), getLocale(), caller.cases.categories(), caller.orders.list({ limit: 50 })]);
  const lang = (locale === "fr" || locale === "it" ? locale : "en") as "en" | "fr" | "it";
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("title")} intro={t("intro")} />
      <CaseForm
        action={createCaseAction}
        locale={lang}
        categories={categories.map((c) => ({ key: c.key, name: c.names[lang] }))}
        orders={orders.items.map((o) => ({ number: o.number, label: o.number }))}
        limits={{ count: MAX_ATTACHMENTS_PER_MESSAGE, sizeMb: MAX_ATTACHMENT_BYTES / 1024 / 1024 }}
        subjectLabels={{ subjectLabel: tk("subjectLabel"), subjectHint: tk("subjectHint"), maybeThese: tk("maybeThese") }}
      />
    </div>
  );
}
