import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { api, orNotFound } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import { REOPEN_DAYS } from "@/server/cases";
import { CaseStatusBadge } from "@/components/cases/case-status-badge";
import { PublicTimeline } from "@/components/cases/public-timeline";
import { CloseReopenForm, ReplyForm } from "@/components/cases/reply-form";
import { closeOrReopenAction, replyAction } from "../actions";

type Params = { number: string };
type Search = { created?: string; replied?: string; closed?: string; reopened?: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { number } = await params;
  return { title: `${(await getTranslations("cases"))("title")} · ${decodeURIComponent(number).slice(0, 20)}` };
}

export default async function CasePage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<Search> }) {
  const { number } = await params;
  await requireRole(["customer"], `/cases/${encodeURIComponent(number)}`);
  const flags = await searchParams;
  const caller = await api();
  const [t, format, item] = await Promise.all([getTranslations("cases"), getFormatter(), orNotFound(caller.cases.get({ number: decodeURIComponent(number) }))]);
  const notice = flags.created ? t("detail.created", { number: item.number }) : flags.replied ? t("detail.replied") : flags.closed ? t("detail.closedDone") : flags.reopened ? t("detail.reopened") : null;
  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-3 text-sm">
        <Link href="/cases" className="text-brand-700 underline">
          ← {t("detail.back")}
        </Link>
      </p>
      {notice && (
        <p role="status" className="mb-4 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
          {notice}
        </p>
      )}
      <header className="mb-6 space-y-2">
        <p className="font-mono text-xs text-zinc-600">{item.number}</p>
        <h1 className="text-2xl font-bold tracking-tight text-zinc-900 break-words">{item.subject}</h1>
        <div className="flex flex-wrap items-center gap-3 text-sm text-zinc-700">
          <CaseStatusBadge status={item.status} />
          <span>{t.has(`category.${item.category}` as "category.other") ? t(`category.${item.category}` as "category.other") : item.category}</span>
          <span>{t("detail.opened", { date: format.dateTime(item.createdAt, { dateStyle: "long" }), channel: t(`channel.${item.channel}` as "channel.portal") })}</span>
        </div>
      </header>
      <section aria-labelledby="timeline-title" className="mb-8">
        <h2 id="timeline-title" className="mb-3 text-lg font-semibold text-zinc-900">
          {t("detail.timeline")}
        </h2>
        <PublicTimeline events={item.events} attachments={item.attachments.map((a) => ({ ...a, sizeBytes: Number(a.sizeBytes) }))} />
      </section>
      {item.canReply ? (
        <section aria-labelledby="reply-title" className="space-y-6">
          <h2 id="reply-title" className="text-lg font-semibold text-zinc-900">
            {t("detail.reply")}
          </h2>
          <ReplyForm action={replyAction} number={item.number} />
          <CloseReopenForm action={closeOrReopenAction} number={item.number} intent="close" label={t("detail.close")} hint={t("detail.closeHint", { days: REOPEN_DAYS })} />
        </section>
      ) : (
        <section className="space-y-3 rounded-lg border border-zinc-200 bg-zinc-50 p-4">
          <p className="text-sm text-zinc-800">{t("detail.closedNotice")}</p>
          {item.canReopen && item.reopenUntil && (
            <CloseReopenForm action={closeOrReopenAction} number={item.number} intent="reopen" label={t("detail.reopen")} hint={t("detail.reopenUntil", { date: format.dateTime(item.reopenUntil, { dateStyle: "long" }) })} />
          )}
        </section>
      )}
    </div>
  );
}
