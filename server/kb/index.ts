import type { Database } from "@/db/client";
import { isStaff, type Actor } from "@/server/accounts/actor";
import { renderMarkdown } from "@/server/content/markdown";
import { DomainError } from "@/server/errors";
import { createLimiter } from "@/server/security/rate-limit";
import { locales, type Locale } from "@/server/i18n/config";
import * as queries from "./queries";
import type {
  BySlugInput,
  CreateArticleInput,
  FeedbackInput,
  ListArticlesInput,
  RecordClickInput,
  SaveTranslationInput,
  SearchInput,
  SuggestInput,
  UpdateArticleInput,
} from "./schemas";

export { lineDiff } from "./diff";

/** Internal articles exist only for staff: customers and visitors never get them, from any function. */
const canSeeInternal = (actor: Actor | null) => isStaff(actor);

const MAX_TOKENS = 12;
/** Below this many results the search widens: any word instead of every word, then typo correction. */
const FEW_RESULTS = 3;
/** A case-form search whose article was opened and no case followed within this delay counts as deflected. */
export const DEFLECTION_DELAY_MS = 30 * 60 * 1000;

/** Words only (letters and digits of any script), lower-cased: nothing of tsquery syntax survives. */
export function tokenize(query: string): string[] {
  return (query.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TOKENS).map((token) => token.slice(0, 40));
}

const stripAccents = (value: string) => value.normalize("NFD").replace(/\p{M}/gu, "");

export function slugify(value: string): string {
  return stripAccents(value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "") || "article";
}

export type SnippetPart = { text: string; isMatch: boolean };

/** ts_headline's output split into plain and highlighted parts: rendered as text, never as HTML. */
export function snippetParts(snippet: string | null): SnippetPart[] {
  if (!snippet) return [];
  const parts: SnippetPart[] = [];
  for (const [index, chunk] of snippet.split(queries.MARK_START).entries()) {
    if (index === 0) {
      if (chunk) parts.push({ text: chunk, isMatch: false });
      continue;
    }
    const [match = "", rest = ""] = chunk.split(queries.MARK_END);
    if (match) parts.push({ text: match, isMatch: true });
    if (rest) parts.push({ text: rest, isMatch: false });
  }
  return parts;
}

export type SearchHit = {
  articleId: string;
  slug: string;
  title: string;
  summary: string;
  kind: "article" | "faq";
  categorySlug: string;
  updatedAt: Date;
  snippet: SnippetPart[];
};

/** Every word, then (for several words) any word. */
const stagesOf = (words: string[]) => (words.length > 1 ? [words.join(" & "), words.join(" | ")] : [words.join(" & ")]);

/**
 * The staged search in at most two round trips. The first statement ranks every word, then (still
 * short of results) any word, and looks the words up in the dictionary when even that found little;
 * when it found enough it also wrote the log row and that is all. Otherwise a second statement
 * searches the corrected words (every, then any) and falls back to trigram similarity of titles, and
 * logs the whole search.
 */
async function rankedSearch(db: Database, params: { locale: Locale; text: string; includeInternal: boolean; limit: number; log: Omit<queries.SearchLogValues, "normalizedQuery" | "correctedQuery"> }) {
  const tokens = tokenize(params.text);
  const logValues = { ...params.log, normalizedQuery: tokens.join(" "), correctedQuery: null };
  const base = { locale: params.locale, includeInternal: params.includeInternal, limit: params.limit, enough: Math.min(FEW_RESULTS, params.limit) };
  if (!tokens.length) {
    const searchId = await queries.insertSearchLog(db, { ...logValues, resultCount: 0, resultArticleIds: [] });
    return { hits: [], correctedQuery: null, searchId };
  }
  const plain = tokens.map(stripAccents);
  const first = await queries.searchStatement(db, {
    ...base,
    stages: stagesOf(tokens),
    snippetQuery: tokens.join(" | "),
    prior: [],
    dictionaryTokens: [...new Set(plain.filter((token) => token.length >= 4))],
    similarText: null,
    log: "ifEnough",
    logValues,
  });
  if (first.searchId) return { hits: first.hits, correctedQuery: null, searchId: first.searchId };
  const corrected = plain.map((token) => first.corrections?.get(token) ?? token);
  const isCorrected = corrected.some((token, index) => token !== plain[index]);
  const correctedQuery = isCorrected ? corrected.join(" ") : null;
  const stages = isCorrected ? stagesOf(corrected) : [];
  const second = await queries.searchStatement(db, {
    ...base,
    stages,
    snippetQuery: stages.length ? corrected.join(" | ") : null,
    prior: first.hits,
    dictionaryTokens: [],
    similarText: stripAccents(tokens.join(" ")),
    log: "always",
    logValues: { ...logValues, correctedQuery },
  });
  return { hits: [...first.hits, ...second.hits], correctedQuery, searchId: second.searchId! };
}

