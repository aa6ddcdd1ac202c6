import { createHmac, timingSafeEqual } from "node:crypto";
import type { Database } from "@/db/client";
import { isStaff as isStaffGuard, type Actor } from "@/server/accounts/actor";
import { recordAudit } from "@/server/audit";
import { createCase } from "@/server/cases";
import { enqueueEmail } from "@/server/email";
import { env } from "@/server/env";
import { DomainError } from "@/server/errors";
import type { Locale } from "@/server/i18n/config";
import type { JobQueue } from "@/server/jobs/queue";
import { createArticle } from "@/server/kb";
import { createLimiter } from "@/server/security/rate-limit";
import { renderForumMarkdown, type Mentioned } from "./mentions";
import * as queries from "./queries";
import type { CreateThreadInput, EditPostInput, FlagInput, ListThreadsInput, ReplyInput, SearchThreadsInput } from "./schemas";

export { searchThreads } from "./search";

// A plain boolean, not a type guard: "not staff" must not narrow the actor away.
const isStaff = (actor: Actor | null): boolean => isStaffGuard(actor);

export const THREADS_PER_PAGE = 20;
export const POSTS_PER_PAGE = 50;

/** Reputation: what an accepted answer and an upvote earn their author. */
export const ACCEPTED_POINTS = 15;
export const UPVOTE_POINTS = 2;
/** Badges shown next to a member's name. */
export const BADGE_THRESHOLDS = { topContributor: 100, helper: 20 } as const;
export type Badge = "topContributor" | "helper" | null;
export const badgeFor = (reputation: number): Badge =>
  reputation >= BADGE_THRESHOLDS.topContributor ? "topContributor" : reputation >= BADGE_THRESHOLDS.helper ? "helper" : null;

/** New accounts without reputation may not post links or images (spam): the first days, or until they earned this. */
export const LINK_MIN_ACCOUNT_AGE_MS = 2 * 24 * 60 * 60 * 1000;
export const LINK_MIN_REPUTATION = 10;
const VOTES_PER_HOUR = 120;
const FLAGS_PER_HOUR = 20;

const limiter = (db: Database, name: "threads" | "posts" | "votes" | "flags") => {
  const points = { threads: env.FORUM_THREADS_PER_HOUR, posts: env.FORUM_POSTS_PER_HOUR, votes: VOTES_PER_HOUR, flags: FLAGS_PER_HOUR }[name];
  return createLimiter(db, { name: `forum-${name}`, points, durationSeconds: 3600 });
};

async function consume(db: Database, name: "threads" | "posts" | "votes" | "flags", actor: Actor) {
  if (isStaff(actor)) return;
  const result = await limiter(db, name).consume(actor.userId);
  if (!result.isAllowed) throw new DomainError("forum.rateLimited", { retryAfterSeconds: result.retryAfterSeconds });
}

// A mention is a link to a member's profile on this site, not the kind of link spammers post.
const hasLinkOrImage = (html: string) => /<(?:a(?!\s+href="\/(?:en|fr|it)\/community\/u\/[0-9a-f-]{36}")|img|iframe)\s/i.test(html);

/** Renders once, through the one sanitizer, and refuses links from members who cannot post them yet. */
async function renderPost(db: Database, actor: Actor, bodyMd: string, now: Date, locale: Locale) {
  const content = await renderForumMarkdown(db, bodyMd, { locale });
  if (!content.text && !/<img\s/i.test(content.html)) throw new DomainError("forum.bodyEmpty");
  if (hasLinkOrImage(content.html) && !isStaff(actor)) {
    const facts = await queries.findAuthorFacts(db, actor.userId);
    const isNew = !facts || now.getTime() - facts.createdAt.getTime() < LINK_MIN_ACCOUNT_AGE_MS;
    if (isNew && (facts?.reputation ?? 0) < LINK_MIN_REPUTATION) throw new DomainError("forum.linksNotAllowed");
  }
  return content;
}

// ---------------------------------------------------------------- reading

export async function listCategories(db: Database, _actor: Actor | null, input: { locale: Locale }) {
  return queries.listCategories(db, input);
}

export async function listThreads(db: Database, _actor: Actor | null, input: ListThreadsInput) {
  const category = input.categorySlug ? await queries.findCategoryBySlug(db, input.categorySlug) : null;
  if (input.categorySlug && !category) throw new DomainError("common.notFound");
  const rows = await queries.listThreads(db, {
    locale: input.locale,
    tab: input.tab,
    categoryId: category?.id ?? null,
    limit: THREADS_PER_PAGE + 1,
    offset: (input.page - 1) * THREADS_PER_PAGE,
  });
  return { items: rows.slice(0, THREADS_PER_PAGE), page: input.page, hasNextPage: rows.length > THREADS_PER_PAGE };
}

