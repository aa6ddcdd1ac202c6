import { sql, type SQL } from "drizzle-orm";
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { locale, users } from "./identity";

// The text-search configurations kb_en / kb_fr / kb_it (unaccent + the language's stemmer) and the
// immutable helpers kb_regconfig() / kb_unaccent() come from the custom migration "kb-search".
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** Who may read an article: internal articles are for staff only, never shown to customers. */
export const kbAudience = pgEnum("kb_audience", ["public", "internal"]);
export const kbStatus = pgEnum("kb_status", ["draft", "published", "archived"]);
/** A FAQ entry is a short article: the question is its title, the answer its body. */
export const kbKind = pgEnum("kb_kind", ["article", "faq"]);
/** Where a search came from, so analytics can tell help-center searches from case-form deflection. */
export const kbSearchContext = pgEnum("kb_search_context", ["help", "case_form", "forum", "backoffice", "bot"]);

/** A category (parentId null) or a section inside a category. */
export const kbCategories = pgTable(
  "kb_categories",
  {
    id: uuid().primaryKey().defaultRandom(),
    parentId: uuid().references((): AnyPgColumn => kbCategories.id, { onDelete: "cascade" }),
    slug: text().notNull(),
    position: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("kb_categories_slug_key").on(t.slug), index().on(t.parentId)],
);

export const kbCategoryTranslations = pgTable(
  "kb_category_translations",
  {
    categoryId: uuid()
      .notNull()
      .references(() => kbCategories.id, { onDelete: "cascade" }),
    locale: locale().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.categoryId, t.locale] })],
);

export const kbArticles = pgTable(
  "kb_articles",
  {
    id: uuid().primaryKey().defaultRandom(),
    categoryId: uuid()
      .notNull()
      .references(() => kbCategories.id, { onDelete: "restrict" }),
    kind: kbKind().notNull().default("article"),
    audience: kbAudience().notNull().default("public"),
    position: integer().notNull().default(0),
    helpfulCount: integer().notNull().default(0),
    notHelpfulCount: integer().notNull().default(0),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.categoryId),
    index().on(t.createdById),
    // Every help-center list reads a bounded page in one of these orders, whatever the size of the base.
    index("kb_articles_category_position_idx").on(t.categoryId, t.position, t.id),
    index("kb_articles_category_helpful_idx").on(t.categoryId, t.helpfulCount.desc(), t.id),
    index("kb_articles_helpful_idx").on(t.helpfulCount.desc(), t.id),
    index("kb_articles_kind_position_idx").on(t.kind, t.position, t.id),
  ],
);

