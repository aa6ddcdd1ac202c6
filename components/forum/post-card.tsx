import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SanitizedHtml } from "@/components/kb/article-body";
import { cn } from "@/components/ui/cn";
import type { getThread } from "@/server/forum";
import { MemberBadge } from "./badges";
import { EditPostForm, FlagForm, PostActionButton, QuoteButton } from "./forms";

type ThreadView = Extract<Awaited<ReturnType<typeof getThread>>, { kind: "thread" }>;
export type ViewPost = ThreadView["question"];

const flagLabels = (t: Awaited<ReturnType<typeof getTranslations<"forum.thread">>>) => ({
  flag: t("flag"),
  flagReason: t("flagReason"),
  flagNote: t("flagNote"),
  flagSend: t("flagSend"),
  reasons: { spam: t("reasons.spam"), abuse: t("reasons.abuse"), off_topic: t("reasons.off_topic"), other: t("reasons.other") },
});

/**
 * One post: its author (plain text, linked to their profile), badge and reputation, the stored
 * sanitized HTML, and the actions the viewer may take on it.
 */
export async function PostCard({ post, locale, viewer, label, tone = "default" }: { post: ViewPost; locale: string; viewer: ThreadView["viewer"]; label?: string; tone?: "default" | "official" | "accepted" }) {
  const [t, format] = await Promise.all([getTranslations("forum.thread"), getFormatter()]);
  const isStaffAuthor = post.authorRole === "agent" || post.authorRole === "admin";
  return (
    <article
      id={`post-${post.id}`}
      aria-label={label}
      data-testid="post"
      className={cn(
        "scroll-mt-4 rounded-lg border bg-white p-4 shadow-sm",
        tone === "official" ? "border-blue-300 ring-1 ring-blue-200" : tone === "accepted" ? "border-green-300 ring-1 ring-green-200" : "border-zinc-200",
        post.isHidden && "border-dashed opacity-80",
      )}
    >
      {label && <p className={cn("mb-2 text-xs font-semibold uppercase tracking-wide", tone === "official" ? "text-blue-800" : tone === "accepted" ? "text-green-800" : "text-zinc-600")}>{label}</p>}
      <header className="mb-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        {post.authorUserId ? (
          <Link href={`/${locale}/community/u/${post.authorUserId}`} className="font-semibold text-zinc-900 underline-offset-2 hover:underline" data-testid="author-name">
            {post.authorName || "—"}
          </Link>
        ) : (
          <span className="font-semibold text-zinc-900">—</span>
        )}
        <MemberBadge badge={post.badge} isStaff={isStaffAuthor} />
        {!isStaffAuthor && <span className="text-xs text-zinc-600">{t("reputation", { points: post.authorReputation })}</span>}
        <span className="text-xs text-zinc-600">
          <time dateTime={post.createdAt.toISOString()}>{format.dateTime(post.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
          {post.editedAt && ` · ${t("edited")}`}
        </span>
        {post.isHidden && <span className="text-xs font-semibold text-red-700">{t("postHidden")}</span>}
      </header>
      <div data-testid="post-body">
        <SanitizedHtml html={post.bodyHtml} className="text-sm [&_p:first-child]:mt-0" />
      </div>
      <footer className="mt-3 flex flex-wrap items-start gap-2 border-t border-zinc-100 pt-3 text-sm">
        <span className="self-center text-xs text-zinc-600">{t("votes", { count: post.voteCount })}</span>
        {viewer.isSignedIn && !post.isQuestion && (post.canVote || post.hasVoted) && (
          // One toggle: pressed means "my upvote counts"; pressing it again takes the upvote back.
          <PostActionButton
            key={post.hasVoted ? "unvote" : "vote"}
            kind={post.hasVoted ? "unvote" : "vote"}
            locale={locale}
            fields={{ postId: post.id }}
            label={post.hasVoted ? t("voted") : t("vote")}
            title={post.hasVoted ? t("unvote") : undefined}
            pressed={post.hasVoted}
          />
        )}
        {viewer.canReply && !post.isHidden && <QuoteButton bodyMd={post.bodyMd} label={t("quote")} description={t("quoteLabel", { name: post.authorName || "—" })} />}
        {post.canAccept && <PostActionButton kind="accept" locale={locale} fields={{ postId: post.id }} label={t("accept")} variant="primary" />}
        {post.isAccepted && <span className="self-center text-xs font-semibold text-green-800">✓ {t("accepted")}</span>}
        {post.canEdit && <EditPostForm locale={locale} postId={post.id} bodyMd={post.bodyMd} labels={{ edit: t("edit"), save: t("save") }} />}
        {post.canEdit && !post.isQuestion && !viewer.isStaff && <PostActionButton kind="delete" locale={locale} fields={{ postId: post.id }} label={t("delete")} variant="ghost" />}
        {viewer.isSignedIn && !post.canEdit && !viewer.isStaff && <FlagForm locale={locale} postId={post.id} labels={flagLabels(t)} />}
      </footer>
    </article>
  );
}