type ViewPost = queries.PostRow & { badge: Badge; hasVoted: boolean; canEdit: boolean; canVote: boolean; canAccept: boolean; isAccepted: boolean };

/**
 * A thread as its page shows it: the question, then official answers, then the accepted solution,
 * then the other replies in order. Hidden threads and posts exist only for staff; a merged thread
 * answers with the thread it was merged into.
 */
export async function getThread(db: Database, actor: Actor | null, input: { threadId: string; page?: number }) {
  const staff = isStaff(actor);
  const thread = await queries.findThread(db, input.threadId);
  if (!thread || (thread.isHidden && !staff && !thread.mergedIntoId)) throw new DomainError("common.notFound");
  if (thread.mergedIntoId) return { kind: "merged" as const, mergedIntoId: thread.mergedIntoId };
  const page = input.page ?? 1;
  const [pinned, rest] = await Promise.all([
    queries.listPinnedPosts(db, { threadId: thread.id, acceptedPostId: thread.acceptedPostId }),
    queries.listPosts(db, { threadId: thread.id, includeHidden: staff, limit: POSTS_PER_PAGE + 1, offset: (page - 1) * POSTS_PER_PAGE }),
  ]);
  const pinnedIds = new Set(pinned.map((post) => post.id));
  const pagePosts = rest.slice(0, POSTS_PER_PAGE).filter((post) => !pinnedIds.has(post.id));
  const all = [...pinned, ...pagePosts];
  const [voted, following] = actor
    ? await Promise.all([queries.votedPostIds(db, { userId: actor.userId, postIds: all.map((post) => post.id) }), queries.isFollowing(db, { userId: actor.userId, threadId: thread.id })])
    : [new Set<string>(), false];
  const isOwner = !!actor && actor.userId === thread.authorUserId;
  const canAcceptIn = (staff || isOwner) && !thread.isLocked;
  const view = (post: queries.PostRow): ViewPost => ({
    ...post,
    authorReputation: Number(post.authorReputation),
    badge: post.authorRole === "customer" ? badgeFor(Number(post.authorReputation)) : null,
    hasVoted: voted.has(post.id),
    canEdit: !!actor && (staff || (post.authorUserId === actor.userId && !thread.isLocked)),
    canVote: !!actor && post.authorUserId !== actor.userId && !voted.has(post.id),
    canAccept: canAcceptIn && !post.isQuestion && !post.isHidden && thread.acceptedPostId !== post.id,
    isAccepted: thread.acceptedPostId === post.id,
  });
  const question = pinned.find((post) => post.isQuestion);
  // A staff member still sees a thread whose question was hidden (the thread itself is hidden then).
  const questionPost = question ?? (staff ? rest.find((post) => post.isQuestion) : undefined);
  if (!questionPost) throw new DomainError("common.notFound");
  return {
    kind: "thread" as const,
    thread: {
      id: thread.id,
      title: thread.title,
      locale: thread.locale,
      categorySlug: thread.categorySlug,
      categoryName: thread.categoryName,
      isLocked: thread.isLocked,
      isHidden: thread.isHidden,
      isSolved: !!thread.acceptedPostId,
      isEscalated: !!thread.caseId,
      // Staff only: which case support opened (customers only learn that support took over).
      caseNumber: staff ? thread.caseNumber : null,
      articleId: staff ? thread.articleId : null,
      replyCount: thread.replyCount,
      createdAt: thread.createdAt,
      authorUserId: thread.authorUserId,
    },
    question: view(questionPost),
    official: pinned.filter((post) => post.isOfficial && !post.isQuestion).map(view),
    accepted: pinned.filter((post) => post.id === thread.acceptedPostId && !post.isOfficial).map(view),
    replies: pagePosts.map(view),
    page,
    hasNextPage: rest.length > POSTS_PER_PAGE,
    viewer: { isSignedIn: !!actor, isStaff: staff, isOwner, isFollowing: following, canReply: !!actor && (!thread.isLocked || staff) },
  };
}

export async function getMember(db: Database, _actor: Actor | null, input: { userId: string }) {
  const member = await queries.findMember(db, input.userId);
  if (!member) throw new DomainError("common.notFound");
  const posts = await queries.listMemberPosts(db, { userId: member.userId, limit: 20 });
  const reputation = Number(member.reputation);
  return {
    userId: member.userId,
    name: member.name,
    isStaff: member.role !== "customer",
    memberSince: member.memberSince,
    reputation,
    acceptedCount: Number(member.acceptedCount),
    postCount: Number(member.postCount),
    badge: member.role === "customer" ? badgeFor(reputation) : null,
    posts,
  };
}