const toHit = (row: queries.RankedRow): SearchHit => ({
  articleId: row.articleId,
  slug: row.slug,
  title: row.title,
  summary: row.summary,
  kind: row.kind,
  categorySlug: row.categorySlug,
  updatedAt: row.updatedAt,
  snippet: snippetParts(row.snippet),
});

/**
 * The one search of the knowledge base (help center, case form, forum, back-office, bot): full text
 * in the language's configuration (accent-insensitive), widened to any word, then typo-corrected
 * through the dictionary of known words, then trigram title similarity. Every call is logged.
 */
export async function searchArticles(db: Database, actor: Actor | null, input: SearchInput) {
  const { hits, correctedQuery, searchId } = await rankedSearch(db, {
    locale: input.locale,
    text: input.q,
    includeInternal: canSeeInternal(actor) && input.context === "backoffice",
    limit: input.limit,
    log: { query: input.q, locale: input.locale, context: input.context, userId: actor?.userId ?? null },
  });
  return { searchId, correctedQuery, items: hits.map(toHit) };
}

/**
 * Search-as-you-type: a prefix lookup on titles (the last word as a prefix unless it was finished with
 * a space), from the title index; any word instead of every word when nothing matches. Not logged.
 */
export async function suggestArticles(db: Database, _actor: Actor | null, input: SuggestInput) {
  const tokens = tokenize(input.q);
  if (!tokens.length) return [];
  const endsWord = /[\p{L}\p{N}]$/u.test(input.q);
  // The word being typed is a prefix, expanded in SQL to its most frequent known (unaccented) words.
  const words = endsWord ? tokens.slice(0, -1) : tokens;
  const prefix = endsWord ? stripAccents(tokens.at(-1)!) : null;
  const head = (operator: string) => (prefix === null ? words.join(` ${operator} `) : words.map((word) => `${word} ${operator} `).join(""));
  const base = { locale: input.locale, prefix, limit: input.limit };
  let rows = await queries.suggestTitles(db, { ...base, head: head("&") });
  if (!rows.length && tokens.length > 1) rows = await queries.suggestTitles(db, { ...base, head: head("|") });
  return rows.map((row) => ({ articleId: row.articleId, slug: row.slug, title: row.title, kind: row.kind }));
}

