import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { preparedStatement, type Database } from "@/db/client";
import {
  kbArticles,
  kbArticleTranslations,
  kbArticleVersions,
  kbCategories,
  kbCategoryTranslations,
  kbFeedback,
  kbSearchLog,
} from "@/db/schema";
import type { Locale } from "@/server/i18n/config";

type Audience = "public" | "internal";
type Status = "draft" | "published" | "archived";

/** Highlight markers ts_headline puts around matches; private-use characters that articles never contain. */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
// Literal, not a bind parameter: the planner must see the language to use its partial index, and a
// generic plan for a prepared statement would not. Only these three values can ever be embedded.
const LOCALE_LITERAL: Record<Locale, SQL> = { en: sql.raw("'en'::locale"), fr: sql.raw("'fr'::locale"), it: sql.raw("'it'::locale") };

/**
 * Ranking only ever looks at this many matches from each of two sources (title matches first, then
 * any match): a frequent word must not rank the whole index (QUALITY.md P4). The second source is
 * read only when titles did not fill the first: then every candidate already has the words in its
 * title (which outranks body matches), and a frequent word costs one index scan, not two (P7).
 */
const CANDIDATES_PER_SOURCE = 50;
/** Text-ranked candidates that get the (joined) helpfulness boost; it moves scores by 15% at most. */
const RERANKED = 30;
/**
 * GIN returns a random sample of about this many rows for a word that matches more documents (the
 * documented gin_fuzzy_search_limit): building the full bitmap of a word found in 25k articles cost
 * more than the rest of the query. Only a word far more frequent than the candidate bound is sampled.
 */
const GIN_SAMPLE = 2000;
/** Snippets are cut from the start of the body: ts_headline cost grows with the text it parses. */
const SNIPPET_SOURCE_CHARS = 2000;

export type RankedRow = {
  articleId: string;
  translationId: string;
  slug: string;
  title: string;
  summary: string;
  kind: "article" | "faq";
  categorySlug: string;
  updatedAt: Date;
  score: number;
  snippet: string | null;
};

/** A literal array of article ids for the statement (ids read back from the database, never user input). */
const uuidArray = (ids: string[]) => `{${ids.filter((id) => UUID.test(id)).join(",")}}`;
/** Integers of our own (limits, counts, stage numbers) inlined: typed and visible to the planner. */
const int = (value: number) => sql.raw(String(Math.trunc(value)));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type SearchLogValues = {
  query: string;
  normalizedQuery: string;
  locale: Locale;
  context: typeof kbSearchLog.$inferInsert.context;
  correctedQuery: string | null;
  userId: string | null;
};

export type SearchStatementResult = {
  hits: RankedRow[];
  /** For each dictionary token, itself when known, else its closest known word (or null); null when not looked up. */
  corrections: Map<string, string | null> | null;
  /** The logged search, when this statement wrote the log row. */
  searchId: string | null;
};

/**
 * One round trip of the staged search. Stages are tsqueries built from safe tokens (every word, then
 * any word); a stage runs only while the earlier ones (and `prior`, the hits of an earlier statement)
 * found fewer than `enough` articles: the gate is a one-time filter, so a skipped stage never touches
 * an index. Each stage ranks a bounded candidate set: up to 50 title matches and 50 matches anywhere
 * (each from its language's partial GIN index), by weighted rank (title A > summary B > body C) and
 * recency; the best 30 get the helpfulness boost (the one join to kb_articles). After the stages, and
 * only if still short, the same statement looks the `dictionaryTokens` up in the language's dictionary
 * (for typo correction) and, with `similarText`, falls back to trigram similarity of titles. Only the
 * returned page gets highlighted snippets.
 *
 * The search-log row is written by the same statement (a data-modifying CTE): with `log: "always"`, or
 * with `log: "ifEnough"` when the statement found enough, i.e. when no further statement will follow.
 * So the log is part of the search itself: never a round trip of its own, and never lost while the
 * search succeeds. Its commit does not wait for the WAL flush (synchronous_commit off for this
 * statement only): a crash may lose the last fraction of a second of search log, never corrupt it.
 */
type SearchStatementParams = {
  locale: Locale;
  includeInternal: boolean;
  limit: number;
  enough: number;
  stages: string[];
  snippetQuery: string | null;
  prior: RankedRow[];
  dictionaryTokens: string[];
  similarText: string | null;
  log: "always" | "ifEnough";
  logValues: SearchLogValues;
};

type SearchStatementRow = { hits: Record<string, unknown>[]; corrections: { token: string; known: boolean; term: string | null }[] | null; searchId: string | null };

/** What the statement's text depends on; everything else is a bind parameter. */
type SearchShape = { locale: Locale; limit: number; enough: number; stageCount: number; hasSnippet: boolean; hasDictionary: boolean; hasSimilar: boolean; log: "always" | "ifEnough" };

