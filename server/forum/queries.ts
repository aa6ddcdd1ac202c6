import { and, asc, desc, eq, inArray, isNotNull, lt, ne, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  agentProfiles,
  cases,
  customers,
  forumCategories,
  forumCategoryTranslations,
  forumFlags,
  forumFollows,
  forumMembers,
  forumPostRevisions,
  forumPosts,
  forumThreads,
  forumVotes,
  users,
} from "@/db/schema";
import type { Locale } from "@/server/i18n/config";
import type { ThreadTab } from "./schemas";

/** What a person is called in the forum: their profile's display name, an agent's name, or the account name. */
const displayName = sql<string>`coalesce(nullif(${customers.displayName}, ''), ${agentProfiles.displayName}, ${users.name}, '')`;

export async function listCategories(db: Database, params: { locale: Locale }) {
  return db
    .select({
      id: forumCategories.id,
      slug: forumCategories.slug,
      family: forumCategories.family,
      name: sql<string>`coalesce(${forumCategoryTranslations.name}, ${forumCategories.slug})`,
      description: sql<string>`coalesce(${forumCategoryTranslations.description}, '')`,
    })
    .from(forumCategories)
    .leftJoin(forumCategoryTranslations, and(eq(forumCategoryTranslations.categoryId, forumCategories.id), eq(forumCategoryTranslations.locale, params.locale)))
    .orderBy(asc(forumCategories.position), asc(forumCategories.slug));
}

export async function findCategoryBySlug(db: Database, slug: string) {
  const [row] = await db.select({ id: forumCategories.id }).from(forumCategories).where(eq(forumCategories.slug, slug)).limit(1);
  return row ?? null;
}

export async function findCategory(db: Database, id: string) {
  const [row] = await db.select({ id: forumCategories.id, slug: forumCategories.slug }).from(forumCategories).where(eq(forumCategories.id, id)).limit(1);
  return row ?? null;
}

const TAB_FILTER: Record<ThreadTab, SQL | undefined> = {
  latest: undefined,
  unanswered: sql`${forumThreads.answerCount} = 0`,
  solved: isNotNull(forumThreads.acceptedPostId),
};

/**
 * One page of visible threads of one language, read from the tab's partial index in its order
 * (unanswered: newest question first; the others: latest activity first). One extra row says
 * whether a next page exists, so no count of the whole forum is ever needed.
 */
export async function listThreads(db: Database, params: { locale: Locale; tab: ThreadTab; categoryId: string | null; limit: number; offset: number }) {
  // "nulls last" as in the partial indexes (drizzle-kit writes DESC NULLS LAST): a different null order makes the planner sort.
  const order =
    params.tab === "unanswered"
      ? [sql`${forumThreads.createdAt} desc nulls last`, sql`${forumThreads.id} desc nulls last`]
      : [sql`${forumThreads.lastPostAt} desc nulls last`, sql`${forumThreads.id} desc nulls last`];
  return db
    .select({
      id: forumThreads.id,
      title: forumThreads.title,
      locale: forumThreads.locale,
      replyCount: forumThreads.replyCount,
      isSolved: sql<boolean>`${forumThreads.acceptedPostId} is not null`,
      hasOfficialAnswer: forumThreads.hasOfficialAnswer,
      isLocked: forumThreads.isLocked,
      isEscalated: sql<boolean>`${forumThreads.caseId} is not null`,
      lastPostAt: forumThreads.lastPostAt,
      createdAt: forumThreads.createdAt,
      categorySlug: forumCategories.slug,
      categoryName: sql<string>`coalesce(${forumCategoryTranslations.name}, ${forumCategories.slug})`,
      authorUserId: forumThreads.authorUserId,
      authorName: displayName,
    })
    .from(forumThreads)
    .innerJoin(forumCategories, eq(forumCategories.id, forumThreads.categoryId))
    .leftJoin(forumCategoryTranslations, and(eq(forumCategoryTranslations.categoryId, forumCategories.id), eq(forumCategoryTranslations.locale, params.locale)))
    .leftJoin(users, eq(users.id, forumThreads.authorUserId))
    .leftJoin(customers, eq(customers.userId, users.id))
    .leftJoin(agentProfiles, eq(agentProfiles.userId, users.id))
    .where(
      and(
        eq(forumThreads.locale, params.locale),
        eq(forumThreads.isHidden, false),
        TAB_FILTER[params.tab],
        params.categoryId ? eq(forumThreads.categoryId, params.categoryId) : undefined,
      ),
    )
    .orderBy(...order)
    .limit(params.limit)
    .offset(params.offset);
}

