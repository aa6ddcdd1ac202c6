import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ThreadStatusBadges } from "@/components/forum/badges";
import { ModerationForm } from "@/components/forum/moderation-form";
import { SanitizedHtml } from "@/components/kb/article-body";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { inputStyles } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { api } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import { isLocale } from "@/server/i18n/config";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forum.agent"))("title") };
}

export default async function CommunityModerationPage({ searchParams }: Props) {
  await requireRole(["agent", "admin"], "/agent/community");
  const sp = await searchParams;
  const hours = Math.min(24 * 90, Math.max(0, Number.parseInt(one(sp.hours), 10) || 24));
  const threadId = UUID.test(one(sp.thread)) ? one(sp.thread) : null;
  const uiLocale = await getLocale();
  const locale = isLocale(uiLocale) ? uiLocale : "en";
  const caller = await api();
  const [t, ts, format, flags, unanswered, thread] = await Promise.all([
    getTranslations("forum.agent"),
    getTranslations("forum"),
    getFormatter(),
    caller.forum.flagQueue({ limit: 50 }),
    caller.forum.unanswered({ olderThanHours: hours, limit: 50 }),
    threadId ? caller.forum.thread({ threadId }).catch(() => null) : null,
  ]);

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {thread?.kind === "thread" && <ThreadTools thread={thread} locale={locale} />}

      <section aria-labelledby="flags" className="mb-10">
        <h2 id="flags" className="mb-3 text-lg font-semibold text-zinc-900">
          {t("flags")} <span className="text-sm font-normal text-zinc-600">({flags.length})</span>
        </h2>
        {flags.length === 0 ? (
          <EmptyState title={t("flagsEmpty")} hint={t("flagsHint")} />
        ) : (
          <ul className="space-y-3">
            {flags.map((flag) => (
              <li key={flag.id}>
                <Card className="p-4">
                  <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
                    <Link href={`/${flag.threadLocale}/community/t/${flag.threadId}#post-${flag.postId}`} className="font-semibold text-brand-700 underline [overflow-wrap:anywhere]">
                      {flag.threadTitle}
                    </Link>
                    <span className="text-zinc-600">· {flag.authorName || "—"}</span>
                    <span className="text-zinc-600">· {t("reportedFor", { reason: ts(`thread.reasons.${flag.reason}`) })}</span>
                    <span className="text-xs text-zinc-600">{format.relativeTime(flag.createdAt)}</span>
                  </div>
                  {flag.note && <p className="mb-2 text-sm italic text-zinc-700 [overflow-wrap:anywhere]">{flag.note}</p>}
                  <SanitizedHtml html={flag.postHtml} className="mb-3 max-h-48 overflow-auto rounded border border-zinc-100 bg-zinc-50 p-3 text-sm" />
                  <div className="flex flex-wrap gap-2">
                    <ModerationForm intent="resolveFlag" fields={{ flagId: flag.id, decision: "uphold" }} submitLabel={t("uphold")} variant="danger" />
                    <ModerationForm intent="resolveFlag" fields={{ flagId: flag.id, decision: "dismiss" }} submitLabel={t("dismiss")} />
                    <Link href={`/agent/community?thread=${flag.threadId}`} className="self-center text-sm text-brand-700 underline">
                      {t("tools")}
                    </Link>
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="unanswered">
        <h2 id="unanswered" className="mb-3 text-lg font-semibold text-zinc-900">
          {t("unanswered")}
        </h2>
        <form className="mb-4 flex items-end gap-2" action="/agent/community">
          <div>
            <label htmlFor="hours" className="block text-sm font-medium text-zinc-800">
              {t("olderThan")}
            </label>
            <input id="hours" name="hours" type="number" min={0} max={2160} defaultValue={hours} className={`${inputStyles} mt-1 w-28`} />
          </div>
          <button type="submit" className="min-h-10 rounded-md border border-zinc-300 bg-white px-4 text-sm font-semibold hover:bg-zinc-100">
            {t("show")}
          </button>
        </form>
        {unanswered.length === 0 ? (
          <EmptyState title={t("unansweredEmpty", { hours })} hint={t("unansweredHint")} />
        ) : (
          <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white">
            {unanswered.map((row) => (
              <li key={row.id} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm">
                <Link href={`/${row.locale}/community/t/${row.id}`} className="font-medium text-brand-700 underline [overflow-wrap:anywhere]">
                  {row.title}
                </Link>
                <span className="text-xs uppercase text-zinc-600">{row.locale}</span>
                <span className="text-xs text-zinc-600">{t("asked", { date: format.relativeTime(row.createdAt) })}</span>
                {row.isEscalated && <ThreadStatusBadges isSolved={false} hasOfficialAnswer={false} isLocked={false} isEscalated />}
                <Link href={`/agent/community?thread=${row.id}`} className="ml-auto text-brand-700 underline">
                  {t("tools")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

type ThreadView = Extract<Awaited<ReturnType<Awaited<ReturnType<typeof api>>["forum"]["thread"]>>, { kind: "thread" }>;

async function ThreadTools({ thread: view, locale }: { thread: ThreadView; locale: "en" | "fr" | "it" }) {
  const caller = await api();
  const [t, categories, caseCategories, kbCategories] = await Promise.all([
    getTranslations("forum.agent"),
    caller.forum.categories({ locale }),
    caller.cases.categories(),
    caller.kb.categories(),
  ]);
  const { thread } = view;
  const ids = { threadId: thread.id };
  return (
    <Card className="mb-8" aria-labelledby="tools">
      <CardTitle id="tools">
        {t("tools")}:{" "}
        <Link href={`/${thread.locale}/community/t/${thread.id}`} className="text-brand-700 underline [overflow-wrap:anywhere]">
          {thread.title}
        </Link>
      </CardTitle>
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <ThreadStatusBadges isSolved={thread.isSolved} hasOfficialAnswer={view.official.length > 0} isLocked={thread.isLocked} isEscalated={thread.isEscalated} isHidden={thread.isHidden} />
        {thread.caseNumber && (
          <Link href={`/agent/cases/${thread.caseNumber}`} className="text-sm font-semibold text-brand-700 underline">
            {thread.caseNumber}
          </Link>
        )}
      </div>
      <div className="grid gap-5 md:grid-cols-2">
        <div className="flex flex-wrap gap-2">
          <ModerationForm intent="lock" fields={{ ...ids, isLocked: String(!thread.isLocked) }} submitLabel={thread.isLocked ? t("unlock") : t("lock")} />
          <ModerationForm intent="hide" fields={{ postId: view.question.id, isHidden: String(!thread.isHidden) }} submitLabel={thread.isHidden ? t("restore") : t("hide")} variant={thread.isHidden ? "secondary" : "danger"} />
        </div>
        <ModerationForm intent="rename" fields={ids} submitLabel={t("renameButton")}>
          <label className="min-w-0 flex-1 text-sm font-medium text-zinc-800">
            {t("rename")}
            <input name="title" required minLength={8} maxLength={150} defaultValue={thread.title} className={`${inputStyles} mt-1`} />
          </label>
        </ModerationForm>
        <ModerationForm intent="move" fields={ids} submitLabel={t("move")}>
          <label className="min-w-0 flex-1 text-sm font-medium text-zinc-800">
            {t("moveTo")}
            <select name="categoryId" defaultValue={categories.find((c) => c.slug === thread.categorySlug)?.id} className={`${inputStyles} mt-1`}>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        </ModerationForm>
        <ModerationForm intent="merge" fields={ids} submitLabel={t("merge")}>
          <label className="min-w-0 flex-1 text-sm font-medium text-zinc-800">
            {t("mergeInto")}
            <input name="target" required maxLength={300} className={`${inputStyles} mt-1`} />
          </label>
        </ModerationForm>
        <ModerationForm intent="escalate" fields={ids} submitLabel={t("escalate")} variant="primary">
          <label className="min-w-0 flex-1 text-sm font-medium text-zinc-800">
            {t("caseCategory")}
            <select name="category" defaultValue="technical" className={`${inputStyles} mt-1`}>
              {caseCategories.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.names[locale] ?? c.key}
                </option>
              ))}
            </select>
          </label>
        </ModerationForm>
        {kbCategories.length === 0 ? (
          <p className="text-sm text-zinc-700">{t("noKbCategories")}</p>
        ) : (
          <ModerationForm intent="promote" fields={ids} submitLabel={t("promote")}>
            <label className="min-w-0 flex-1 text-sm font-medium text-zinc-800">
              {t("kbCategory")}
              <select name="kbCategoryId" className={`${inputStyles} mt-1`}>
                {kbCategories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          </ModerationForm>
        )}
      </div>
    </Card>
  );
}