/**
 * Built statements by shape, each a named prepared statement: a connection parses it once and, after
 * five custom plans, reuses the cached generic plan (db.execute() would parse and plan it on every
 * call, over a millisecond). Drizzle building this statement (templates, entity checks, parameter
 * collection) cost ~0.25 ms of CPU per call; now it is built once per shape. Shapes are few (three
 * languages, limits up to the inputs' maximum, a handful of stage and step combinations), and the
 * bound only guards against a caller with unusual limits: postgres.js keeps every text it prepared on
 * each connection, so the text must stay a function of the shape alone.
 */
const searchStatements = new Map<string, ReturnType<typeof preparedStatement<SearchStatementRow, Record<string, unknown>>>>();
const MAX_SEARCH_SHAPES = 256;

const placeholder = (name: string) => sql.placeholder(name);

function buildSearchStatement(shape: SearchShape) {
  const locale = LOCALE_LITERAL[shape.locale];
  const priorCount = sql`${placeholder("priorCount")}::int`;
  const excludedPrior = sql`t.article_id <> all(${placeholder("priorIds")}::uuid[])`;
  const visible = sql`t.locale = ${locale} and t.status = 'published' and (${placeholder("includeInternal")}::boolean or t.audience = 'public') and ${excludedPrior}`;
  const ctes: SQL[] = [];
  const found: string[] = [];
  const foundSoFar = () => (found.length ? sql.raw(found.map((name) => `(select count(*) from ${name})`).join(" + ")) : sql.raw("0"));
  const gate = () => sql`(${priorCount} + ${foundSoFar()} < ${int(shape.enough)})`;
  const notFoundYet = () => sql.join(found.map((name) => sql.raw(`and t.article_id not in (select article_id from ${name})`)), sql` `);
  for (let index = 0; index < shape.stageCount; index++) {
    const name = `s${index + 1}`;
    // A scalar subquery (an init plan): the index scans get the value at run time, and the planner
    // never sees it, so every search of this shape has the same plan and the cached generic plan is
    // used; with the words visible PostgreSQL re-plans this statement (over 1 ms) on every call.
    const query = sql`(select to_tsquery(kb_regconfig(${locale}), ${placeholder(`stage${index + 1}`)}::text))`;
    // The set_config runs (once per statement, as an init plan) before the index scans: GIN returns a
    // sample of about GIN_SAMPLE rows for a word found in more documents, and set_config(..., true)
    // lasts until the end of this statement's transaction only.
    const titles = sql.raw(`t${index + 1}`);
    ctes.push(sql`
    ${titles} as (
      select t.id, t.article_id, t.search_vector, t.updated_at
      from kb_article_translations t
      where (select set_config('gin_fuzzy_search_limit', ${sql.raw(`'${GIN_SAMPLE}'`)}, true)) is not null and ${gate()}
        and to_tsvector(kb_regconfig(t.locale), t.title) @@ ${query} and ${visible} ${notFoundYet()}
      limit ${int(CANDIDATES_PER_SOURCE)}
    ),
    ${sql.raw(`c${index + 1}`)} as (
      select * from ${titles}
      union all
      (select t.id, t.article_id, t.search_vector, t.updated_at
        from kb_article_translations t
        where (select set_config('gin_fuzzy_search_limit', ${sql.raw(`'${GIN_SAMPLE}'`)}, true)) is not null and ${gate()}
          and (select count(*) from ${titles}) < ${int(CANDIDATES_PER_SOURCE)}
          and t.search_vector @@ ${query} and ${visible} ${notFoundYet()}
        limit ${int(CANDIDATES_PER_SOURCE)})
    ),
    ${sql.raw(name)} as (
      select b.id, b.article_id, b.updated_at, a.kind, a.category_id, ${int(index + 1)} as stage,
        b.text_score * (0.85 + 0.15 * (a.helpful_count + 1)::float4 / (a.helpful_count + a.not_helpful_count + 2)) as score
      from (
        select * from (
          select distinct on (c.id) c.id, c.article_id, c.updated_at,
            ts_rank('{0.05, 0.2, 0.4, 1.0}', c.search_vector, ${query}, 1)
              * (0.9 + 0.1 / (1 + extract(epoch from now() - c.updated_at) / 31536000.0))::float4 as text_score
          from ${sql.raw(`c${index + 1}`)} c
          order by c.id
        ) scored
        order by text_score desc, id
        limit ${int(RERANKED)}
      ) b
      join kb_articles a on a.id = b.article_id
      order by score desc, b.id
      limit ${int(shape.limit)}
    )`);
    found.push(name);
  }
  if (shape.hasSimilar) {
    // An init plan too: with the text visible, the planner estimated the trigram match from the title
    // statistics, found every custom plan cheaper than the generic one at 100k articles, and so planned
    // this statement again on every call (3 ms).
    const similar = sql`(select ${placeholder("similarText")}::text)`;
    ctes.push(sql`
    sim as (
      select t.id, t.article_id, t.updated_at, a.kind, a.category_id, 99 as stage,
        (word_similarity(${similar}, kb_unaccent(lower(t.title))) * 0.01)::float8 as score
      from kb_article_translations t
      join kb_articles a on a.id = t.article_id
      where ${gate()} and ${similar} <% kb_unaccent(lower(t.title)) and ${visible} ${notFoundYet()}
      order by score desc, t.id
      limit ${int(shape.limit)}
    )`);
    found.push("sim");
  }
  const allFound = found.length ? sql.raw(found.map((name) => `select * from ${name}`).join(" union all ")) : null;
  ctes.push(
    allFound
      ? sql`
    hits as (
      select * from (${allFound}) found
      order by stage, score desc, id
      limit greatest(0, ${int(shape.limit)} - ${priorCount})
    )`
      : sql`
    hits as (select null::uuid as id, null::uuid as article_id, null::timestamptz as updated_at, null::kb_kind as kind, null::uuid as category_id, 0 as stage, 0::float8 as score where false)`,
  );
  if (shape.hasDictionary) {
    ctes.push(sql`
    corr as (
      select k.token, k.known,
        case when not k.known then
          (select s.term from kb_search_terms s
            where s.locale = ${locale} and s.term % k.token
            order by s.term <-> k.token, s.document_count desc, s.term limit 1)
        end as term
      from (
        select tok.token, exists (select 1 from kb_search_terms s where s.locale = ${locale} and s.term = tok.token) as known
        from unnest(${placeholder("dictionaryTokens")}::text[]) as tok(token)
        where ${priorCount} + (select count(*) from hits) < ${int(shape.enough)}
      ) k
    )`);
  }
  const enoughFound = shape.log === "always" ? sql`true` : sql`n.count >= ${int(shape.enough)}`;
  ctes.push(sql`
    log as (
      insert into kb_search_log (query, normalized_query, locale, context, result_count, result_article_ids, corrected_query, user_id)
      select ${placeholder("query")}::text, ${placeholder("normalizedQuery")}::text, ${placeholder("logLocale")}::locale, ${placeholder("context")}::kb_search_context, n.count, n.ids,
        ${placeholder("correctedQuery")}::text, ${placeholder("userId")}::uuid
      from (
        select (${priorCount} + count(*))::int as count,
          ${placeholder("priorIdsJson")}::jsonb || coalesce(jsonb_agg(h.article_id order by h.stage, h.score desc, h.id), '[]'::jsonb) as ids
        from hits h
      ) n
      where ${enoughFound} and (select set_config('synchronous_commit', 'off', true)) is not null
      returning id
    )`);
  const snippet = shape.hasSnippet
    ? sql`case when h.stage < 99 then ts_headline(kb_regconfig(t.locale), left(t.body_text, ${int(SNIPPET_SOURCE_CHARS)}), to_tsquery(kb_regconfig(${locale}), ${placeholder("snippetQuery")}::text), ${sql.raw(`'${HEADLINE_OPTIONS.replace(/'/g, "''")}'`)}) end`
    : sql`null::text`;
  const name = `kb-search-${shape.locale}-${shape.limit}-${shape.stageCount}${shape.hasSnippet ? "h" : ""}${shape.hasDictionary ? "d" : ""}${shape.hasSimilar ? "s" : ""}-${shape.log}`;
  return preparedStatement<SearchStatementRow, Record<string, unknown>>(name, sql`
    with ${sql.join(ctes, sql`,`)}
    select
      (select coalesce(json_agg(json_build_object('articleId', h.article_id, 'translationId', h.id, 'slug', t.slug, 'title', t.title, 'summary', t.summary,
          'kind', h.kind, 'categorySlug', cat.slug, 'updatedAt', h.updated_at, 'score', h.score, 'snippet', ${snippet})
          order by h.stage, h.score desc, h.id), '[]'::json)
        from hits h
        join kb_article_translations t on t.id = h.id
        join kb_categories cat on cat.id = h.category_id) as hits,
      ${shape.hasDictionary ? sql`(select json_agg(json_build_object('token', token, 'known', known, 'term', term)) from corr)` : sql`null::json`} as corrections,
      (select id from log) as "searchId"`);
}

