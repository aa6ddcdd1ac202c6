import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArticleEditor } from "@/components/kb/article-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { isLocale } from "@/server/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("kb.editor"))("newArticle") };
}

type Props = { searchParams: Promise<{ title?: string; body?: string; locale?: string; case?: string }> };

/**
 * A new article. "Create article from this case" links here with title, body and locale pre-filled
 * from the resolved case (?case=<number>&title=…&body=…), for the agent to rewrite before publishing.
 */
export default async function NewArticlePage({ searchParams }: Props) {
  const actor = await requireRole(["agent", "admin"], "/agent/knowledge/new");
  const params = await searchParams;
  const t = await getTranslations("kb.editor");
  const text = (value: unknown, max: number) => (typeof value === "string" ? value.slice(0, max) : undefined);
  const locale = isLocale(params.locale) ? params.locale : actor.locale;
  const reference = text(params.case, 40);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/agent/knowledge" className="text-brand-700 underline">{t("back")}</Link>
      </p>
      <PageHeader title={t("newArticle")} intro={reference ? t("fromCase", { reference }) : undefined} />
      <ArticleEditor articleId={null} prefill={{ title: text(params.title, 200), bodyMd: text(params.body, 100_000), locale }} />
    </>
  );
}