/** One language of an article. Each translation has its own status, slug and version counter. */
export const kbArticleTranslations = pgTable(
  "kb_article_translations",
  {
    id: uuid().primaryKey().defaultRandom(),
    articleId: uuid()
      .notNull()
      .references(() => kbArticles.id, { onDelete: "cascade" }),
    locale: locale().notNull(),
    // Copied from the article so the search index can filter without a join.
    audience: kbAudience().notNull().default("public"),
    slug: text().notNull(),
    title: text().notNull(),
    summary: text().notNull().default(""),
    bodyMd: text().notNull(),
    /** The sanitizer's output, produced once on write. */
    bodyHtml: text().notNull(),
    /** Plain text of the body, for the index and the highlighted snippets. */
    bodyText: text().notNull(),
    status: kbStatus().notNull().default("draft"),
    version: integer().notNull().default(1),
    publishedAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedById: uuid().references(() => users.id, { onDelete: "set null" }),
    searchVector: tsvector().generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector(kb_regconfig(locale), coalesce(title, '')), 'A') || setweight(to_tsvector(kb_regconfig(locale), coalesce(summary, '')), 'B') || setweight(to_tsvector(kb_regconfig(locale), coalesce(body_text, '')), 'C')`,
    ),
  },
  (t) => [
    uniqueIndex("kb_article_translations_article_locale_key").on(t.articleId, t.locale),
    uniqueIndex("kb_article_translations_locale_slug_key").on(t.locale, t.slug),
    // One partial index per language, none over every row (every search names its language and reads
    // published entries only): a search reads only its language's published entries, without
    // intersecting a second index (measured: the BitmapAnd with the locale index cost 7 ms at 100k).
    index("kb_article_translations_search_en_idx").using("gin", t.searchVector).with({ fastupdate: false }).where(sql`${t.locale} = 'en' and ${t.status} = 'published'`),
    index("kb_article_translations_search_fr_idx").using("gin", t.searchVector).with({ fastupdate: false }).where(sql`${t.locale} = 'fr' and ${t.status} = 'published'`),
    index("kb_article_translations_search_it_idx").using("gin", t.searchVector).with({ fastupdate: false }).where(sql`${t.locale} = 'it' and ${t.status} = 'published'`),
    // Titles alone, per language: search takes its first candidates from title matches (a cheap
    // pre-ranking), and suggestions are a prefix lookup here.
    index("kb_article_translations_title_en_idx").using("gin", sql`to_tsvector(kb_regconfig(${t.locale}), ${t.title})`).with({ fastupdate: false }).where(sql`${t.locale} = 'en' and ${t.status} = 'published'`),
    index("kb_article_translations_title_fr_idx").using("gin", sql`to_tsvector(kb_regconfig(${t.locale}), ${t.title})`).with({ fastupdate: false }).where(sql`${t.locale} = 'fr' and ${t.status} = 'published'`),
    index("kb_article_translations_title_it_idx").using("gin", sql`to_tsvector(kb_regconfig(${t.locale}), ${t.title})`).with({ fastupdate: false }).where(sql`${t.locale} = 'it' and ${t.status} = 'published'`),
    index("kb_article_translations_title_trgm_idx").using("gin", sql`kb_unaccent(lower(${t.title})) gin_trgm_ops`).with({ fastupdate: false }),
    index().on(t.updatedById),
  ],
);

/** Every saved state of a translation, for history, diff and restore. */
export const kbArticleVersions = pgTable(
  "kb_article_versions",
  {
    id: uuid().primaryKey().defaultRandom(),
    translationId: uuid()
      .notNull()
      .references(() => kbArticleTranslations.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    bodyMd: text().notNull(),
    status: kbStatus().notNull(),
    editedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("kb_article_versions_translation_version_key").on(t.translationId, t.version), index().on(t.editedById)],
);

export const kbFeedback = pgTable(
  "kb_feedback",
  {
    id: uuid().primaryKey().defaultRandom(),
    articleId: uuid()
      .notNull()
      .references(() => kbArticles.id, { onDelete: "cascade" }),
    locale: locale().notNull(),
    isHelpful: boolean().notNull(),
    comment: text(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.articleId, t.createdAt), index().on(t.userId)],
);

/** The words of published articles per language: the dictionary typo correction searches by trigram. */
export const kbSearchTerms = pgTable(
  "kb_search_terms",
  {
    locale: locale().notNull(),
    term: text().notNull(),
    documentCount: integer().notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.locale, t.term] }),
    // Nearest known word by trigram distance, read in distance order (KNN) instead of scoring every word.
    index("kb_search_terms_trgm_gist_idx").using("gist", sql`${t.term} gist_trgm_ops`),
    // Completions of a typed prefix (search-as-you-type): `term like 'warra%'` as a range of this index
    // whatever the database's collation (the primary key serves LIKE only under the C collation).
    index("kb_search_terms_prefix_idx").on(t.locale, sql`${t.term} text_pattern_ops`),
  ],
);

/**
 * One row per search (help center, case form, forum, back-office). A click fills clickedArticleId; a
 * case-form search whose article was opened and that no case followed is a deflected contact.
 */
export const kbSearchLog = pgTable(
  "kb_search_log",
  {
    id: uuid().primaryKey().defaultRandom(),
    query: text().notNull(),
    normalizedQuery: text().notNull(),
    locale: locale().notNull(),
    context: kbSearchContext().notNull(),
    resultCount: integer().notNull(),
    resultArticleIds: jsonb().$type<string[]>().notNull().default([]),
    correctedQuery: text(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    clickedArticleId: uuid().references(() => kbArticles.id, { onDelete: "set null" }),
    clickedAt: timestamp({ withTimezone: true }),
    caseCreatedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.createdAt),
    index().on(t.normalizedQuery),
    index().on(t.userId),
    index().on(t.clickedArticleId),
  ],
);
