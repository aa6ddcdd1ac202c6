import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArticleEditor } from "@/components/kb/article-editor";
import { PageHeader } from "@/components/ui/page-header";
import { api, orNotFound } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("kb.editor"))("title") };
}

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireRole(["agent", "admin"], `/agent/knowledge/${id}`);
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const [t, data] = await Promise.all([getTranslations("kb.editor"), orNotFound((await api()).kb.get({ id }))]);
  const title = data.translations.find((translation) => translation.locale === actor.locale)?.title ?? data.translations[0]?.title ?? t("title");
  const locale = data.translations.some((translation) => translation.locale === actor.locale) ? actor.locale : (data.translations[0]?.locale ?? actor.locale);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/agent/knowledge" className="text-brand-700 underline">{t("back")}</Link>
      </p>
      <PageHeader title={title} />
      <ArticleEditor articleId={id} prefill={{ locale }} />
    </>
  );
}