/** A result was opened: marks the logged search, or logs the query now (suggestions are logged on click). */
export async function recordSearchClick(db: Database, actor: Actor | null, input: RecordClickInput, caller: Caller) {
  const limit = await createLimiter(db, { name: "kb-click", points: CLICKS_PER_HOUR, durationSeconds: 3600 }).consume(callerKey(actor, caller));
  // Analytics only: past the limit the click is dropped, and the reader is never shown an error for it.
  if (!limit.isAllowed) return { searchId: input.searchId ?? null };
  if (input.searchId && (await queries.markSearchClicked(db, { searchId: input.searchId, articleId: input.articleId }))) return { searchId: input.searchId };
  const article = await queries.findArticle(db, input.articleId);
  if (!article || (article.audience === "internal" && !canSeeInternal(actor))) throw new DomainError("common.notFound");
  const query = input.query ?? "";
  const searchId = await queries.insertSearchLog(db, {
    query,
    normalizedQuery: tokenize(query).join(" "),
    locale: input.locale,
    context: input.context,
    resultCount: 1,
    resultArticleIds: [input.articleId],
    correctedQuery: null,
    userId: actor?.userId ?? null,
    clickedArticleId: input.articleId,
  });
  return { searchId };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * For the case service, when a customer submits a case: the case-form searches they opened an article
 * from (the ids the browser kept, readDeflectionSearchIds()) were not deflected after all. The ids come
 * from the client, so anything that is not a uuid is ignored and only the actor's own case-form
 * searches are marked. Returns how many were marked. Searches never marked count as deflected.
 */
export async function markSearchesFollowedByCase(db: Database, actor: Actor, searchIds: readonly unknown[]) {
  const ids = [...new Set(searchIds.filter((id): id is string => typeof id === "string" && UUID.test(id)))].slice(0, 20);
  return queries.markCaseCreated(db, { userId: actor.userId, searchIds: ids });
}

/** "Was this helpful?" votes per visitor (signed-in user, else IP) and hour: enough for any reader, not for a script. */
export const FEEDBACK_PER_HOUR = 10;
/** Logged clicks per visitor and hour (each may insert a search-log row). */
export const CLICKS_PER_HOUR = 120;

/** Who is calling, for rate limits: the signed-in user, else the client's IP as the router saw it. */
export type Caller = { ip: string };
const callerKey = (actor: Actor | null, caller: Caller) => (actor ? `user:${actor.userId}` : `ip:${caller.ip}`);

export async function recordFeedback(db: Database, actor: Actor | null, input: FeedbackInput, caller: Caller) {
  const article = await queries.findArticle(db, input.articleId);
  if (!article || (article.audience === "internal" && !canSeeInternal(actor))) throw new DomainError("common.notFound");
  const limit = await createLimiter(db, { name: "kb-feedback", points: FEEDBACK_PER_HOUR, durationSeconds: 3600 }).consume(callerKey(actor, caller));
  if (!limit.isAllowed) throw new DomainError("kb.feedbackRateLimited");
  const comment = input.comment?.trim() || null;
  await queries.insertFeedback(db, { articleId: article.id, locale: input.locale, isHelpful: input.isHelpful, comment, userId: actor?.userId ?? null });
  return { ok: true as const };
}

/** A page of a category or section lists at most this many articles (bounded whatever the base size). */
const CATEGORY_PAGE_SIZE = 100;
const POPULAR_COUNT = 6;
const RELATED_COUNT = 5;

/**
 * The help-center home: categories with their sections (those holding a published public article),
 * the most helpful articles and whether there is a FAQ. Nothing here counts or lists every article,
 * so the page costs the same at 1k or 100k articles (QUALITY.md P7).
 */
export async function getHelpHome(db: Database, _actor: Actor | null, input: { locale: Locale }) {
  const [categories, nonEmpty, popular, hasFaq] = await Promise.all([
    queries.listCategories(db, input),
    queries.categoriesWithArticles(db),
    queries.listVisibleArticles(db, { locale: input.locale, includeInternal: false, kind: "article", order: "helpful", limit: POPULAR_COUNT }),
    queries.hasPublishedFaq(db),
  ]);
  const tree = categories
    .filter((category) => !category.parentId)
    .map((category) => ({ ...category, sections: categories.filter((child) => child.parentId === category.id && nonEmpty.has(child.id)) }))
    .filter((category) => nonEmpty.has(category.id) || category.sections.length > 0);
  return { categories: tree, popular, hasFaq };
}

/** A category (with its sections and their articles) or a single section, by slug. */
export async function getHelpCategory(db: Database, _actor: Actor | null, input: BySlugInput) {
  const categories = await queries.listCategories(db, { locale: input.locale });
  const category = categories.find((node) => node.slug === input.slug);
  if (!category) throw new DomainError("common.notFound");
  const parent = category.parentId ? (categories.find((node) => node.id === category.parentId) ?? null) : null;
  const sections = categories.filter((node) => node.parentId === category.id);
  const pageOf = (categoryId: string) =>
    queries.listVisibleArticles(db, { locale: input.locale, includeInternal: false, categoryId, order: "position", limit: CATEGORY_PAGE_SIZE });
  const [own, ...sectionArticles] = await Promise.all([pageOf(category.id), ...sections.map((section) => pageOf(section.id))]);
  const filledSections = sections
    .map((section, index) => ({ slug: section.slug, name: section.name, description: section.description, articles: sectionArticles[index]! }))
    .filter((section) => section.articles.length > 0);
  if (!own!.length && !filledSections.length) throw new DomainError("common.notFound");
  return {
    category: { id: category.id, slug: category.slug, name: category.name, description: category.description },
    parent: parent ? { slug: parent.slug, name: parent.name } : null,
    articles: own!,
    sections: filledSections,
  };
}

const preference = (locale: Locale): Locale[] => [locale, ...locales.filter((other) => other !== locale)];

/**
 * An article for a reader: in their language, or (with isFallback) in another language when it has no
 * translation yet. A slug of another language redirects to this language's slug when one exists.
 * Internal articles answer NOT_FOUND to customers and visitors, exactly like a missing one.
 */
export async function getHelpArticle(db: Database, actor: Actor | null, input: BySlugInput) {
  const includeInternal = canSeeInternal(actor);
  const found =
    (await queries.findTranslationBySlug(db, { locale: input.locale, slug: input.slug, includeInternal })) ??
    (await queries.findArticleBySlugAnyLocale(db, { slug: input.slug, includeInternal }));
  if (!found) throw new DomainError("common.notFound");
  const [article, translations, categories] = await Promise.all([
    queries.findArticle(db, found.articleId),
    queries.listTranslations(db, found.articleId),
    queries.listCategories(db, { locale: input.locale }),
  ]);
  if (!article) throw new DomainError("common.notFound");
  const published = translations.filter((translation) => translation.status === "published");
  const own = published.find((translation) => translation.locale === input.locale);
  if (own && own.slug !== input.slug) return { redirectTo: own.slug } as const;
  const chosen = own ?? preference(input.locale).map((locale) => published.find((translation) => translation.locale === locale)).find(Boolean);
  if (!chosen) throw new DomainError("common.notFound");
  const category = categories.find((node) => node.id === article.categoryId);
  const parent = category?.parentId ? categories.find((node) => node.id === category.parentId) : undefined;
  // The most helpful articles of the same category first, then of the neighbouring sections: one
  // bounded, indexed read per category.
  const nearby = [article.categoryId, ...categories.filter((node) => category?.parentId && node.parentId === category.parentId && node.id !== article.categoryId).map((node) => node.id)];
  const siblings = await Promise.all(
    nearby.map((categoryId) => queries.listVisibleArticles(db, { locale: input.locale, includeInternal: false, categoryId, order: "helpful", limit: RELATED_COUNT + 1 })),
  );
  const related = siblings
    .flat()
    .filter((other) => other.articleId !== article.id)
    .sort((a, b) => Number(b.categoryId === article.categoryId) - Number(a.categoryId === article.categoryId) || b.helpfulCount - a.helpfulCount || a.title.localeCompare(b.title))
    .slice(0, RELATED_COUNT);
  return {
    redirectTo: null,
    article: { id: article.id, kind: article.kind, audience: article.audience },
    translation: { locale: chosen.locale, slug: chosen.slug, title: chosen.title, summary: chosen.summary, bodyHtml: chosen.bodyHtml, updatedAt: chosen.updatedAt },
    isFallback: chosen.locale !== input.locale,
    alternates: published.filter((translation) => translation.audience === "public").map((translation) => ({ locale: translation.locale, slug: translation.slug })),
    breadcrumbs: [parent, category].filter((node): node is queries.CategoryRow => Boolean(node)).map((node) => ({ slug: node.slug, name: node.name })),
    related: related.map((other) => ({ slug: other.slug, title: other.title, locale: other.locale })),
  } as const;
}

/** The FAQ page shows at most this many entries. */
const FAQ_PAGE_SIZE = 300;
/** The sitemap protocol's limit for one file. */
const SITEMAP_SIZE = 50_000;

/** FAQ entries grouped by topic (their category), answers already sanitized. */
export async function getHelpFaq(db: Database, _actor: Actor | null, input: { locale: Locale }) {
  const [categories, entries] = await Promise.all([
    queries.listCategories(db, input),
    queries.listVisibleArticles(db, { locale: input.locale, includeInternal: false, kind: "faq", withBody: true, order: "position", limit: FAQ_PAGE_SIZE }),
  ]);
  const topicOf = (categoryId: string) => {
    const category = categories.find((node) => node.id === categoryId);
    return category?.parentId ? (categories.find((node) => node.id === category.parentId) ?? category) : category;
  };
  const groups = new Map<string, { slug: string; name: string; position: number; entries: { articleId: string; slug: string; question: string; answerHtml: string; locale: Locale }[] }>();
  for (const entry of entries) {
    const topic = topicOf(entry.categoryId);
    if (!topic) continue;
    const group = groups.get(topic.id) ?? { slug: topic.slug, name: topic.name, position: topic.position, entries: [] };
    group.entries.push({ articleId: entry.articleId, slug: entry.slug, question: entry.title, answerHtml: entry.bodyHtml ?? "", locale: entry.locale });
    groups.set(topic.id, group);
  }
  return [...groups.values()].sort((a, b) => a.position - b.position);
}

/** Every public, published translation with its sibling languages, for sitemaps and hreflang. */
export async function listSitemapEntries(db: Database, _actor: Actor | null, input: { locale: Locale }) {
  const articles = await queries.listVisibleArticles(db, { locale: input.locale, includeInternal: false, order: "id", limit: SITEMAP_SIZE });
  const own = articles.filter((article) => article.locale === input.locale);
  return own.map((article) => ({ slug: article.slug, updatedAt: article.updatedAt }));
}

/* ---------- editor (staff only: the procedures are agentProcedure) ---------- */

export async function listEditorCategories(db: Database, actor: Actor) {
  const categories = await queries.listCategories(db, { locale: actor.locale });
  return categories.map((category) => ({
    id: category.id,
    slug: category.slug,
    name: category.parentId ? `${categories.find((node) => node.id === category.parentId)?.name ?? ""} › ${category.name}` : category.name,
    isSection: Boolean(category.parentId),
  }));
}

export async function listArticlesForEditor(db: Database, actor: Actor, input: ListArticlesInput) {
  return queries.listArticlesForEditor(db, { locale: actor.locale, q: input.q ?? null, status: input.status ?? null, limit: input.limit });
}

export async function getArticleForEditorOrThrow(db: Database, _actor: Actor, id: string) {
  const article = await queries.findArticle(db, id);
  if (!article) throw new DomainError("common.notFound");
  const translations = await queries.listTranslations(db, id);
  return {
    article: { id: article.id, categoryId: article.categoryId, kind: article.kind, audience: article.audience, helpfulCount: article.helpfulCount, notHelpfulCount: article.notHelpfulCount },
    translations: translations.map((translation) => ({
      id: translation.id,
      locale: translation.locale,
      slug: translation.slug,
      title: translation.title,
      summary: translation.summary,
      bodyMd: translation.bodyMd,
      bodyHtml: translation.bodyHtml,
      status: translation.status,
      version: translation.version,
      updatedAt: translation.updatedAt,
    })),
  };
}

export function previewMarkdown(bodyMd: string) {
  return { html: renderMarkdown(bodyMd).html };
}

async function writeTranslation(
  db: Database,
  actor: Actor | null,
  params: { articleId: string; audience: "public" | "internal"; fields: SaveTranslationInput | (CreateArticleInput["translation"] & { expectedVersion: null }); updatedAt?: Date },
) {
  const { fields } = params;
  const slug = fields.slug || slugify(fields.title);
  if (await queries.slugTaken(db, { locale: fields.locale, slug, exceptArticleId: params.articleId })) throw new DomainError("kb.slugTaken", { slug });
  const content = renderMarkdown(fields.bodyMd);
  const values = {
    title: fields.title,
    slug,
    summary: fields.summary,
    bodyMd: fields.bodyMd,
    bodyHtml: content.html,
    bodyText: content.text.replace(/[\uE000\uE001]/g, ""),
    status: fields.status,
    audience: params.audience,
    updatedById: actor?.userId ?? null,
    updatedAt: params.updatedAt,
  };
  const existing = await queries.findTranslation(db, { articleId: params.articleId, locale: fields.locale });
  let saved;
  if (existing) {
    if (fields.expectedVersion !== existing.version) throw new DomainError("kb.versionConflict");
    saved = await queries.updateTranslation(db, { id: existing.id, expectedVersion: existing.version, values });
    if (!saved) throw new DomainError("kb.versionConflict");
  } else {
    if (fields.expectedVersion !== null && fields.expectedVersion !== 0) throw new DomainError("kb.versionConflict");
    saved = await queries.insertTranslation(db, { ...values, articleId: params.articleId, locale: fields.locale });
  }
  await queries.insertVersion(db, { translationId: saved.id, version: saved.version, title: saved.title, summary: saved.summary, bodyMd: saved.bodyMd, status: saved.status, editedById: actor?.userId ?? null });
  if (saved.status === "published") await queries.addSearchTerms(db, { locale: saved.locale, text: `${saved.title} ${saved.summary} ${content.text}` });
  return { id: saved.id, articleId: saved.articleId, locale: saved.locale, slug: saved.slug, version: saved.version, status: saved.status };
}

/** Creates an article with its first translation (and version 1). Also used by the demo seed. */
export async function createArticle(db: Database, actor: Actor | null, input: CreateArticleInput, options: { updatedAt?: Date } = {}) {
  return db.transaction(async (tx) => {
    if (!(await queries.findCategory(tx, input.categoryId))) throw new DomainError("kb.categoryNotFound");
    const articleId = await queries.insertArticle(tx, { categoryId: input.categoryId, kind: input.kind, audience: input.audience, createdById: actor?.userId ?? null, createdAt: options.updatedAt });
    const translation = await writeTranslation(tx, actor, { articleId, audience: input.audience, fields: { ...input.translation, expectedVersion: null }, updatedAt: options.updatedAt });
    return { articleId, translation };
  });
}

/** Saves one language of an article: a new translation, or a new version of an existing one. */
export async function saveTranslation(db: Database, actor: Actor | null, input: SaveTranslationInput, options: { updatedAt?: Date } = {}) {
  return db.transaction(async (tx) => {
    const article = await queries.findArticle(tx, input.articleId);
    if (!article) throw new DomainError("common.notFound");
    return writeTranslation(tx, actor, { articleId: article.id, audience: article.audience, fields: input, updatedAt: options.updatedAt });
  });
}

export async function updateArticle(db: Database, _actor: Actor, input: UpdateArticleInput) {
  return db.transaction(async (tx) => {
    if (!(await queries.findCategory(tx, input.data.categoryId))) throw new DomainError("kb.categoryNotFound");
    if (!(await queries.updateArticleRow(tx, input.id, input.data))) throw new DomainError("common.notFound");
    return { id: input.id };
  });
}

export async function listTranslationVersions(db: Database, _actor: Actor, translationId: string) {
  if (!(await queries.findTranslationById(db, translationId))) throw new DomainError("common.notFound");
  return queries.listVersions(db, translationId);
}

/** Restores an old version as a new one (history is never rewritten); the status stays as it is now. */
export async function restoreVersion(db: Database, actor: Actor, versionId: string) {
  const version = await queries.findVersion(db, versionId);
  if (!version) throw new DomainError("common.notFound");
  const current = await queries.findTranslationById(db, version.translationId);
  if (!current) throw new DomainError("common.notFound");
  return saveTranslation(db, actor, {
    articleId: current.articleId,
    locale: current.locale,
    title: version.title,
    slug: current.slug,
    summary: version.summary,
    bodyMd: version.bodyMd,
    status: current.status,
    expectedVersion: current.version,
  });
}

/** Content gaps and deflection: top and zero-result queries, click-through, deflected contacts, recent comments. */
export async function getSearchInsights(db: Database, actor: Actor, input: { days: number }) {
  const now = Date.now();
  const [insights, feedback] = await Promise.all([
    queries.searchInsights(db, { since: new Date(now - input.days * 24 * 60 * 60 * 1000), deflectionAfter: new Date(now - DEFLECTION_DELAY_MS) }),
    queries.recentFeedback(db, { locale: actor.locale, limit: 20 }),
  ]);
  return { ...insights, feedback };
}