export type ThreadRow = NonNullable<Awaited<ReturnType<typeof findThread>>>;

export async function findThread(db: Database, id: string, locale?: Locale) {
  const [row] = await db
    .select({
      id: forumThreads.id,
      title: forumThreads.title,
      locale: forumThreads.locale,
      categoryId: forumThreads.categoryId,
      categorySlug: forumCategories.slug,
      categoryName: sql<string>`coalesce(${forumCategoryTranslations.name}, ${forumCategories.slug})`,
      authorUserId: forumThreads.authorUserId,
      acceptedPostId: forumThreads.acceptedPostId,
      hasOfficialAnswer: forumThreads.hasOfficialAnswer,
      isLocked: forumThreads.isLocked,
      isHidden: forumThreads.isHidden,
      mergedIntoId: forumThreads.mergedIntoId,
      caseId: forumThreads.caseId,
      caseNumber: cases.number,
      escalatedAt: forumThreads.escalatedAt,
      articleId: forumThreads.articleId,
      replyCount: forumThreads.replyCount,
      answerCount: forumThreads.answerCount,
      lastPostAt: forumThreads.lastPostAt,
      createdAt: forumThreads.createdAt,
    })
    .from(forumThreads)
    .innerJoin(forumCategories, eq(forumCategories.id, forumThreads.categoryId))
    .leftJoin(
      forumCategoryTranslations,
      and(eq(forumCategoryTranslations.categoryId, forumCategories.id), sql`${forumCategoryTranslations.locale} = coalesce(${locale ?? null}::locale, ${forumThreads.locale})`),
    )
    .leftJoin(cases, eq(cases.id, forumThreads.caseId))
    .where(eq(forumThreads.id, id))
    .limit(1);
  return row ?? null;
}

/** Locks the thread row for the rest of the transaction (counters and the accepted answer change together). */
export async function lockThreadRow(db: Database, id: string) {
  const [row] = await db
    .select({ id: forumThreads.id, authorUserId: forumThreads.authorUserId, isLocked: forumThreads.isLocked, isHidden: forumThreads.isHidden, acceptedPostId: forumThreads.acceptedPostId, mergedIntoId: forumThreads.mergedIntoId })
    .from(forumThreads)
    .where(eq(forumThreads.id, id))
    .for("update")
    .limit(1);
  return row ?? null;
}

export type PostRow = Awaited<ReturnType<typeof listPosts>>[number];

/** Posts with each author's name, role and reputation (the shape every post list shows). */
function selectPostsWithAuthors(db: Database) {
  return db
    .select({
      id: forumPosts.id,
      authorUserId: forumPosts.authorUserId,
      authorName: displayName,
      authorRole: users.role,
      authorReputation: sql<number>`coalesce(${forumMembers.reputation}, 0)`,
      isQuestion: forumPosts.isQuestion,
      bodyMd: forumPosts.bodyMd,
      bodyHtml: forumPosts.bodyHtml,
      isOfficial: forumPosts.isOfficial,
      isHidden: forumPosts.isHidden,
      voteCount: forumPosts.voteCount,
      editedAt: forumPosts.editedAt,
      createdAt: forumPosts.createdAt,
    })
    .from(forumPosts)
    .leftJoin(users, eq(users.id, forumPosts.authorUserId))
    .leftJoin(customers, eq(customers.userId, users.id))
    .leftJoin(agentProfiles, eq(agentProfiles.userId, users.id))
    .leftJoin(forumMembers, eq(forumMembers.userId, users.id));
}

