import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { UnsubscribeForm } from "@/components/forum/forms";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { DomainError } from "@/server/errors";
import { describeUnsubscribe } from "@/server/forum";
import { isLocale } from "@/server/i18n/config";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return { title: (await getTranslations({ locale, namespace: "forum" }))("unsubscribe.title"), robots: { index: false } };
}

/** Opening the link changes nothing (mail scanners follow links): the member confirms with a POST. */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const t = await getTranslations({ locale, namespace: "forum.unsubscribe" });
  let target: Awaited<ReturnType<typeof describeUnsubscribe>> | null = null;
  try {
    target = token.length <= 300 ? await describeUnsubscribe(getDb(), token) : null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
  }
  const thread = target?.kind === "thread" ? target : null;
  return (
    <Card className="mx-auto max-w-lg">
      <h1 className="mb-3 text-xl font-bold text-zinc-900">{t(target?.kind === "mentions" ? "mentionsTitle" : "title")}</h1>
      {thread ? (
        <>
          <p className="mb-4 text-sm text-zinc-800 [overflow-wrap:anywhere]">{t("confirm", { title: thread.title })}</p>
          <UnsubscribeForm token={token} label={t("button")} />
          <p className="mt-4 text-sm">
            <Link href={`/${thread.locale}/community/t/${thread.threadId}`} className="text-brand-700 underline">
              {t("backToThread")}
            </Link>
          </p>
        </>
      ) : target?.kind === "mentions" ? (
        <>
          <p className="mb-4 text-sm text-zinc-800">{t("mentionsConfirm")}</p>
          <UnsubscribeForm token={token} label={t("button")} />
          <p className="mt-4 text-sm">
            <Link href={`/${locale}/community`} className="text-brand-700 underline">
              {t("backToCommunity")}
            </Link>
          </p>
        </>
      ) : (
        <p role="alert" className="text-sm text-red-700">
          {t("invalid")}
        </p>
      )}
    </Card>
  );
}