/**
 * One round trip of the staged search. Stages are tsqueries built from safe tokens (every word, then
 * any word); a stage runs only while the earlier ones (and `prior`, the hits of an earlier statement)
 * found fewer than `enough` articles: the gate is a one-time filter, so a skipped stage never touches
 * an index. Each stage ranks a bounded candidate set: up to 50 title matches and 50 matches anywhere
 * (each from its language's partial GIN index), by weighted rank (title A > summary B > body C) and
 * recency; the best 30 get the helpfulness boost (the one join to kb_articles). After the stages, and
 * only if still short, the same statement looks the `dictionaryTokens` up in the language's dictionary
 * (for typo correction) and, with `similarText`, falls back to trigram similarity of titles. Only the
 * returned page gets highlighted snippets.
 *
 * The search-log row is written by the same statement (a data-modifying CTE): with `log: "always"`, or
 * with `log: "ifEnough"` when the statement found enough, i.e. when no further statement will follow.
 * So the log is part of the search itself: never a round trip of its own, and never lost while the
 * search succeeds. Its commit does not wait for the WAL flush (synchronous_commit off for this
 * statement only): a crash may lose the last fraction of a second of search log, never corrupt it.
 *
 * The statement is built once per shape (language, limit, number of stages, which steps run) and
 * prepared on each connection; the words, ids and log values are bind parameters.
 */