/** A page of a thread's posts in order, with each author's name, role and reputation. */
export async function listPosts(db: Database, params: { threadId: string; includeHidden: boolean; limit: number; offset: number }) {
  return selectPostsWithAuthors(db)
    .where(and(eq(forumPosts.threadId, params.threadId), params.includeHidden ? undefined : eq(forumPosts.isHidden, false)))
    .orderBy(asc(forumPosts.createdAt), asc(forumPosts.id))
    .limit(params.limit)
    .offset(params.offset);
}

/** Posts shown outside the page order: the question, the accepted answer and official answers. */
export async function listPinnedPosts(db: Database, params: { threadId: string; acceptedPostId: string | null }) {
  return selectPostsWithAuthors(db)
    .where(
      and(
        eq(forumPosts.threadId, params.threadId),
        eq(forumPosts.isHidden, false),
        sql`(${forumPosts.isQuestion} or ${forumPosts.isOfficial} or ${forumPosts.id} = ${params.acceptedPostId ?? null}::uuid)`,
      ),
    )
    .orderBy(asc(forumPosts.createdAt), asc(forumPosts.id))
    .limit(20);
}

export async function votedPostIds(db: Database, params: { userId: string; postIds: string[] }): Promise<Set<string>> {
  if (!params.postIds.length) return new Set();
  const rows = await db
    .select({ postId: forumVotes.postId })
    .from(forumVotes)
    .where(and(eq(forumVotes.userId, params.userId), inArray(forumVotes.postId, params.postIds)));
  return new Set(rows.map((row) => row.postId));
}

export async function isFollowing(db: Database, params: { userId: string; threadId: string }) {
  const [row] = await db
    .select({ threadId: forumFollows.threadId })
    .from(forumFollows)
    .where(and(eq(forumFollows.userId, params.userId), eq(forumFollows.threadId, params.threadId)))
    .limit(1);
  return !!row;
}

export async function findPost(db: Database, id: string) {
  const [row] = await db
    .select({
      id: forumPosts.id,
      threadId: forumPosts.threadId,
      authorUserId: forumPosts.authorUserId,
      isQuestion: forumPosts.isQuestion,
      isOfficial: forumPosts.isOfficial,
      isHidden: forumPosts.isHidden,
      bodyMd: forumPosts.bodyMd,
    })
    .from(forumPosts)
    .where(eq(forumPosts.id, id))
    .limit(1);
  return row ?? null;
}