export async function listRevisions(db: Database, actor: Actor, input: { postId: string }) {
  const post = await queries.findPost(db, input.postId);
  if (!post || (post.authorUserId !== actor.userId && !isStaff(actor))) throw new DomainError("common.notFound");
  return queries.listRevisions(db, post.id);
}

// ---------------------------------------------------------------- participation

/** A member asks: thread + question post, the author follows it. Limited per hour. */
export async function createThread(db: Database, actor: Actor, input: CreateThreadInput, options: { now?: Date; skipLimits?: boolean; queue?: JobQueue } = {}) {
  const now = options.now ?? new Date();
  if (!(await queries.findCategory(db, input.categoryId))) throw new DomainError("forum.categoryNotFound");
  const content = await renderPost(db, actor, input.bodyMd, now, input.locale);
  if (!options.skipLimits) await consume(db, "threads", actor);
  const result = await db.transaction(async (tx) => {
    const threadId = await queries.insertThread(tx, {
      categoryId: input.categoryId,
      locale: input.locale,
      title: input.title,
      authorUserId: actor.userId,
      searchText: content.text,
      lastPostAt: now,
      createdAt: now,
    });
    const post = await queries.insertPost(tx, { threadId, authorUserId: actor.userId, isQuestion: true, bodyMd: input.bodyMd, bodyHtml: content.html, createdAt: now });
    await queries.follow(tx, { threadId, userId: actor.userId });
    await queries.addReputation(tx, { userId: actor.userId, points: 0, posts: 1 });
    return { threadId, postId: post.id };
  });
  if (options.queue) await notifyMentioned(db, options.queue, { ...result, author: actor, text: content.text, mentioned: content.mentioned });
  return result;
}

/**
 * A reply (by a member, or staff, who alone may mark it official). The replier follows the thread;
 * every other follower is emailed once per post (idempotency key forum-reply/<post>/<follower>).
 */
export async function replyToThread(db: Database, queue: JobQueue, actor: Actor, input: ReplyInput, options: { now?: Date; notify?: boolean; skipLimits?: boolean } = {}) {
  const now = options.now ?? new Date();
  if (input.isOfficial && !isStaff(actor)) throw new DomainError("forum.officialStaffOnly");
  const target = await queries.findThread(db, input.threadId);
  if (!target) throw new DomainError("common.notFound");
  // Mention links point to profiles under the thread's language.
  const content = await renderPost(db, actor, input.bodyMd, now, target.locale);
  const result = await db.transaction(async (tx) => {
    const thread = await queries.lockThreadRow(tx, input.threadId);
    if (!thread || thread.mergedIntoId || (thread.isHidden && !isStaff(actor))) throw new DomainError("common.notFound");
    if (thread.isLocked && !isStaff(actor)) throw new DomainError("forum.locked");
    if (!options.skipLimits) await consume(tx, "posts", actor);
    const post = await queries.insertPost(tx, { threadId: thread.id, authorUserId: actor.userId, bodyMd: input.bodyMd, bodyHtml: content.html, isOfficial: input.isOfficial, createdAt: now });
    await queries.recordReply(tx, { threadId: thread.id, at: now, isAnswer: input.isOfficial || thread.authorUserId !== actor.userId, isOfficial: input.isOfficial });
    await queries.follow(tx, { threadId: thread.id, userId: actor.userId });
    await queries.addReputation(tx, { userId: actor.userId, points: 0, posts: 1 });
    if (input.isOfficial) await recordAudit(tx, { actorUserId: actor.userId, action: "forum.official_answer", entityType: "forum_post", entityId: post.id, data: { threadId: thread.id } });
    return { postId: post.id, threadId: thread.id };
  });
  if (options.notify !== false) {
    await notifyMentioned(db, queue, { ...result, author: actor, text: content.text, mentioned: content.mentioned });
    // Someone mentioned already has an email about this post.
    const exceptUserIds = content.mentioned.map((person) => person.userId);
    await notifyFollowers(db, queue, { threadId: result.threadId, postId: result.postId, author: actor, text: content.text, isOfficial: input.isOfficial, exceptUserIds });
  }
  return result;
}