export async function searchStatement(db: Database, params: SearchStatementParams): Promise<SearchStatementResult> {
  const shape: SearchShape = {
    locale: params.locale,
    limit: Math.trunc(params.limit),
    enough: Math.trunc(params.enough),
    stageCount: params.stages.length,
    hasSnippet: params.snippetQuery !== null,
    hasDictionary: params.dictionaryTokens.length > 0,
    hasSimilar: params.similarText !== null,
    log: params.log,
  };
  const key = JSON.stringify(shape);
  let statement = searchStatements.get(key);
  if (!statement) {
    if (searchStatements.size >= MAX_SEARCH_SHAPES) searchStatements.clear();
    statement = buildSearchStatement(shape);
    searchStatements.set(key, statement);
  }
  const priorIds = params.prior.map((row) => row.articleId);
  const values = params.logValues;
  const bound: Record<string, unknown> = {
    priorCount: params.prior.length,
    priorIds: uuidArray(priorIds),
    priorIdsJson: JSON.stringify(priorIds),
    includeInternal: params.includeInternal,
    query: values.query,
    normalizedQuery: values.normalizedQuery,
    logLocale: values.locale,
    context: values.context,
    correctedQuery: values.correctedQuery,
    userId: values.userId,
  };
  params.stages.forEach((stage, index) => (bound[`stage${index + 1}`] = stage));
  if (shape.hasSimilar) bound.similarText = params.similarText;
  if (shape.hasDictionary) bound.dictionaryTokens = params.dictionaryTokens;
  if (shape.hasSnippet) bound.snippetQuery = params.snippetQuery;
  const [row] = await statement(db, bound);
  const hits = row!.hits.map((hit) => ({ ...(hit as unknown as RankedRow), updatedAt: new Date(hit.updatedAt as string), score: Number(hit.score) }));
  const corrections = row!.corrections ? new Map(row!.corrections.map((entry) => [entry.token, entry.known ? entry.token : entry.term])) : null;
  return { hits, corrections, searchId: row!.searchId };
}

export type SuggestionRow = { articleId: string; slug: string; title: string; kind: "article" | "faq" };

/**
 * Suggestions sample a frequent word down to about this many title matches (gin_fuzzy_search_limit):
 * still several times the candidate set, but the bitmap of a word found in 3,200 titles at 100k
 * articles cost 0.8-1.9 ms, 0.05 ms sampled, as much as the whole statement at 1k.
 */
const SUGGEST_GIN_SAMPLE = 250;
/** A typed prefix stands for at most this many known words, the most frequent ones. */
const PREFIX_COMPLETIONS = 8;

/** One statement per language and shape, built once; the values are bind parameters (CPU: no query building per call). */
const suggestStatements = new Map<string, ReturnType<typeof preparedStatement<SuggestionRow, Record<string, unknown>>>>();

function suggestStatement(locale: Locale, isPrefix: boolean) {
  const key = `${locale}:${isPrefix}`;
  let statement = suggestStatements.get(key);
  if (statement) return statement;
  const literal = LOCALE_LITERAL[locale];
  // A prefix tsquery (`warra:*`) makes GIN collect the posting lists of every lexeme with that prefix,
  // and gin_fuzzy_search_limit does not apply to that collection: at 100k articles 'warra:*' built a
  // bitmap of all 3,200 matching titles. The prefix is expanded instead to its most frequent complete
  // words in the language's dictionary (a range of kb_search_terms_prefix_idx), ORed as whole words,
  // which the language's configuration stems as it stems the titles. A prefix no known word starts
  // with stays a prefix (its lexemes are rare by definition).
  const tsquery = isPrefix
    ? sql`(select to_tsquery(kb_regconfig(${literal}), ${sql.placeholder("head")}::text || coalesce('(' || string_agg(quote_literal(c.term), ' | ') || ')', quote_literal(${sql.placeholder("prefix")}::text) || ':*'))
        from (select s.term from kb_search_terms s
          where s.locale = ${literal} and s.term ~>=~ ${sql.placeholder("prefix")}::text and s.term ~<~ (${sql.placeholder("prefix")}::text || chr(1114111))
            and starts_with(s.term, ${sql.placeholder("prefix")}::text)
          order by s.document_count desc, s.term
          limit ${sql.raw(String(PREFIX_COMPLETIONS))}) c)`
    : sql`(select to_tsquery(kb_regconfig(${literal}), ${sql.placeholder("head")}::text))`;
  statement = preparedStatement<SuggestionRow, Record<string, unknown>>(`kb-suggest-${locale}-${isPrefix ? "prefix" : "words"}`, sql`
    with q as materialized (select ${tsquery} as query),
    cand as (
      select t.article_id, t.slug, t.title
      from kb_article_translations t
      where (select set_config('gin_fuzzy_search_limit', ${sql.raw(`'${SUGGEST_GIN_SAMPLE}'`)}, true)) is not null
        and to_tsvector(kb_regconfig(t.locale), t.title) @@ (select query from q)
        and t.locale = ${literal} and t.status = 'published' and t.audience = 'public'
      limit ${sql.raw(String(CANDIDATES_PER_SOURCE))}
    ),
    best as (
      select c.*, ts_rank(to_tsvector(kb_regconfig(${literal}), c.title), (select query from q)) as rank
      from cand c
      order by rank desc, length(c.title), c.slug
      limit ${sql.placeholder("limit")}::int
    )
    select b.article_id as "articleId", b.slug, b.title, a.kind
    from best b join kb_articles a on a.id = b.article_id
    order by b.rank desc, length(b.title), b.slug`);
  suggestStatements.set(key, statement);
  return statement;
}

