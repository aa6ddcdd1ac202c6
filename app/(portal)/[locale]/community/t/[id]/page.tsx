import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ThreadStatusBadges } from "@/components/forum/badges";
import { PostActionButton, ReplyForm } from "@/components/forum/forms";
import { PostCard } from "@/components/forum/post-card";
import { LinkButton } from "@/components/ui/link-button";
import { api, orNotFound } from "@/server/api/rsc";
import { isLocale } from "@/server/i18n/config";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const loadThread = cache(async (id: string, page: number) => {
  if (!UUID.test(id)) notFound();
  return orNotFound((await api()).forum.thread({ threadId: id, page }));
});

const pageOf = (value: string | string[] | undefined) => Math.min(1000, Math.max(1, Number.parseInt(Array.isArray(value) ? (value[0] ?? "") : (value ?? ""), 10) || 1));

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { id } = await params;
  const view = await loadThread(id, pageOf((await searchParams).page));
  if (view.kind !== "thread") return {};
  const description = view.question.bodyMd.replace(/\s+/g, " ").slice(0, 160);
  return {
    title: view.thread.title,
    description,
    // A thread exists in one language: its canonical address carries that locale.
    alternates: { canonical: `/${view.thread.locale}/community/t/${view.thread.id}` },
    robots: view.thread.isHidden ? { index: false } : undefined,
  };
}

export default async function ThreadPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const page = pageOf((await searchParams).page);
  const view = await loadThread(id, page);
  if (view.kind === "merged") permanentRedirect(`/${locale}/community/t/${view.mergedIntoId}`);
  if (view.thread.locale !== locale) permanentRedirect(`/${view.thread.locale}/community/t/${view.thread.id}`);
  const t = await getTranslations({ locale, namespace: "forum" });
  const { thread, viewer } = view;
  const answers = [...view.official, ...view.accepted];

  return (
    <div className="max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href={`/${locale}/community`} className="text-brand-700 underline">
          {t("thread.back")}
        </Link>
        <span className="px-2 text-zinc-500">/</span>
        <Link href={`/${locale}/community?category=${thread.categorySlug}`} className="text-brand-700 underline">
          {thread.categoryName}
        </Link>
      </nav>
      <header className="mb-4">
        <h1 className="text-2xl font-bold tracking-tight text-zinc-900 [overflow-wrap:anywhere]">{thread.title}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <ThreadStatusBadges isSolved={thread.isSolved} hasOfficialAnswer={view.official.length > 0} isLocked={thread.isLocked} isEscalated={thread.isEscalated} isHidden={thread.isHidden} />
        </div>
      </header>

      {thread.isEscalated && (
        <p role="note" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {t("thread.supportTookOver")}
          {thread.caseNumber && (
            <>
              {" "}
              <Link href={`/agent/cases/${thread.caseNumber}`} className="font-semibold underline">
                {t("thread.caseForStaff", { number: thread.caseNumber })}
              </Link>
            </>
          )}
        </p>
      )}
      {viewer.isStaff && (
        <p className="mb-4 text-sm">
          <Link href={`/agent/community?thread=${thread.id}`} className="font-medium text-brand-700 underline">
            {t("thread.moderate")}
          </Link>
          {thread.articleId && <span className="ml-3 text-zinc-700">{t("thread.articleForStaff")}</span>}
        </p>
      )}

      <div className="space-y-4">
        <PostCard post={view.question} locale={locale} viewer={viewer} label={t("thread.question")} />
        {answers.length > 0 && (
          <section aria-label={t("thread.solution")} className="space-y-4">
            {answers.map((post) => (
              <PostCard key={post.id} post={post} locale={locale} viewer={viewer} label={post.isOfficial ? t("thread.officialAnswer") : t("thread.acceptedAnswer")} tone={post.isOfficial ? "official" : "accepted"} />
            ))}
          </section>
        )}

        {viewer.isSignedIn && (
          <div className="flex flex-wrap items-center gap-3 text-sm text-zinc-700">
            <PostActionButton kind="follow" locale={locale} fields={{ threadId: thread.id, isFollowing: String(!viewer.isFollowing) }} label={viewer.isFollowing ? t("thread.unfollow") : t("thread.follow")} pressed={viewer.isFollowing} />
            <span>{viewer.isFollowing ? t("thread.followingHint") : t("thread.followHint")}</span>
          </div>
        )}

        <section aria-labelledby="replies" className="space-y-4">
          <h2 id="replies" className="pt-2 text-lg font-semibold text-zinc-900">
            {t("thread.replies")} <span className="text-sm font-normal text-zinc-600">({thread.replyCount})</span>
          </h2>
          {view.replies.length === 0 && answers.length === 0 && page === 1 && <p className="text-sm text-zinc-700">{t("thread.noReplies")}</p>}
          {view.replies.map((post) => (
            <PostCard key={post.id} post={post} locale={locale} viewer={viewer} />
          ))}
          {(page > 1 || view.hasNextPage) && (
            <nav aria-label={t("list.pagination")} className="flex justify-between text-sm">
              {page > 1 ? (
                <Link href={`?page=${page - 1}`} rel="prev" className="font-medium text-brand-700 underline">
                  {t("thread.olderReplies")}
                </Link>
              ) : (
                <span />
              )}
              {view.hasNextPage && (
                <Link href={`?page=${page + 1}`} rel="next" className="font-medium text-brand-700 underline">
                  {t("thread.moreReplies")}
                </Link>
              )}
            </nav>
          )}
        </section>

        {thread.isLocked && (
          <p role="note" className="rounded-md border border-zinc-300 bg-zinc-50 px-4 py-3 text-sm text-zinc-800">
            {t("thread.locked")}
          </p>
        )}
        {viewer.canReply ? (
          <ReplyForm
            locale={locale}
            threadId={thread.id}
            canPostOfficial={viewer.isStaff}
            labels={{ replyLabel: t("thread.replyLabel"), replyHint: t("thread.replyHint"), official: t("thread.official"), send: t("thread.send") }}
          />
        ) : (
          !viewer.isSignedIn && (
            <LinkButton href={`/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/community/t/${thread.id}`)}`} variant="secondary">
              {t("thread.signInToReply")}
            </LinkButton>
          )
        )}
      </div>
    </div>
  );
}