/** Edits one's own post (staff: any post); the previous text is kept as a revision. */
export async function editPost(db: Database, actor: Actor, input: EditPostInput, options: { now?: Date; queue?: JobQueue } = {}) {
  const now = options.now ?? new Date();
  const post = await queries.findPost(db, input.postId);
  if (!post) throw new DomainError("common.notFound");
  // Ownership decides visibility here: someone else's post answers like a missing one (the UI never offers it).
  if (post.authorUserId !== actor.userId && !isStaff(actor)) throw new DomainError("common.notFound");
  const thread = await queries.findThread(db, post.threadId);
  if (!thread || thread.mergedIntoId || ((thread.isHidden || post.isHidden) && !isStaff(actor))) throw new DomainError("common.notFound");
  if (thread.isLocked && !isStaff(actor)) throw new DomainError("forum.locked");
  const content = await renderPost(db, actor, input.bodyMd, now, thread.locale);
  await consume(db, "posts", actor);
  await db.transaction(async (tx) => {
    await queries.insertRevision(tx, { postId: post.id, bodyMd: post.bodyMd, editorUserId: actor.userId, createdAt: now });
    await queries.updatePostBody(tx, { postId: post.id, bodyMd: input.bodyMd, bodyHtml: content.html, at: now });
    if (post.isQuestion) await queries.updateThreadSearchText(tx, { threadId: thread.id, searchText: content.text });
    if (post.authorUserId !== actor.userId) await recordAudit(tx, { actorUserId: actor.userId, action: "forum.post_edited", entityType: "forum_post", entityId: post.id, data: { threadId: thread.id } });
  });
  // Only people newly mentioned get an email: the key per post and person makes a repeat a no-op.
  // A moderator's correction of someone else's post mentions no one in their name.
  if (options.queue && post.authorUserId === actor.userId)
    await notifyMentioned(db, options.queue, { threadId: thread.id, postId: post.id, author: actor, text: content.text, mentioned: content.mentioned });
  return { postId: post.id, threadId: thread.id };
}

/** The author withdraws a reply (it is hidden, kept for moderation); a question cannot be withdrawn. */
export async function deletePost(db: Database, actor: Actor, input: { postId: string }) {
  const post = await queries.findPost(db, input.postId);
  if (!post || post.isHidden) throw new DomainError("common.notFound");
  if (post.authorUserId !== actor.userId) throw new DomainError("common.notFound");
  if (post.isQuestion) throw new DomainError("forum.cannotDeleteQuestion");
  await db.transaction(async (tx) => {
    const thread = await queries.lockThreadRow(tx, post.threadId);
    if (!thread) throw new DomainError("common.notFound");
    if (thread.isLocked) throw new DomainError("forum.locked");
    await queries.setPostHidden(tx, { postId: post.id, isHidden: true });
    await queries.recountThread(tx, thread.id);
    await recordAudit(tx, { actorUserId: actor.userId, action: "forum.post_withdrawn", entityType: "forum_post", entityId: post.id, data: { threadId: thread.id } });
  });
  return { postId: post.id, threadId: post.threadId };
}

/** One upvote per person and post, never on one's own post; earns the author UPVOTE_POINTS. */
export async function votePost(db: Database, actor: Actor, input: { postId: string }, options: { skipLimits?: boolean } = {}) {
  const post = await queries.findPost(db, input.postId);
  if (!post || post.isHidden) throw new DomainError("common.notFound");
  if (post.authorUserId === actor.userId) throw new DomainError("forum.cannotVoteOwn");
  if (!options.skipLimits) await consume(db, "votes", actor);
  return db.transaction(async (tx) => {
    if (!(await queries.insertVote(tx, { postId: post.id, userId: actor.userId }))) throw new DomainError("forum.alreadyVoted");
    if (post.authorUserId) await queries.addReputation(tx, { userId: post.authorUserId, points: UPVOTE_POINTS });
    return { postId: post.id, threadId: post.threadId };
  });
}

/**
 * Takes one's upvote back (the author loses its points). Without a vote to remove nothing changes
 * and no error is raised: a second click of "remove" is a no-op, never a double decrement.
 */
export async function unvotePost(db: Database, actor: Actor, input: { postId: string }, options: { skipLimits?: boolean } = {}) {
  const post = await queries.findPost(db, input.postId);
  if (!post || post.isHidden) throw new DomainError("common.notFound");
  // Shares the votes budget: toggling on and off is still limited per hour.
  if (!options.skipLimits) await consume(db, "votes", actor);
  return db.transaction(async (tx) => {
    const removed = await queries.deleteVote(tx, { postId: post.id, userId: actor.userId });
    if (removed && post.authorUserId) await queries.addReputation(tx, { userId: post.authorUserId, points: -UPVOTE_POINTS });
    return { postId: post.id, threadId: post.threadId, removed };
  });
}