export async function findAuthorFacts(db: Database, userId: string) {
  const [row] = await db
    .select({ createdAt: users.createdAt, role: users.role, reputation: sql<number>`coalesce(${forumMembers.reputation}, 0)` })
    .from(users)
    .leftJoin(forumMembers, eq(forumMembers.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

export async function insertThread(db: Database, values: typeof forumThreads.$inferInsert) {
  const [row] = await db.insert(forumThreads).values(values).returning({ id: forumThreads.id });
  return row!.id;
}

export async function insertPost(db: Database, values: typeof forumPosts.$inferInsert) {
  const [row] = await db.insert(forumPosts).values(values).returning({ id: forumPosts.id, createdAt: forumPosts.createdAt });
  return row!;
}

/** After a reply: counters and last activity (an answer is any visible reply by someone other than the author). */
export async function recordReply(db: Database, params: { threadId: string; at: Date; isAnswer: boolean; isOfficial: boolean }) {
  await db
    .update(forumThreads)
    .set({
      replyCount: sql`${forumThreads.replyCount} + 1`,
      answerCount: params.isAnswer ? sql`${forumThreads.answerCount} + 1` : forumThreads.answerCount,
      hasOfficialAnswer: params.isOfficial ? true : forumThreads.hasOfficialAnswer,
      lastPostAt: params.at,
    })
    .where(eq(forumThreads.id, params.threadId));
}

/** Recomputes a thread's counters from its visible posts (after hiding, restoring or merging). */
export async function recountThread(db: Database, threadId: string) {
  await db.execute(sql`
    update forum_threads t set
      reply_count = s.replies,
      answer_count = s.answers,
      has_official_answer = s.officials > 0,
      last_post_at = coalesce(s.last_at, t.created_at),
      accepted_post_id = case when t.accepted_post_id in (select id from forum_posts where thread_id = t.id and not is_hidden) then t.accepted_post_id end
    from (
      select count(*) filter (where not p.is_question)::int as replies,
        count(*) filter (where not p.is_question and (p.is_official or p.author_user_id is distinct from th.author_user_id))::int as answers,
        count(*) filter (where p.is_official)::int as officials,
        max(p.created_at) as last_at
      from forum_posts p join forum_threads th on th.id = p.thread_id
      where p.thread_id = ${threadId} and not p.is_hidden
    ) s
    where t.id = ${threadId}`);
}

export async function updatePostBody(db: Database, params: { postId: string; bodyMd: string; bodyHtml: string; at: Date }) {
  await db.update(forumPosts).set({ bodyMd: params.bodyMd, bodyHtml: params.bodyHtml, editedAt: params.at }).where(eq(forumPosts.id, params.postId));
}

export async function insertRevision(db: Database, values: typeof forumPostRevisions.$inferInsert) {
  await db.insert(forumPostRevisions).values(values);
}

export async function listRevisions(db: Database, postId: string) {
  return db
    .select({ id: forumPostRevisions.id, bodyMd: forumPostRevisions.bodyMd, title: forumPostRevisions.title, createdAt: forumPostRevisions.createdAt })
    .from(forumPostRevisions)
    .where(eq(forumPostRevisions.postId, postId))
    .orderBy(desc(forumPostRevisions.createdAt))
    .limit(50);
}

export async function updateThreadSearchText(db: Database, params: { threadId: string; searchText: string }) {
  await db.update(forumThreads).set({ searchText: params.searchText }).where(eq(forumThreads.id, params.threadId));
}

/** True when the vote is new (a second vote by the same person inserts nothing). */
export async function insertVote(db: Database, params: { postId: string; userId: string }): Promise<boolean> {
  const rows = await db.insert(forumVotes).values(params).onConflictDoNothing().returning({ postId: forumVotes.postId });
  if (!rows.length) return false;
  await db.update(forumPosts).set({ voteCount: sql`${forumPosts.voteCount} + 1` }).where(eq(forumPosts.id, params.postId));
  return true;
}

/** True when a vote was there to remove (removing twice removes nothing). */
export async function deleteVote(db: Database, params: { postId: string; userId: string }): Promise<boolean> {
  const rows = await db
    .delete(forumVotes)
    .where(and(eq(forumVotes.postId, params.postId), eq(forumVotes.userId, params.userId)))
    .returning({ postId: forumVotes.postId });
  if (!rows.length) return false;
  await db.update(forumPosts).set({ voteCount: sql`greatest(0, ${forumPosts.voteCount} - 1)` }).where(eq(forumPosts.id, params.postId));
  return true;
}

export async function addReputation(db: Database, params: { userId: string; points: number; accepted?: number; posts?: number }) {
  await db
    .insert(forumMembers)
    .values({ userId: params.userId, reputation: Math.max(0, params.points), acceptedCount: Math.max(0, params.accepted ?? 0), postCount: Math.max(0, params.posts ?? 0) })
    .onConflictDoUpdate({
      target: forumMembers.userId,
      set: {
        reputation: sql`greatest(0, ${forumMembers.reputation} + ${params.points})`,
        acceptedCount: sql`greatest(0, ${forumMembers.acceptedCount} + ${params.accepted ?? 0})`,
        postCount: sql`greatest(0, ${forumMembers.postCount} + ${params.posts ?? 0})`,
        updatedAt: sql`now()`,
      },
    });
}

export async function setAccepted(db: Database, params: { threadId: string; postId: string | null }) {
  await db.update(forumThreads).set({ acceptedPostId: params.postId }).where(eq(forumThreads.id, params.threadId));
}

export async function follow(db: Database, params: { threadId: string; userId: string }) {
  await db.insert(forumFollows).values(params).onConflictDoNothing();
}

export async function unfollow(db: Database, params: { threadId: string; userId: string }) {
  const rows = await db
    .delete(forumFollows)
    .where(and(eq(forumFollows.threadId, params.threadId), eq(forumFollows.userId, params.userId)))
    .returning({ userId: forumFollows.userId });
  return rows.length > 0;
}

/** Who gets an email about a new post: followers with an active account, except its author. */
export async function listFollowersToNotify(db: Database, params: { threadId: string; exceptUserId: string }) {
  return db
    .select({ userId: users.id, email: users.email, locale: users.locale })
    .from(forumFollows)
    .innerJoin(users, eq(users.id, forumFollows.userId))
    .where(and(eq(forumFollows.threadId, params.threadId), ne(forumFollows.userId, params.exceptUserId), sql`${users.disabledAt} is null`))
    .limit(1000);
}

/** The new flag's id, or null when this person already flagged this post. */
export async function insertFlag(db: Database, values: typeof forumFlags.$inferInsert): Promise<string | null> {
  const [row] = await db.insert(forumFlags).values(values).onConflictDoNothing().returning({ id: forumFlags.id });
  return row?.id ?? null;
}

export async function listOpenFlags(db: Database, params: { limit: number }) {
  return db
    .select({
      id: forumFlags.id,
      reason: forumFlags.reason,
      note: forumFlags.note,
      createdAt: forumFlags.createdAt,
      postId: forumPosts.id,
      postHtml: forumPosts.bodyHtml,
      postHidden: forumPosts.isHidden,
      isQuestion: forumPosts.isQuestion,
      threadId: forumThreads.id,
      threadTitle: forumThreads.title,
      threadLocale: forumThreads.locale,
      authorName: displayName,
    })
    .from(forumFlags)
    .innerJoin(forumPosts, eq(forumPosts.id, forumFlags.postId))
    .innerJoin(forumThreads, eq(forumThreads.id, forumPosts.threadId))
    .leftJoin(users, eq(users.id, forumPosts.authorUserId))
    .leftJoin(customers, eq(customers.userId, users.id))
    .leftJoin(agentProfiles, eq(agentProfiles.userId, users.id))
    .where(eq(forumFlags.status, "open"))
    .orderBy(asc(forumFlags.createdAt))
    .limit(params.limit);
}

export async function resolveFlag(db: Database, params: { flagId: string; status: "upheld" | "dismissed"; userId: string }) {
  const [row] = await db
    .update(forumFlags)
    .set({ status: params.status, resolvedById: params.userId, resolvedAt: new Date() })
    .where(and(eq(forumFlags.id, params.flagId), eq(forumFlags.status, "open")))
    .returning({ postId: forumFlags.postId });
  return row ?? null;
}

/** Resolves the other open flags of a post once a moderator decided about it. */
export async function resolveFlagsOfPost(db: Database, params: { postId: string; status: "upheld" | "dismissed"; userId: string }) {
  await db
    .update(forumFlags)
    .set({ status: params.status, resolvedById: params.userId, resolvedAt: new Date() })
    .where(and(eq(forumFlags.postId, params.postId), eq(forumFlags.status, "open")));
}

export async function setPostHidden(db: Database, params: { postId: string; isHidden: boolean }) {
  await db.update(forumPosts).set({ isHidden: params.isHidden }).where(eq(forumPosts.id, params.postId));
}

export async function updateThread(db: Database, id: string, values: Partial<typeof forumThreads.$inferInsert>) {
  const rows = await db.update(forumThreads).set(values).where(eq(forumThreads.id, id)).returning({ id: forumThreads.id });
  return rows.length > 0;
}

/** Moves every post of one thread into another; the moved question becomes an ordinary reply. */
export async function movePosts(db: Database, params: { fromThreadId: string; toThreadId: string }) {
  await db.update(forumPosts).set({ threadId: params.toThreadId, isQuestion: false }).where(eq(forumPosts.threadId, params.fromThreadId));
  await db.execute(sql`
    insert into forum_follows (thread_id, user_id, created_at)
    select ${params.toThreadId}::uuid, user_id, created_at from forum_follows where thread_id = ${params.fromThreadId}
    on conflict do nothing`);
}

export async function findQuestionPost(db: Database, threadId: string) {
  const [row] = await db
    .select({ id: forumPosts.id, bodyMd: forumPosts.bodyMd })
    .from(forumPosts)
    .where(and(eq(forumPosts.threadId, threadId), eq(forumPosts.isQuestion, true)))
    .limit(1);
  return row ?? null;
}

/** The bridge to cases: the thread author's customer record (null for staff or deleted accounts). */
export async function findCustomerOfUser(db: Database, userId: string) {
  const [row] = await db.select({ id: customers.id }).from(customers).where(eq(customers.userId, userId)).limit(1);
  return row ?? null;
}

/** The back-office list of questions nobody answered, oldest first. */
export async function listUnanswered(db: Database, params: { before: Date; limit: number }) {
  return db
    .select({
      id: forumThreads.id,
      title: forumThreads.title,
      locale: forumThreads.locale,
      createdAt: forumThreads.createdAt,
      isEscalated: sql<boolean>`${forumThreads.caseId} is not null`,
      categoryName: forumCategories.slug,
    })
    .from(forumThreads)
    .innerJoin(forumCategories, eq(forumCategories.id, forumThreads.categoryId))
    .where(and(eq(forumThreads.isHidden, false), eq(forumThreads.answerCount, 0), lt(forumThreads.createdAt, params.before)))
    .orderBy(asc(forumThreads.createdAt), asc(forumThreads.id))
    .limit(params.limit);
}

export async function findMember(db: Database, userId: string) {
  const [row] = await db
    .select({
      userId: users.id,
      name: displayName,
      role: users.role,
      memberSince: users.createdAt,
      reputation: sql<number>`coalesce(${forumMembers.reputation}, 0)`,
      acceptedCount: sql<number>`coalesce(${forumMembers.acceptedCount}, 0)`,
      postCount: sql<number>`coalesce(${forumMembers.postCount}, 0)`,
    })
    .from(users)
    .leftJoin(customers, eq(customers.userId, users.id))
    .leftJoin(agentProfiles, eq(agentProfiles.userId, users.id))
    .leftJoin(forumMembers, eq(forumMembers.userId, users.id))
    .where(and(eq(users.id, userId), sql`${users.disabledAt} is null`))
    .limit(1);
  return row ?? null;
}

/** A member's latest visible posts, in visible threads. */
export async function listMemberPosts(db: Database, params: { userId: string; limit: number }) {
  return db
    .select({
      postId: forumPosts.id,
      threadId: forumThreads.id,
      threadTitle: forumThreads.title,
      threadLocale: forumThreads.locale,
      isQuestion: forumPosts.isQuestion,
      isAccepted: sql<boolean>`${forumThreads.acceptedPostId} = ${forumPosts.id}`,
      createdAt: forumPosts.createdAt,
    })
    .from(forumPosts)
    .innerJoin(forumThreads, eq(forumThreads.id, forumPosts.threadId))
    .where(and(eq(forumPosts.authorUserId, params.userId), eq(forumPosts.isHidden, false), eq(forumThreads.isHidden, false)))
    .orderBy(desc(forumPosts.createdAt))
    .limit(params.limit);
}

/**
 * Full text in the thread's language configuration (kb_regconfig: unaccent + stemmer, the same as
 * the help center), over a bounded candidate set from the partial GIN index.
 */
export async function rankThreads(db: Database, params: { locale: Locale; tsquery: string; limit: number }) {
  const rows = await db.execute<Record<string, unknown>>(sql`
    with cand as (
      select t.id, t.search_vector, t.last_post_at
      from forum_threads t
      where t.search_vector @@ to_tsquery(kb_regconfig(${params.locale}::locale), ${params.tsquery})
        and t.is_hidden = false and t.locale = ${params.locale}::locale
      limit 500
    )
    select t.id, t.title, t.locale, t.reply_count as "replyCount", t.accepted_post_id is not null as "isSolved",
      t.has_official_answer as "hasOfficialAnswer", t.last_post_at as "lastPostAt",
      ts_rank('{0.05, 0.2, 0.4, 1.0}', c.search_vector, to_tsquery(kb_regconfig(${params.locale}::locale), ${params.tsquery}), 1)
        * case when t.accepted_post_id is not null or t.has_official_answer then 1.2 else 1 end as score
    from cand c join forum_threads t on t.id = c.id
    order by score desc, t.last_post_at desc, t.id
    limit ${params.limit}`);
  return rows.map(toSearchRow);
}

/** Typo fallback: titles that look like the query (trigram word similarity on the unaccented title). */
export async function similarThreadTitles(db: Database, params: { locale: Locale; text: string; limit: number; excludeIds: string[] }) {
  const exclude = params.excludeIds.length ? sql`and t.id not in (${sql.join(params.excludeIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
  const rows = await db.execute<Record<string, unknown>>(sql`
    select t.id, t.title, t.locale, t.reply_count as "replyCount", t.accepted_post_id is not null as "isSolved",
      t.has_official_answer as "hasOfficialAnswer", t.last_post_at as "lastPostAt",
      word_similarity(${params.text}, kb_unaccent(lower(t.title))) * 0.01 as score
    from forum_threads t
    where ${params.text} <% kb_unaccent(lower(t.title)) and t.locale = ${params.locale}::locale and t.is_hidden = false ${exclude}
    order by score desc, t.id
    limit ${params.limit}`);
  return rows.map(toSearchRow);
}

export type ThreadSearchRow = ReturnType<typeof toSearchRow>;

function toSearchRow(row: Record<string, unknown>) {
  return {
    id: String(row.id),
    title: String(row.title),
    locale: row.locale as Locale,
    replyCount: Number(row.replyCount),
    isSolved: Boolean(row.isSolved),
    hasOfficialAnswer: Boolean(row.hasOfficialAnswer),
    lastPostAt: new Date(row.lastPostAt as string),
    score: Number(row.score),
  };
}


/**
 * A member's @handle: their forum display name without accents, lower-cased, with every run of
 * other characters turned into one hyphen ("Zoé Martin" → "zoe-martin"). Must match mentionHandle() in mentions.ts.
 */
const handleOf = sql<string>`trim(both '-' from regexp_replace(lower(kb_unaccent(${displayName})), '[^a-z0-9]+', '-', 'g'))`;

/**
 * The active people behind these handles, with what a mention email needs. A handle two people
 * share is returned twice: the caller links neither (a mention must not reach the wrong person).
 */
export async function findMentionableUsers(db: Database, handles: string[]) {
  if (!handles.length) return [];
  return db
    .select({
      handle: handleOf,
      userId: users.id,
      email: users.email,
      locale: users.locale,
      mentionEmails: sql<boolean>`coalesce(${forumMembers.mentionEmails}, true)`,
    })
    .from(users)
    .leftJoin(customers, eq(customers.userId, users.id))
    .leftJoin(agentProfiles, eq(agentProfiles.userId, users.id))
    .leftJoin(forumMembers, eq(forumMembers.userId, users.id))
    .where(and(sql`${users.disabledAt} is null`, inArray(handleOf, handles)))
    .limit(handles.length * 3);
}

/** Stops (or resumes) a member's mention emails. */
export async function setMentionEmails(db: Database, params: { userId: string; enabled: boolean }) {
  // From users: a token of an account deleted since inserts nothing instead of failing on the foreign key.
  await db.execute(sql`
    insert into forum_members (user_id, mention_emails) select id, ${params.enabled} from users where id = ${params.userId}
    on conflict (user_id) do update set mention_emails = excluded.mention_emails, updated_at = now()`);
}