/**
 * Search-as-you-type: published titles of one language matching `head` (a tsquery of safe words
 * ending with an operator, or empty) followed by the completions of `prefix` (an unaccented word the
 * reader is still typing; null when the last word was finished), from the title-only partial GIN
 * index; a bounded candidate set ranked by title rank, then shorter titles.
 */
export async function suggestTitles(db: Database, params: { locale: Locale; head: string; prefix: string | null; limit: number }): Promise<SuggestionRow[]> {
  const statement = suggestStatement(params.locale, params.prefix !== null);
  return statement(db, params.prefix === null ? { head: params.head, limit: params.limit } : { head: params.head, prefix: params.prefix, limit: params.limit });
}

/** Adds the words of a published text to its language's dictionary (used for typo correction). */
export async function addSearchTerms(db: Database, params: { locale: Locale; text: string }) {
  await db.execute(sql`
    insert into kb_search_terms (locale, term, document_count)
    select ${params.locale}::locale, w, 1
    from (select distinct w from regexp_split_to_table(kb_unaccent(lower(${params.text})), '[^[:alnum:]]+') as w where length(w) between 3 and 40) words
    on conflict (locale, term) do update set document_count = kb_search_terms.document_count + 1`);
}

/**
 * One analytics row per search. Its commit does not wait for the WAL flush (synchronous_commit off
 * for this statement's transaction only): a crash may lose the last fraction of a second of search
 * log, never corrupt it, and a search no longer waits for a disk flush shared with every other write.
 */
export async function insertSearchLog(
  db: Database,
  values: { query: string; normalizedQuery: string; locale: Locale; context: typeof kbSearchLog.$inferInsert.context; resultCount: number; resultArticleIds: string[]; correctedQuery: string | null; userId: string | null; clickedArticleId?: string | null },
) {
  const [row] = await db.execute<{ id: string }>(sql`
    insert into kb_search_log (query, normalized_query, locale, context, result_count, result_article_ids, corrected_query, user_id, clicked_article_id, clicked_at)
    select ${values.query}, ${values.normalizedQuery}, ${values.locale}::locale, ${values.context}::kb_search_context, ${values.resultCount},
      ${JSON.stringify(values.resultArticleIds)}::jsonb, ${values.correctedQuery}, ${values.userId}::uuid, ${values.clickedArticleId ?? null}::uuid,
      case when ${values.clickedArticleId ?? null}::uuid is not null then now() end
    where (select set_config('synchronous_commit', 'off', true)) is not null
    returning id`);
  return row!.id;
}

/** Marks the first click of a logged search; a later click on the same search keeps the first. */
export async function markSearchClicked(db: Database, params: { searchId: string; articleId: string }) {
  const rows = await db
    .update(kbSearchLog)
    .set({ clickedArticleId: params.articleId, clickedAt: new Date() })
    .where(and(eq(kbSearchLog.id, params.searchId), sql`${kbSearchLog.clickedArticleId} is null`))
    .returning({ id: kbSearchLog.id });
  return rows.length > 0;
}

/** Case-form searches of this user that a case followed; another user's rows are never touched. */
export async function markCaseCreated(db: Database, params: { userId: string; searchIds: string[] }) {
  if (!params.searchIds.length) return 0;
  const rows = await db
    .update(kbSearchLog)
    .set({ caseCreatedAt: new Date() })
    .where(
      and(
        sql`${kbSearchLog.id} in (${sql.join(params.searchIds.map((id) => sql`${id}::uuid`), sql`, `)})`,
        eq(kbSearchLog.userId, params.userId),
        eq(kbSearchLog.context, "case_form"),
        sql`${kbSearchLog.caseCreatedAt} is null`,
      ),
    )
    .returning({ id: kbSearchLog.id });
  return rows.length;
}