/**
 * Marks a reply as the solution: the thread's author, or staff. Moving the mark from one reply to
 * another moves the points with it.
 */
export async function acceptAnswer(db: Database, actor: Actor, input: { postId: string }) {
  const post = await queries.findPost(db, input.postId);
  if (!post || post.isHidden) throw new DomainError("common.notFound");
  return db.transaction(async (tx) => {
    const thread = await queries.lockThreadRow(tx, post.threadId);
    if (!thread || thread.mergedIntoId || (thread.isHidden && !isStaff(actor))) throw new DomainError("common.notFound");
    // Only the asker (or staff) may accept: in anyone else's thread the post answers like a missing one.
    if (thread.authorUserId !== actor.userId && !isStaff(actor)) throw new DomainError("common.notFound");
    if (thread.isLocked && !isStaff(actor)) throw new DomainError("forum.locked");
    if (post.isQuestion) throw new DomainError("forum.cannotAcceptQuestion");
    if (thread.acceptedPostId === post.id) throw new DomainError("forum.alreadyAccepted");
    if (thread.acceptedPostId) {
      const previous = await queries.findPost(tx, thread.acceptedPostId);
      if (previous?.authorUserId && previous.authorUserId !== thread.authorUserId) await queries.addReputation(tx, { userId: previous.authorUserId, points: -ACCEPTED_POINTS, accepted: -1 });
    }
    await queries.setAccepted(tx, { threadId: thread.id, postId: post.id });
    // Answering one's own question earns nothing.
    if (post.authorUserId && post.authorUserId !== thread.authorUserId) await queries.addReputation(tx, { userId: post.authorUserId, points: ACCEPTED_POINTS, accepted: 1 });
    if (isStaff(actor) && thread.authorUserId !== actor.userId)
      await recordAudit(tx, { actorUserId: actor.userId, action: "forum.answer_accepted", entityType: "forum_thread", entityId: thread.id, data: { postId: post.id } });
    return { threadId: thread.id, postId: post.id };
  });
}

export async function setFollowing(db: Database, actor: Actor, input: { threadId: string; isFollowing: boolean }) {
  const thread = await queries.findThread(db, input.threadId);
  if (!thread || thread.mergedIntoId || (thread.isHidden && !isStaff(actor))) throw new DomainError("common.notFound");
  if (input.isFollowing) await queries.follow(db, { threadId: thread.id, userId: actor.userId });
  else await queries.unfollow(db, { threadId: thread.id, userId: actor.userId });
  return { threadId: thread.id, isFollowing: input.isFollowing };
}

/** A member reports a post to the moderators (once per post). */
export async function flagPost(db: Database, actor: Actor, input: FlagInput, options: { skipLimits?: boolean } = {}) {
  const post = await queries.findPost(db, input.postId);
  if (!post || post.isHidden) throw new DomainError("common.notFound");
  if (post.authorUserId === actor.userId) throw new DomainError("forum.cannotFlagOwn");
  if (!options.skipLimits) await consume(db, "flags", actor);
  const flagId = await queries.insertFlag(db, { postId: post.id, reporterUserId: actor.userId, reason: input.reason, note: input.note });
  if (!flagId) throw new DomainError("forum.alreadyFlagged");
  return { flagId, postId: post.id, threadId: post.threadId };
}

// ---------------------------------------------------------------- notifications

const unsubscribeSignature = (threadId: string, userId: string) => {
  if (!env.AUTH_SECRET) throw new Error("AUTH_SECRET is not set: unsubscribe links cannot be signed");
  return createHmac("sha256", env.AUTH_SECRET).update(`forum-unsubscribe:${threadId}:${userId}`).digest("base64url");
};

/** A token that stops one member's emails about one thread; it never expires (the follow may be renewed). */
export const unsubscribeToken = (threadId: string, userId: string) => `${threadId}.${userId}.${unsubscribeSignature(threadId, userId)}`;

/** A token that stops all of one member's mention emails (signed apart from thread tokens: "mentions" is no thread id). */
const MENTIONS_SCOPE = "mentions";
export const mentionUnsubscribeToken = (userId: string) => `${MENTIONS_SCOPE}.${userId}.${unsubscribeSignature(MENTIONS_SCOPE, userId)}`;

export function readUnsubscribeToken(token: string): { threadId: string; userId: string } | null {
  const parsed = readSignedToken(token);
  return parsed && parsed.scope !== MENTIONS_SCOPE ? { threadId: parsed.scope, userId: parsed.userId } : null;
}

