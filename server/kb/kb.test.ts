import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedKnowledgeBase } from "@/db/seed/kb";
import { renderMarkdown } from "@/server/content/markdown";
import { createCustomerUser, createStaffUser, type ArrangedCustomer, type ArrangedStaff } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { attempt, contextFor, lazyQueue } from "@/tests/support/trpc";
import { eq, inArray, sql } from "drizzle-orm";
import { createDb } from "@/db/client";
import { kbFeedback, kbSearchLog } from "@/db/schema";
import { FEEDBACK_PER_HOUR, getHelpArticle, getHelpHome, markSearchesFollowedByCase, recordFeedback, recordSearchClick, searchArticles, suggestArticles } from "./index";
import { relevanceSet } from "./relevance-set";

const { db, url } = await setupTestDatabase();
const queue = lazyQueue(url);
afterAll(() => queue.stop());

let ids: Map<string, string>;
let customer: ArrangedCustomer;
let agent: ArrangedStaff;
const idOf = (key: string) => ids.get(key)!;

beforeAll(async () => {
  ids = await seedKnowledgeBase(db);
  customer = await createCustomerUser(db);
  agent = await createStaffUser(db, { role: "agent" });
}, 120_000);

const search = (q: string, locale: "en" | "fr" | "it", actor: ArrangedCustomer["actor"] | ArrangedStaff["actor"] | null = null, context: "help" | "backoffice" = "help") =>
  searchArticles(db, actor, { q, locale, limit: 10, context });

describe("search acceptance", () => {
  it("finds the French returns article for 'retour colis endommagé', with and without accents", async () => {
    for (const q of ["retour colis endommagé", "retour colis endommage"]) {
      const result = await search(q, "fr");
      expect(result.items.slice(0, 3).map((item) => item.articleId)).toContain(idOf("damaged-parcel"));
      expect(result.items[0]!.snippet.some((part) => part.isMatch)).toBe(true);
    }
  });

  it("still finds the warranty article with a typo (garanite)", async () => {
    const result = await search("garanite", "fr");
    expect(result.correctedQuery).toBe("garantie");
    expect(result.items.slice(0, 3).map((item) => item.articleId)).toContain(idOf("warranty-coverage"));
  });

  it("never returns an internal article to a customer or an anonymous caller, but does to staff in the back-office", async () => {
    for (const actor of [null, customer.actor]) {
      const result = await search("geste commercial remboursement délai", "fr", actor);
      expect(result.items.map((item) => item.articleId)).not.toContain(idOf("internal-refund-exceptions"));
      await expect(getHelpArticle(db, actor, { locale: "fr", slug: "exceptions-de-remboursement-gestes-commerciaux-hors-delai-de-retour" })).rejects.toMatchObject({ code: "common.notFound" });
    }
    const staff = await search("geste commercial remboursement", "fr", agent.actor, "backoffice");
    expect(staff.items.map((item) => item.articleId)).toContain(idOf("internal-refund-exceptions"));
  });

  it("logs every search with its results", async () => {
    const result = await search("zzqqxx introuvable", "fr");
    expect(result.items).toEqual([]);
    const outcome = await attempt(contextFor(db, agent.actor, { getQueue: queue.getQueue }), "kb.insights", { days: 1 });
    expect(outcome.ok).toBe(true);
    const insights = (outcome as { value: { zeroResults: { query: string }[] } }).value;
    expect(insights.zeroResults.map((row) => row.query)).toContain("zzqqxx introuvable");
  });
});

describe("search log", () => {
  const logged = (searchId: string) => db.select().from(kbSearchLog).where(eq(kbSearchLog.id, searchId));

  it("logs every search exactly once with the results returned, whichever stage answered", async () => {
    const cases = [
      { q: "retour colis endommagé", corrected: null }, // every word
      { q: "garanite", corrected: "garantie" }, // typo correction, a second statement
      { q: "zzqqxx introuvable", corrected: null }, // nothing at all
      { q: "!!!", corrected: null }, // no word
    ];
    for (const { q, corrected } of cases) {
      const result = await search(q, "fr");
      const rows = await logged(result.searchId);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ query: q, locale: "fr", context: "help", resultCount: result.items.length, correctedQuery: corrected });
      expect(rows[0]!.resultArticleIds).toEqual(result.items.map((item) => item.articleId));
    }
  });

  it("ranks the words of the first stage before those a wider stage adds, without duplicates", async () => {
    const result = await search("colis endommagé zzqqxx", "fr");
    const ids = result.items.map((item) => item.articleId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 3)).toContain(idOf("damaged-parcel"));
  });
});

