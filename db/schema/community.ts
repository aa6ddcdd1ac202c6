import { sql, type SQL } from "drizzle-orm";
import { boolean, customType, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { locale, users } from "./identity";
import { kbArticles } from "./knowledge";

// Same text-search configurations as the help center (kb_regconfig(), migration "kb-search").
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const forumFlagReason = pgEnum("forum_flag_reason", ["spam", "abuse", "off_topic", "other"]);
export const forumFlagStatus = pgEnum("forum_flag_status", ["open", "upheld", "dismissed"]);

/** One category per product family (phones, laptops…), named in each language. */
export const forumCategories = pgTable(
  "forum_categories",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    /** The product family of the catalogue (products.family) this category is about. */
    family: text().notNull(),
    position: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("forum_categories_slug_key").on(t.slug)],
);

export const forumCategoryTranslations = pgTable(
  "forum_category_translations",
  {
    categoryId: uuid()
      .notNull()
      .references(() => forumCategories.id, { onDelete: "cascade" }),
    locale: locale().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.categoryId, t.locale] })],
);

export const forumThreads = pgTable(
  "forum_threads",
  {
    id: uuid().primaryKey().defaultRandom(),
    categoryId: uuid()
      .notNull()
      .references(() => forumCategories.id, { onDelete: "restrict" }),
    locale: locale().notNull(),
    /** Plain text (React escapes it); never rendered as HTML. */
    title: text().notNull(),
    authorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** The question's plain text (from the sanitized HTML), for search. */
    searchText: text().notNull().default(""),
    replyCount: integer().notNull().default(0),
    /** Replies by someone other than the author, or official: "unanswered" means none. */
    answerCount: integer().notNull().default(0),
    acceptedPostId: uuid().references((): AnyPgColumn => forumPosts.id, { onDelete: "set null" }),
    hasOfficialAnswer: boolean().notNull().default(false),
    isLocked: boolean().notNull().default(false),
    isHidden: boolean().notNull().default(false),
    /** Set when a moderator merged this thread into another: its page redirects there. */
    mergedIntoId: uuid().references((): AnyPgColumn => forumThreads.id, { onDelete: "set null" }),
    /** The case support opened from this thread (only "support took over" is shown publicly). */
    caseId: uuid().references(() => cases.id, { onDelete: "set null" }),
    escalatedAt: timestamp({ withTimezone: true }),
    /** The knowledge-base article drafted from this thread. */
    articleId: uuid().references(() => kbArticles.id, { onDelete: "set null" }),
    lastPostAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector().generatedAlwaysAs(
      (): SQL => sql`setweight(to_tsvector(kb_regconfig(locale), coalesce(title, '')), 'A') || setweight(to_tsvector(kb_regconfig(locale), left(coalesce(search_text, ''), 20000)), 'B')`,
    ),
  },
  (t) => [
    index().on(t.categoryId),
    index().on(t.authorUserId),
    index().on(t.acceptedPostId),
    index().on(t.mergedIntoId),
    index().on(t.caseId),
    index().on(t.articleId),
    // Same direction on every column as the lists' ORDER BY (… desc, id desc), or the planner sorts.
    // The three list tabs read a bounded page of visible threads of one language, newest activity first.
    index("forum_threads_latest_idx").on(t.locale, t.lastPostAt.desc(), t.id.desc()).where(sql`${t.isHidden} = false`),
    index("forum_threads_unanswered_idx").on(t.locale, t.createdAt.desc(), t.id.desc()).where(sql`${t.isHidden} = false and ${t.answerCount} = 0`),
    index("forum_threads_solved_idx").on(t.locale, t.lastPostAt.desc(), t.id.desc()).where(sql`${t.isHidden} = false and ${t.acceptedPostId} is not null`),
    index("forum_threads_category_latest_idx").on(t.categoryId, t.locale, t.lastPostAt.desc(), t.id.desc()).where(sql`${t.isHidden} = false`),
    index("forum_threads_search_idx").using("gin", t.searchVector).where(sql`${t.isHidden} = false`),
    index("forum_threads_title_trgm_idx").using("gin", sql`kb_unaccent(lower(${t.title})) gin_trgm_ops`),
  ],
);

export const forumPosts = pgTable(
  "forum_posts",
  {
    id: uuid().primaryKey().defaultRandom(),
    threadId: uuid()
      .notNull()
      .references((): AnyPgColumn => forumThreads.id, { onDelete: "cascade" }),
    authorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** The first post of a thread is its question. */
    isQuestion: boolean().notNull().default(false),
    bodyMd: text().notNull(),
    /** renderMarkdown(bodyMd).html, computed once when written: the only thing rendered as HTML. */
    bodyHtml: text().notNull(),
    /** An agent's answer that support stands behind, shown first after the question. */
    isOfficial: boolean().notNull().default(false),
    isHidden: boolean().notNull().default(false),
    voteCount: integer().notNull().default(0),
    editedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("forum_posts_thread_idx").on(t.threadId, t.createdAt, t.id), index().on(t.authorUserId, t.createdAt.desc())],
);

/** Every earlier version of a post (and of its thread's title when a moderator renamed it). */
export const forumPostRevisions = pgTable(
  "forum_post_revisions",
  {
    id: uuid().primaryKey().defaultRandom(),
    postId: uuid()
      .notNull()
      .references(() => forumPosts.id, { onDelete: "cascade" }),
    bodyMd: text().notNull(),
    title: text(),
    editorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.postId, t.createdAt), index().on(t.editorUserId)],
);

export const forumVotes = pgTable(
  "forum_votes",
  {
    postId: uuid()
      .notNull()
      .references(() => forumPosts.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] }), index().on(t.userId)],
);

export const forumFollows = pgTable(
  "forum_follows",
  {
    threadId: uuid()
      .notNull()
      .references(() => forumThreads.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.userId] }), index().on(t.userId)],
);

export const forumFlags = pgTable(
  "forum_flags",
  {
    id: uuid().primaryKey().defaultRandom(),
    postId: uuid()
      .notNull()
      .references(() => forumPosts.id, { onDelete: "cascade" }),
    reporterUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    reason: forumFlagReason().notNull(),
    note: text().notNull().default(""),
    status: forumFlagStatus().notNull().default("open"),
    resolvedById: uuid().references(() => users.id, { onDelete: "set null" }),
    resolvedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("forum_flags_post_reporter_key").on(t.postId, t.reporterUserId),
    index("forum_flags_open_idx").on(t.createdAt).where(sql`${t.status} = 'open'`),
    index().on(t.reporterUserId),
    index().on(t.resolvedById),
  ],
);

/** Reputation totals, kept in the same transaction as the vote or acceptance that earns them. */
export const forumMembers = pgTable(
  "forum_members",
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    reputation: integer().notNull().default(0),
    acceptedCount: integer().notNull().default(0),
    postCount: integer().notNull().default(0),
    /** False once the member used the unsubscribe link of a mention email. */
    mentionEmails: boolean().notNull().default(true),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("forum_members_reputation_idx").on(t.reputation.desc())],
);