function readSignedToken(token: string): { scope: string; userId: string } | null {
  const [threadId, userId, signature, extra] = token.split(".");
  if (!threadId || !userId || !signature || extra !== undefined) return null;
  if (!(threadId === MENTIONS_SCOPE || /^[0-9a-f-]{36}$/.test(threadId)) || !/^[0-9a-f-]{36}$/.test(userId)) return null;
  const expected = Buffer.from(unsubscribeSignature(threadId, userId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { scope: threadId, userId } : null;
}

/** What the unsubscribe page shows before the member confirms (nothing changes on GET). */
export async function describeUnsubscribe(db: Database, token: string): Promise<{ kind: "thread"; threadId: string; title: string; locale: Locale } | { kind: "mentions" }> {
  const signed = readSignedToken(token);
  if (signed?.scope === MENTIONS_SCOPE) return { kind: "mentions" };
  const parsed = readUnsubscribeToken(token);
  if (!parsed) throw new DomainError("forum.unsubscribeInvalid");
  const thread = await queries.findThread(db, parsed.threadId);
  if (!thread) throw new DomainError("forum.unsubscribeInvalid");
  return { kind: "thread", threadId: thread.id, title: thread.title, locale: thread.locale };
}

/** The confirmed unsubscribe (a POST): the token alone authorizes it, as the email recipient holds it. */
export async function unsubscribe(db: Database, input: { token: string }) {
  const signed = readSignedToken(input.token);
  if (signed?.scope === MENTIONS_SCOPE) {
    await queries.setMentionEmails(db, { userId: signed.userId, enabled: false });
    return { threadId: null };
  }
  const parsed = readUnsubscribeToken(input.token);
  if (!parsed) throw new DomainError("forum.unsubscribeInvalid");
  await queries.unfollow(db, parsed);
  return { threadId: parsed.threadId };
}

const threadUrl = (locale: Locale, threadId: string, postId?: string) => `${env.APP_URL.replace(/\/$/, "")}/${locale}/community/t/${threadId}${postId ? `#post-${postId}` : ""}`;

/** The name the forum shows for the author (profile display name), which the account name may lack. */
async function forumName(db: Database, author: Actor) {
  return (await queries.findMember(db, author.userId))?.name || author.name || "";
}

async function notifyFollowers(db: Database, queue: JobQueue, params: { threadId: string; postId: string; author: Actor; text: string; isOfficial: boolean; exceptUserIds?: string[] }) {
  const [thread, followers, authorName] = await Promise.all([
    queries.findThread(db, params.threadId),
    queries.listFollowersToNotify(db, { threadId: params.threadId, exceptUserId: params.author.userId }),
    forumName(db, params.author),
  ]);
  if (!thread) return;
  const excerpt = params.text.length > 400 ? `${params.text.slice(0, 400)}…` : params.text;
  const base = env.APP_URL.replace(/\/$/, "");
  for (const follower of followers) {
    if (params.exceptUserIds?.includes(follower.userId)) continue;
    await enqueueEmail(db, queue, {
      idempotencyKey: `forum-reply/${params.postId}/${follower.userId}`,
      to: follower.email,
      locale: follower.locale,
      template: "forum-reply",
      props: {
        locale: follower.locale,
        threadTitle: thread.title,
        authorName,
        excerpt,
        isOfficial: params.isOfficial,
        url: threadUrl(thread.locale, thread.id, params.postId),
        unsubscribeUrl: `${base}/${thread.locale}/community/unsubscribe?token=${encodeURIComponent(unsubscribeToken(thread.id, follower.userId))}`,
      },
    });
  }
}

/**
 * One email per mentioned person and post (key forum-mention/<post>/<person>), never to the author,
 * never to someone who turned mention emails off, never about a thread they cannot see.
 */
async function notifyMentioned(db: Database, queue: JobQueue, params: { threadId: string; postId: string; author: Actor; text: string; mentioned: Mentioned[] }) {
  const recipients = params.mentioned.filter((person) => person.userId !== params.author.userId && person.mentionEmails);
  if (!recipients.length) return;
  const [thread, authorName] = await Promise.all([queries.findThread(db, params.threadId), forumName(db, params.author)]);
  if (!thread || thread.isHidden || thread.mergedIntoId) return;
  const excerpt = params.text.length > 400 ? `${params.text.slice(0, 400)}…` : params.text;
  const base = env.APP_URL.replace(/\/$/, "");
  for (const person of recipients) {
    await enqueueEmail(db, queue, {
      idempotencyKey: `forum-mention/${params.postId}/${person.userId}`,
      to: person.email,
      locale: person.locale,
      template: "forum-mention",
      props: {
        locale: person.locale,
        threadTitle: thread.title,
        authorName,
        excerpt,
        url: threadUrl(thread.locale, thread.id, params.postId),
        unsubscribeUrl: `${base}/${thread.locale}/community/unsubscribe?token=${encodeURIComponent(mentionUnsubscribeToken(person.userId))}`,
      },
    });
  }
}

// ---------------------------------------------------------------- moderation (staff)

async function threadForStaffOrThrow(db: Database, threadId: string) {
  const thread = await queries.findThread(db, threadId);
  if (!thread || thread.mergedIntoId) throw new DomainError("common.notFound");
  return thread;
}

export async function listFlagQueue(db: Database, _actor: Actor, input: { limit: number }) {
  return queries.listOpenFlags(db, input);
}

/** Upholding a flag hides the post (and, for a question, its thread); dismissing leaves it. Other open flags on the post follow. */
export async function resolveFlag(db: Database, actor: Actor, input: { flagId: string; decision: "uphold" | "dismiss" }) {
  return db.transaction(async (tx) => {
    const status = input.decision === "uphold" ? "upheld" : "dismissed";
    const flag = await queries.resolveFlag(tx, { flagId: input.flagId, status, userId: actor.userId });
    if (!flag) throw new DomainError("common.notFound");
    await queries.resolveFlagsOfPost(tx, { postId: flag.postId, status, userId: actor.userId });
    if (input.decision === "uphold") await hidePost(tx, actor, { postId: flag.postId, isHidden: true }, { audit: false });
    await recordAudit(tx, { actorUserId: actor.userId, action: `forum.flag_${status}`, entityType: "forum_post", entityId: flag.postId, data: { flagId: input.flagId } });
    return { postId: flag.postId };
  });
}

async function hidePost(db: Database, actor: Actor, input: { postId: string; isHidden: boolean }, options: { audit: boolean }) {
  const post = await queries.findPost(db, input.postId);
  if (!post) throw new DomainError("common.notFound");
  await queries.setPostHidden(db, input);
  if (post.isQuestion) await queries.updateThread(db, post.threadId, { isHidden: input.isHidden });
  await queries.recountThread(db, post.threadId);
  if (options.audit)
    await recordAudit(db, { actorUserId: actor.userId, action: input.isHidden ? "forum.post_hidden" : "forum.post_restored", entityType: "forum_post", entityId: post.id, data: { threadId: post.threadId } });
  return { postId: post.id, threadId: post.threadId };
}

export async function setPostHidden(db: Database, actor: Actor, input: { postId: string; isHidden: boolean }) {
  return db.transaction((tx) => hidePost(tx, actor, input, { audit: true }));
}

export async function setThreadLocked(db: Database, actor: Actor, input: { threadId: string; isLocked: boolean }) {
  const thread = await threadForStaffOrThrow(db, input.threadId);
  return db.transaction(async (tx) => {
    await queries.updateThread(tx, thread.id, { isLocked: input.isLocked });
    await recordAudit(tx, { actorUserId: actor.userId, action: input.isLocked ? "forum.thread_locked" : "forum.thread_unlocked", entityType: "forum_thread", entityId: thread.id });
    return { threadId: thread.id };
  });
}

export async function moveThread(db: Database, actor: Actor, input: { threadId: string; categoryId: string }) {
  const thread = await threadForStaffOrThrow(db, input.threadId);
  if (!(await queries.findCategory(db, input.categoryId))) throw new DomainError("forum.categoryNotFound");
  return db.transaction(async (tx) => {
    await queries.updateThread(tx, thread.id, { categoryId: input.categoryId });
    await recordAudit(tx, { actorUserId: actor.userId, action: "forum.thread_moved", entityType: "forum_thread", entityId: thread.id, data: { from: thread.categoryId, to: input.categoryId } });
    return { threadId: thread.id };
  });
}

/** Renames a thread; the old title is kept as a revision of its question. */
export async function renameThread(db: Database, actor: Actor, input: { threadId: string; title: string }) {
  const thread = await threadForStaffOrThrow(db, input.threadId);
  const question = await queries.findQuestionPost(db, thread.id);
  return db.transaction(async (tx) => {
    if (question) await queries.insertRevision(tx, { postId: question.id, bodyMd: question.bodyMd, title: thread.title, editorUserId: actor.userId });
    await queries.updateThread(tx, thread.id, { title: input.title });
    await recordAudit(tx, { actorUserId: actor.userId, action: "forum.thread_renamed", entityType: "forum_thread", entityId: thread.id, data: { from: thread.title, to: input.title } });
    return { threadId: thread.id };
  });
}

/** Merges a duplicate into the original: its posts and followers move; its address redirects. */
export async function mergeThreads(db: Database, actor: Actor, input: { sourceThreadId: string; targetThreadId: string }) {
  if (input.sourceThreadId === input.targetThreadId) throw new DomainError("forum.mergeSame");
  const [source, target] = await Promise.all([threadForStaffOrThrow(db, input.sourceThreadId), threadForStaffOrThrow(db, input.targetThreadId)]);
  return db.transaction(async (tx) => {
    await queries.movePosts(tx, { fromThreadId: source.id, toThreadId: target.id });
    await queries.updateThread(tx, source.id, { isHidden: true, mergedIntoId: target.id, acceptedPostId: null, replyCount: 0, answerCount: 0 });
    await queries.recountThread(tx, target.id);
    await recordAudit(tx, { actorUserId: actor.userId, action: "forum.thread_merged", entityType: "forum_thread", entityId: source.id, data: { into: target.id } });
    return { threadId: target.id };
  });
}

export async function listUnansweredThreads(db: Database, _actor: Actor, input: { olderThanHours: number; limit: number }, now: Date = new Date()) {
  return queries.listUnanswered(db, { before: new Date(now.getTime() - input.olderThanHours * 3600 * 1000), limit: input.limit });
}

/**
 * Opens a case for the thread's author (channel "forum", idempotent per thread through the case's
 * external reference). The thread then says support took over; the case itself stays private.
 */
export async function escalateThread(db: Database, queue: JobQueue, actor: Actor, input: { threadId: string; category: string }) {
  const thread = await threadForStaffOrThrow(db, input.threadId);
  if (!thread.authorUserId) throw new DomainError("forum.noCustomer");
  const customer = await queries.findCustomerOfUser(db, thread.authorUserId);
  if (!customer) throw new DomainError("forum.noCustomer");
  const question = await queries.findQuestionPost(db, thread.id);
  const created = await createCase(
    db,
    queue,
    {
      customerId: customer.id,
      channel: "forum",
      category: input.category,
      subject: thread.title,
      description: `${question?.bodyMd ?? ""}\n\n${threadUrl(thread.locale, thread.id)}`.trim().slice(0, 20_000),
      locale: thread.locale,
      externalReference: { kind: "forum-thread", id: thread.id },
    },
    { authorUserId: actor.userId },
  );
  await db.transaction(async (tx) => {
    await queries.updateThread(tx, thread.id, { caseId: created.id, escalatedAt: thread.escalatedAt ?? new Date() });
    await recordAudit(tx, { actorUserId: actor.userId, action: "forum.thread_escalated", entityType: "forum_thread", entityId: thread.id, data: { caseId: created.id, caseNumber: created.number } });
  });
  return { threadId: thread.id, caseNumber: created.number };
}

/** Drafts a knowledge-base article from a solved thread: the question, then the accepted (or official) answer. */
export async function promoteThread(db: Database, actor: Actor, input: { threadId: string; kbCategoryId: string }) {
  const thread = await threadForStaffOrThrow(db, input.threadId);
  if (thread.articleId) throw new DomainError("forum.alreadyPromoted");
  const answerId = thread.acceptedPostId;
  const pinned = await queries.listPinnedPosts(db, { threadId: thread.id, acceptedPostId: answerId });
  const answer = answerId ? pinned.find((post) => post.id === answerId) : pinned.find((post) => post.isOfficial && !post.isQuestion);
  if (!answer) throw new DomainError("forum.notSolved");
  const [question, answerSource] = await Promise.all([queries.findQuestionPost(db, thread.id), queries.findPost(db, answer.id)]);
  const slug = `${thread.title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "") || "forum"}-${thread.id.slice(0, 8)}`;
  const created = await createArticle(db, actor, {
    categoryId: input.kbCategoryId,
    kind: "article",
    audience: "public",
    translation: {
      locale: thread.locale,
      title: thread.title.slice(0, 200),
      slug,
      summary: "",
      bodyMd: `${question?.bodyMd ?? ""}\n\n---\n\n${answerSource?.bodyMd ?? ""}`.slice(0, 100_000),
      status: "draft",
    },
  });
  await db.transaction(async (tx) => {
    await queries.updateThread(tx, thread.id, { articleId: created.articleId });
    await recordAudit(tx, { actorUserId: actor.userId, action: "forum.thread_promoted", entityType: "forum_thread", entityId: thread.id, data: { articleId: created.articleId } });
  });
  return { threadId: thread.id, articleId: created.articleId };
}

export type { SearchThreadsInput };