describe("relevance", () => {
  it("ranks the expected article in the top 3 for at least 90% of 60 customer queries", async () => {
    let hits = 0;
    let reciprocal = 0;
    const misses: string[] = [];
    for (const entry of relevanceSet) {
      const result = await search(entry.q, entry.locale);
      const rank = result.items.findIndex((item) => item.articleId === idOf(entry.expected)) + 1;
      if (rank >= 1 && rank <= 3) hits++;
      else misses.push(`${entry.locale} "${entry.q}" -> rank ${rank || "none"} (top: ${result.items[0]?.title ?? "nothing"})`);
      if (rank >= 1) reciprocal += 1 / rank;
    }
    const recall = hits / relevanceSet.length;
    const mrr = reciprocal / relevanceSet.length;
    console.info(`kb relevance: ${relevanceSet.length} queries, recall@3 = ${recall.toFixed(3)}, MRR = ${mrr.toFixed(3)}${misses.length ? `\n  misses:\n  ${misses.join("\n  ")}` : ""}`);
    expect(relevanceSet.length).toBeGreaterThanOrEqual(60);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe("articles", () => {
  it("falls back to another language with a notice when a translation is missing", async () => {
    const result = await getHelpArticle(db, null, { locale: "it", slug: "wall-mount-a-lumio-tv" });
    expect(result.redirectTo).toBeNull();
    if (result.redirectTo !== null) return;
    expect(result.isFallback).toBe(true);
    expect(result.translation.locale).toBe("en");
    expect(result.alternates.map((alternate) => alternate.locale).sort()).toEqual(["en", "fr"]);
  });

  it("redirects a slug of another language to the reader's translation", async () => {
    const result = await getHelpArticle(db, null, { locale: "fr", slug: "track-your-order-and-parcel" });
    expect(result.redirectTo).toBe("suivre-ma-commande-et-mon-colis");
  });

  it("renders article bodies inert: no script, no event handler, no javascript: URL", () => {
    const { html } = renderMarkdown('Hi <script>alert(1)</script><img src=x onerror="alert(1)"> [a](javascript:alert(1)) <a href="jav&#x09;ascript:alert(1)">b</a> <svg onload=alert(1)>');
    expect(html).not.toMatch(/<script|onerror|onload|javascript:/i);
  });
});

describe("router", () => {
  const ctx = (actor: ArrangedCustomer["actor"] | ArrangedStaff["actor"] | null) => contextFor(db, actor, { locale: "fr", getQueue: queue.getQueue });
  const draft = () => ({ locale: "fr", title: `Brouillon ${Math.random().toString(36).slice(2, 8)}`, slug: null, summary: "", bodyMd: "Texte **gras**", status: "draft" });

  it("refuses the editor to customers (FORBIDDEN) and to visitors (UNAUTHORIZED)", async () => {
    const categories = await attempt(ctx(agent.actor), "kb.categories");
    const categoryId = (categories as { value: { id: string }[] }).value[0]!.id;
    const input = { categoryId, kind: "article", audience: "public", translation: draft() };
    const asCustomer = await attempt(ctx(customer.actor), "kb.create", input);
    expect(asCustomer.ok).toBe(false);
    if (!asCustomer.ok) expect(asCustomer.error.code).toBe("FORBIDDEN");
    const asVisitor = await attempt(ctx(null), "kb.create", input);
    if (!asVisitor.ok) expect(asVisitor.error.code).toBe("UNAUTHORIZED");
  });

  it("answers NOT_FOUND for an internal article to a customer, exactly like a missing one", async () => {
    const internal = await attempt(ctx(customer.actor), "kb.feedback", { articleId: idOf("internal-carrier-claims"), locale: "fr", isHelpful: true });
    const missing = await attempt(ctx(customer.actor), "kb.feedback", { articleId: "00000000-0000-4000-8000-000000000000", locale: "fr", isHelpful: true });
    expect(internal.ok || missing.ok).toBe(false);
    if (!internal.ok && !missing.ok) expect(internal.shape).toEqual(missing.shape);
  });

  it("keeps versions, refuses a stale save, restores an old version and refuses a duplicate slug", async () => {
    const categories = await attempt(ctx(agent.actor), "kb.categories");
    const categoryId = (categories as { value: { id: string }[] }).value[0]!.id;
    const created = await attempt(ctx(agent.actor), "kb.create", { categoryId, kind: "article", audience: "public", translation: { ...draft(), slug: "mon-brouillon" } });
    expect(created.ok).toBe(true);
    const { articleId } = (created as { value: { articleId: string } }).value;
    const save = (expectedVersion: number, bodyMd: string) =>
      attempt(ctx(agent.actor), "kb.saveTranslation", { articleId, locale: "fr", title: "Mon brouillon", slug: "mon-brouillon", summary: "", bodyMd, status: "draft", expectedVersion });
    expect((await save(1, "Version deux")).ok).toBe(true);
    const stale = await save(1, "Version perdue");
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.shape.data.errorCode).toBe("kb.versionConflict");
    const article = (await attempt(ctx(agent.actor), "kb.get", { id: articleId })) as { value: { translations: { id: string; bodyMd: string; version: number }[] } };
    const translation = article.value.translations[0]!;
    expect(translation.bodyMd).toBe("Version deux");
    const versions = (await attempt(ctx(agent.actor), "kb.versions", { id: translation.id })) as { value: { id: string; version: number }[] };
    expect(versions.value.map((version) => version.version)).toEqual([2, 1]);
    expect((await attempt(ctx(agent.actor), "kb.restore", { id: versions.value[1]!.id })).ok).toBe(true);
    const restored = (await attempt(ctx(agent.actor), "kb.get", { id: articleId })) as { value: { translations: { bodyMd: string; version: number }[] } };
    expect(restored.value.translations[0]).toMatchObject({ bodyMd: "Texte **gras**", version: 3 });
    const duplicate = await attempt(ctx(agent.actor), "kb.create", { categoryId, kind: "article", audience: "public", translation: { ...draft(), slug: "mon-brouillon" } });
    expect(duplicate.ok).toBe(false);
    if (!duplicate.ok) expect(duplicate.shape.data.errorCode).toBe("kb.slugTaken");
  });

  it("rejects bad input with a translated 400 and writes nothing", async () => {
    const outcome = await attempt(ctx(null), "kb.search", { q: "", locale: "de" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe("BAD_REQUEST");
      expect(Object.keys(outcome.shape.data.fieldErrors ?? {})).toEqual(expect.arrayContaining(["q", "locale"]));
    }
  });

  it("records a helpful vote", async () => {
    const outcome = await attempt(ctx(null), "kb.feedback", { articleId: idOf("track-order"), locale: "fr", isHelpful: true, comment: "Clair et rapide" });
    expect(outcome.ok).toBe(true);
  });
});

describe("prepared statements", () => {
  it("prepares one statement per search shape, whatever the words (the per-connection statement cache stays bounded)", async () => {
    // One connection, so pg_prepared_statements shows everything this client prepared.
    const single = createDb(url, { max: 1 });
    try {
      const prepared = async () => (await single.execute<{ statement: string }>(sql`select statement from pg_prepared_statements order by statement`)).map((row) => row.statement);
      const run = async (words: [string, string, string, string]) => {
        await searchArticles(single, null, { q: words[0], locale: "fr", limit: 10, context: "help" });
        await searchArticles(single, null, { q: words[1], locale: "fr", limit: 10, context: "help" });
        await suggestArticles(single, null, { q: words[2], locale: "fr", limit: 5 });
        await suggestArticles(single, null, { q: words[3], locale: "fr", limit: 5 });
      };
      await run(["retour colis", "garanite", "garan", "colis endommagé "]);
      const afterOne = await prepared();
      await run(["suivi commande", "remboursemnt", "remb", "suivi livraison "]);
      expect(await prepared()).toEqual(afterOne);
      expect(afterOne.some((statement) => statement.includes("kb_search_log"))).toBe(true);
      expect(afterOne.some((statement) => statement.includes("starts_with"))).toBe(true);
    } finally {
      await single.$client.end({ timeout: 5 });
    }
  });
});

describe("suggestions and listings", () => {
  it("suggests titles from a prefix, in the reader's language, never an internal article", async () => {
    const french = await suggestArticles(db, null, { q: "garan", locale: "fr", limit: 5 });
    expect(french.map((item) => item.articleId)).toContain(idOf("warranty-coverage"));
    const english = await suggestArticles(db, null, { q: "track my ord", locale: "en", limit: 5 });
    expect(english.map((item) => item.articleId)).toContain(idOf("track-order"));
    const internal = await suggestArticles(db, null, { q: "geste commercial", locale: "fr", limit: 8 });
    expect(internal.map((item) => item.articleId)).not.toContain(idOf("internal-refund-exceptions"));
  });

  it("completes the word being typed through the language's known words, whatever their stem or accents", async () => {
    const cases = [
      { q: "pacco dann", locale: "it", key: "damaged-parcel" },
      { q: "colis endommag", locale: "fr", key: "damaged-parcel" },
      { q: "colis endommagé", locale: "fr", key: "damaged-parcel" },
      { q: "crac", locale: "en", key: "screen-broken" },
      { q: "screen crac", locale: "en", key: "screen-broken" },
    ] as const;
    for (const { q, locale, key } of cases) {
      const items = await suggestArticles(db, null, { q, locale, limit: 5 });
      expect(items.map((item) => item.articleId), q).toContain(idOf(key));
    }
    // A finished last word is not a prefix; a prefix no known word starts with matches nothing here.
    expect((await suggestArticles(db, null, { q: "pacco danneggiato ", locale: "it", limit: 5 })).map((item) => item.articleId)).toContain(idOf("damaged-parcel"));
    expect(await suggestArticles(db, null, { q: "zzqx", locale: "en", limit: 5 })).toEqual([]);
  });

  it("builds the home page from bounded reads: non-empty categories with their sections, popular articles, the FAQ link", async () => {
    const home = await getHelpHome(db, null, { locale: "fr" });
    expect(home.categories.length).toBeGreaterThan(0);
    expect(home.popular.length).toBeGreaterThan(0);
    expect(home.popular.length).toBeLessThanOrEqual(6);
    expect(home.popular.map((article) => article.articleId)).not.toContain(idOf("internal-refund-exceptions"));
    expect(home.hasFaq).toBe(true);
  });
});

describe("feedback limits and deflection", () => {
  const feedbackCount = async (articleId: string) =>
    (await db.select({ id: kbFeedback.id }).from(kbFeedback).where(eq(kbFeedback.articleId, articleId))).length;

  it("limits helpful votes per visitor and hour, answering 429 and writing nothing, without hurting other visitors", async () => {
    const articleId = idOf("warranty-coverage");
    const vote = (ip: string) => recordFeedback(db, null, { articleId, locale: "fr", isHelpful: true }, { ip });
    for (let i = 0; i < FEEDBACK_PER_HOUR; i++) await vote("203.0.113.7");
    const before = await feedbackCount(articleId);
    await expect(vote("203.0.113.7")).rejects.toMatchObject({ code: "kb.feedbackRateLimited" });
    expect(await feedbackCount(articleId)).toBe(before);
    await expect(vote("198.51.100.9")).resolves.toEqual({ ok: true });
    const outcome = await attempt(contextFor(db, customer.actor, { getQueue: queue.getQueue }), "kb.feedback", { articleId, locale: "fr", isHelpful: false });
    expect(outcome.ok).toBe(true);
  });

  it("marks only the submitter's own case-form searches as followed by a case, ignoring foreign or malformed ids", async () => {
    const other = await createCustomerUser(db);
    const click = (actor: ArrangedCustomer["actor"]) =>
      recordSearchClick(db, actor, { articleId: idOf("damaged-parcel"), locale: "fr", query: "colis abîmé", context: "case_form" }, { ip: "192.0.2.1" });
    const mine = await click(customer.actor);
    const theirs = await click(other.actor);
    const marked = await markSearchesFollowedByCase(db, customer.actor, [mine.searchId, theirs.searchId, "not-a-uuid", 42, mine.searchId]);
    expect(marked).toBe(1);
    const rows = await db.select({ id: kbSearchLog.id, caseCreatedAt: kbSearchLog.caseCreatedAt }).from(kbSearchLog).where(inArray(kbSearchLog.id, [mine.searchId!, theirs.searchId!]));
    expect(rows.find((row) => row.id === mine.searchId)?.caseCreatedAt).toBeInstanceOf(Date);
    expect(rows.find((row) => row.id === theirs.searchId)?.caseCreatedAt).toBeNull();
    expect(await markSearchesFollowedByCase(db, customer.actor, [])).toBe(0);
  });
});