const localePreference = (locale: Locale) =>
  sql`(t.locale = ${locale}::locale) desc, array_position(array['en','fr','it']::locale[], t.locale)`;

export type ArticleListItem = {
  articleId: string;
  kind: "article" | "faq";
  categoryId: string;
  position: number;
  slug: string;
  title: string;
  summary: string;
  locale: Locale;
  updatedAt: Date;
  helpfulCount: number;
  bodyHtml: string | null;
};

const LIST_ORDER = {
  position: sql`a.position, a.id`,
  // "nulls last" as in the index (the column is not null, but the planner matches the index order literally).
  helpful: sql`a.helpful_count desc nulls last, a.id`,
  id: sql`a.id`,
} as const;
export type ListOrder = keyof typeof LIST_ORDER;

/**
 * Published articles visible to the caller, each in the reader's language or the best fallback: a
 * bounded page in one order (each order has its index), so a list costs the same at 1k or 100k
 * articles. One category per call: a page across several categories is read category by category.
 */
export async function listVisibleArticles(
  db: Database,
  params: { locale: Locale; includeInternal: boolean; categoryId?: string; kind?: "article" | "faq"; articleIds?: string[]; withBody?: boolean; order: ListOrder; limit: number },
): Promise<ArticleListItem[]> {
  const filters = [
    params.categoryId ? sql`and a.category_id = ${params.categoryId}::uuid` : sql``,
    params.articleIds ? (params.articleIds.length ? sql`and a.id in (${sql.join(params.articleIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`and false`) : sql``,
    params.kind ? sql`and a.kind = ${params.kind}` : sql``,
  ];
  const rows = await db.execute<Record<string, unknown>>(sql`
    with picked as (
      select a.id, a.kind, a.category_id, a.position, a.helpful_count
      from kb_articles a
      where (${params.includeInternal} or a.audience = 'public') ${sql.join(filters, sql` `)}
        and exists (select 1 from kb_article_translations p where p.article_id = a.id and p.status = 'published')
      order by ${LIST_ORDER[params.order]}
      limit ${params.limit}
    ),
    chosen as (
      select distinct on (a.id) a.id as "articleId", a.kind, a.category_id as "categoryId", a.position, t.slug, t.title, t.summary,
        t.locale, t.updated_at as "updatedAt", a.helpful_count as "helpfulCount",
        case when ${params.withBody ?? false} then t.body_html end as "bodyHtml"
      from picked a join kb_article_translations t on t.article_id = a.id
      where t.status = 'published'
      order by a.id, ${localePreference(params.locale)}
    )
    select c.* from chosen c join picked a on a.id = c."articleId"
    order by ${LIST_ORDER[params.order]}`);
  return rows.map((row) => ({ ...(row as unknown as ArticleListItem), updatedAt: new Date(row.updatedAt as string) }));
}

/** The categories and sections holding at least one published public article (one index probe each). */
export async function categoriesWithArticles(db: Database): Promise<Set<string>> {
  const rows = await db.execute<{ id: string }>(sql`
    select c.id from kb_categories c
    cross join lateral (
      select 1 from kb_articles a
      where a.category_id = c.id and a.audience = 'public'
        and exists (select 1 from kb_article_translations t where t.article_id = a.id and t.status = 'published')
      -- A probe per category along its (category, position) index: as a plain EXISTS the planner
      -- hashes every article, and without the order it scans the table for the first match.
      order by a.position, a.id
      limit 1
    ) found`);
  return new Set(rows.map((row) => row.id));
}

/** Whether any public FAQ entry is published (for the home page's FAQ link). */
export async function hasPublishedFaq(db: Database): Promise<boolean> {
  const [row] = await db.execute<{ found: boolean }>(sql`
    select exists (
      select 1 from kb_articles a
      where a.kind = 'faq' and a.audience = 'public'
        and exists (select 1 from kb_article_translations t where t.article_id = a.id and t.status = 'published')
      limit 1
    ) as found`);
  return Boolean(row?.found);
}

export type CategoryRow = { id: string; parentId: string | null; slug: string; position: number; name: string; description: string };

export async function listCategories(db: Database, params: { locale: Locale }): Promise<CategoryRow[]> {
  const rows = await db.execute<CategoryRow>(sql`
    select distinct on (c.id) c.id, c.parent_id as "parentId", c.slug, c.position, t.name, t.description
    from kb_categories c join kb_category_translations t on t.category_id = c.id
    order by c.id, ${localePreference(params.locale)}`);
  return [...rows].sort((a, b) => a.position - b.position || a.slug.localeCompare(b.slug));
}

export async function findTranslationBySlug(db: Database, params: { locale: Locale; slug: string; includeInternal: boolean }) {
  const [row] = await db
    .select({ articleId: kbArticleTranslations.articleId })
    .from(kbArticleTranslations)
    .where(
      and(
        eq(kbArticleTranslations.slug, params.slug),
        eq(kbArticleTranslations.status, "published"),
        params.includeInternal ? undefined : eq(kbArticleTranslations.audience, "public"),
        sql`${kbArticleTranslations.locale} = ${params.locale}::locale`,
      ),
    )
    .limit(1);
  return row ?? null;
}

/** A slug of another language (a reader followed a link in French to /it/...): the article it names. */
export async function findArticleBySlugAnyLocale(db: Database, params: { slug: string; includeInternal: boolean }) {
  const [row] = await db
    .select({ articleId: kbArticleTranslations.articleId })
    .from(kbArticleTranslations)
    .where(
      and(
        eq(kbArticleTranslations.slug, params.slug),
        eq(kbArticleTranslations.status, "published"),
        params.includeInternal ? undefined : eq(kbArticleTranslations.audience, "public"),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function findArticle(db: Database, articleId: string) {
  const [row] = await db.select().from(kbArticles).where(eq(kbArticles.id, articleId));
  return row ?? null;
}

export async function listTranslations(db: Database, articleId: string) {
  return db.select().from(kbArticleTranslations).where(eq(kbArticleTranslations.articleId, articleId)).orderBy(kbArticleTranslations.locale);
}

export async function findCategory(db: Database, id: string) {
  const [row] = await db.select().from(kbCategories).where(eq(kbCategories.id, id));
  return row ?? null;
}

export async function findCategoryBySlug(db: Database, slug: string) {
  const [row] = await db.select().from(kbCategories).where(eq(kbCategories.slug, slug));
  return row ?? null;
}

export async function insertFeedback(db: Database, values: typeof kbFeedback.$inferInsert) {
  await db.transaction(async (tx) => {
    await tx.insert(kbFeedback).values(values);
    await tx
      .update(kbArticles)
      .set(values.isHelpful ? { helpfulCount: sql`${kbArticles.helpfulCount} + 1` } : { notHelpfulCount: sql`${kbArticles.notHelpfulCount} + 1` })
      .where(eq(kbArticles.id, values.articleId));
  });
}

export async function slugTaken(db: Database, params: { locale: Locale; slug: string; exceptArticleId: string | null }) {
  const [row] = await db
    .select({ id: kbArticleTranslations.id })
    .from(kbArticleTranslations)
    .where(
      and(
        sql`${kbArticleTranslations.locale} = ${params.locale}::locale`,
        eq(kbArticleTranslations.slug, params.slug),
        params.exceptArticleId ? sql`${kbArticleTranslations.articleId} <> ${params.exceptArticleId}::uuid` : undefined,
      ),
    )
    .limit(1);
  return Boolean(row);
}

export async function insertArticle(db: Database, values: typeof kbArticles.$inferInsert) {
  const [row] = await db.insert(kbArticles).values(values).returning({ id: kbArticles.id });
  return row!.id;
}

export async function updateArticleRow(db: Database, id: string, values: Partial<typeof kbArticles.$inferInsert>) {
  const rows = await db.update(kbArticles).set(values).where(eq(kbArticles.id, id)).returning({ id: kbArticles.id });
  if (values.audience) await db.update(kbArticleTranslations).set({ audience: values.audience }).where(eq(kbArticleTranslations.articleId, id));
  return rows.length > 0;
}

export async function findTranslation(db: Database, params: { articleId: string; locale: Locale }) {
  const [row] = await db
    .select()
    .from(kbArticleTranslations)
    .where(and(eq(kbArticleTranslations.articleId, params.articleId), sql`${kbArticleTranslations.locale} = ${params.locale}::locale`));
  return row ?? null;
}

type TranslationWrite = {
  title: string;
  slug: string;
  summary: string;
  bodyMd: string;
  bodyHtml: string;
  bodyText: string;
  status: Status;
  audience: Audience;
  updatedById: string | null;
  updatedAt?: Date;
};

export async function insertTranslation(db: Database, values: TranslationWrite & { articleId: string; locale: Locale }) {
  const [row] = await db
    .insert(kbArticleTranslations)
    .values({ ...values, version: 1, publishedAt: values.status === "published" ? (values.updatedAt ?? new Date()) : null })
    .returning();
  return row!;
}

/** Writes a new version only if the stored one is still `expectedVersion` (optimistic locking). */
export async function updateTranslation(db: Database, params: { id: string; expectedVersion: number; values: TranslationWrite }) {
  const [row] = await db
    .update(kbArticleTranslations)
    .set({
      ...params.values,
      version: sql`${kbArticleTranslations.version} + 1`,
      updatedAt: params.values.updatedAt ?? new Date(),
      publishedAt: params.values.status === "published" ? sql`coalesce(${kbArticleTranslations.publishedAt}, now())` : kbArticleTranslations.publishedAt,
    })
    .where(and(eq(kbArticleTranslations.id, params.id), eq(kbArticleTranslations.version, params.expectedVersion)))
    .returning();
  return row ?? null;
}

export async function insertVersion(db: Database, values: typeof kbArticleVersions.$inferInsert) {
  await db.insert(kbArticleVersions).values(values);
}

export async function listVersions(db: Database, translationId: string) {
  return db
    .select()
    .from(kbArticleVersions)
    .where(eq(kbArticleVersions.translationId, translationId))
    .orderBy(desc(kbArticleVersions.version))
    .limit(100);
}

export async function findVersion(db: Database, id: string) {
  const [row] = await db.select().from(kbArticleVersions).where(eq(kbArticleVersions.id, id));
  return row ?? null;
}

export async function findTranslationById(db: Database, id: string) {
  const [row] = await db.select().from(kbArticleTranslations).where(eq(kbArticleTranslations.id, id));
  return row ?? null;
}

/** The editor's list: every article with the state of each of its translations. */
export async function listArticlesForEditor(db: Database, params: { locale: Locale; q: string | null; status: Status | null; limit: number }) {
  const q = params.q ? `%${params.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await db.execute<Record<string, unknown>>(sql`
    select a.id, a.kind, a.audience, a.category_id as "categoryId",
      (select ct.name from kb_category_translations ct where ct.category_id = a.category_id
        order by (ct.locale = ${params.locale}::locale) desc, array_position(array['en','fr','it']::locale[], ct.locale) limit 1) as "categoryName",
      coalesce(json_agg(json_build_object('locale', t.locale, 'title', t.title, 'status', t.status, 'version', t.version, 'updatedAt', t.updated_at)
        order by array_position(array['en','fr','it']::locale[], t.locale)) filter (where t.id is not null), '[]') as translations,
      max(t.updated_at) as "updatedAt"
    from kb_articles a left join kb_article_translations t on t.article_id = a.id
    group by a.id
    having (${q}::text is null or bool_or(t.title ilike ${q} or t.slug ilike ${q}))
      and (${params.status}::kb_status is null or bool_or(t.status = ${params.status}::kb_status))
    order by max(t.updated_at) desc nulls last, a.id
    limit ${params.limit}`);
  return rows.map((row) => ({
    id: row.id as string,
    kind: row.kind as "article" | "faq",
    audience: row.audience as Audience,
    categoryId: row.categoryId as string,
    categoryName: (row.categoryName as string | null) ?? "",
    translations: (row.translations as { locale: Locale; title: string; status: Status; version: number; updatedAt: string }[]).map((t) => ({ ...t, updatedAt: new Date(t.updatedAt) })),
    updatedAt: row.updatedAt ? new Date(row.updatedAt as string) : null,
  }));
}

export async function searchInsights(db: Database, params: { since: Date; deflectionAfter: Date }) {
  const [topQueries, zeroResults, totals] = await Promise.all([
    db.execute<{ query: string; locale: Locale; searches: number; clicks: number }>(sql`
      select normalized_query as query, locale, count(*)::int as searches, count(clicked_article_id)::int as clicks
      from kb_search_log where created_at >= ${params.since.toISOString()}::timestamptz
      group by normalized_query, locale order by searches desc, query limit 20`),
    db.execute<{ query: string; locale: Locale; searches: number }>(sql`
      select normalized_query as query, locale, count(*)::int as searches
      from kb_search_log where created_at >= ${params.since.toISOString()}::timestamptz and result_count = 0
      group by normalized_query, locale order by searches desc, query limit 20`),
    db.execute<{ searches: number; clicks: number; zero: number; caseFormSearches: number; deflected: number; followedByCase: number }>(sql`
      select count(*)::int as searches, count(clicked_article_id)::int as clicks, count(*) filter (where result_count = 0)::int as zero,
        count(*) filter (where context = 'case_form')::int as "caseFormSearches",
        count(*) filter (where context = 'case_form' and clicked_article_id is not null and case_created_at is null and created_at < ${params.deflectionAfter.toISOString()}::timestamptz)::int as deflected,
        count(*) filter (where context = 'case_form' and case_created_at is not null)::int as "followedByCase"
      from kb_search_log where created_at >= ${params.since.toISOString()}::timestamptz`),
  ]);
  return { topQueries: [...topQueries], zeroResults: [...zeroResults], totals: totals[0]! };
}

export async function recentFeedback(db: Database, params: { locale: Locale; limit: number }) {
  const rows = await db.execute<Record<string, unknown>>(sql`
    select f.id, f.article_id as "articleId", f.locale, f.is_helpful as "isHelpful", f.comment, f.created_at as "createdAt",
      (select t.title from kb_article_translations t where t.article_id = f.article_id
        order by ${localePreference(params.locale)} limit 1) as title
    from kb_feedback f where f.comment is not null order by f.created_at desc limit ${params.limit}`);
  return rows.map((row) => ({
    id: row.id as string,
    articleId: row.articleId as string,
    locale: row.locale as Locale,
    isHelpful: Boolean(row.isHelpful),
    comment: row.comment as string,
    title: (row.title as string | null) ?? "",
    createdAt: new Date(row.createdAt as string),
  }));
}

export async function listCategoryTranslations(db: Database) {
  return db.select().from(kbCategoryTranslations);
}

