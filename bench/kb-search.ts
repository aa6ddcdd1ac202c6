/**
 * Help-center search benchmark (QUALITY.md P4/P7): generates up to N published articles across
 * en/fr/it from the demo knowledge base's real sentences (and their words in the typo-correction
 * dictionary, as publishing does), then measures per query class
 *   - "sql": the statements the service sends for that query, replayed raw through postgres.js
 *     (captured from one service call; prepared, one after the other, as the service sends them),
 *   - "service": the search service called in-process on postgres.js (sql + mapping, no HTTP/tRPC),
 *   - "api": GET /api/trpc/kb.search on a running production build,
 * all three at the same fixed arrival rate (open loop), and sql and service also back to back,
 * plus the floor of the HTTP layer ("floor": tRPC system.health, one trivial query, through the same
 * Next route at the same rate), and the API's throughput at 32 concurrent clients (closed loop).
 *
 *   node --import tsx bench/kb-search.ts --database-url postgres://… --base-url http://localhost:3400
 *     [--articles 100000] [--rate 40] [--seconds 5] [--compare bench/results/<an earlier kb-search report>.json]
 * --compare prints this run's p95 over the other report's, per class (P7: run once at 1k and once at
 * 100k articles, each database with its own server, and compare).
 */
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { drizzle } from "drizzle-orm/postgres-js";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { createDb, type Db } from "@/db/client";
import * as schema from "@/db/schema";
import { kbArticles, kbArticleTranslations, kbCategories } from "@/db/schema";
import { kbArticleSeeds } from "@/db/seed/kb-articles";
import { renderMarkdown } from "@/server/content/markdown";
import os from "node:os";
import { getHelpHome, searchArticles, suggestArticles } from "@/server/kb";
import type { Locale } from "@/server/i18n/config";
import { parsePositiveInt } from "./lib/args";
import { openLoopCalls, percentiles, runLoad, runOpenLoop, type Percentiles } from "./lib/load";
import { writeReport } from "./lib/report";

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ""), process.argv[i + 1] ?? "");
const databaseUrl = args.get("database-url");
const baseUrl = args.get("base-url");
const target = parsePositiveInt("--articles", args.get("articles")) ?? 100_000;
const rate = parsePositiveInt("--rate", args.get("rate")) ?? 40;
const seconds = parsePositiveInt("--seconds", args.get("seconds")) ?? 5;
const compareWith = args.get("compare");
if (!databaseUrl || !baseUrl) {
  console.error("usage: bench/kb-search.ts --database-url <url> --base-url <url> [--articles 100000] [--rate 40] [--seconds 5] [--compare <report.json>]");
  process.exit(2);
}

const locales: Locale[] = ["en", "fr", "it"];
const products = ["Nexa 15", "Nexa 15 Pro", "Koru X2", "Koru Flip 2", "Aerobook 14", "Terra 15", "Nexa Pad 11", "Lumio OLED 55", "Sonora Buds Pro", "Domia Hub", "Koru Watch 4"];

/** Deterministic pseudo-random numbers, so two runs generate the same corpus. */
function rng(seed: number) {
  let state = seed >>> 0;
  return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function sentencePools() {
  const pools = new Map<Locale, { titles: string[]; sentences: string[] }>();
  for (const locale of locales) {
    const titles: string[] = [];
    const sentences: string[] = [];
    for (const seed of kbArticleSeeds) {
      const text = seed[locale];
      if (!text.title) continue;
      titles.push(text.title);
      sentences.push(...renderMarkdown(text.body).text.split(/(?<=[.!?:])\s+/).filter((sentence) => sentence.length > 20));
    }
    pools.set(locale, { titles, sentences });
  }
  return pools;
}

/**
 * The generated articles' words in the typo-correction dictionary, counted per article as publishing
 * does (addSearchTerms): without them a misspelled query measures a dictionary that knows nothing.
 */
async function addTermsOf(db: Db, where: ReturnType<typeof sql>) {
  await db.execute(sql`
    insert into kb_search_terms (locale, term, document_count)
    select t.locale, w.term, count(*)
    from kb_article_translations t
    cross join lateral (
      select distinct term from regexp_split_to_table(kb_unaccent(lower(t.title || ' ' || t.summary || ' ' || t.body_text)), '[^[:alnum:]]+') as term
      where length(term) between 3 and 40
    ) w
    where ${where}
    group by t.locale, w.term
    on conflict (locale, term) do update set document_count = kb_search_terms.document_count + excluded.document_count`);
}

async function ensureArticles(db: Db) {
  const [{ count }] = (await db.execute<{ count: number }>(sql`select count(*)::int as count from kb_article_translations where slug like 'bench-%'`)) as unknown as [{ count: number }];
  // A database generated before the bench filled the dictionary: fill it once for what is there.
  const [{ terms }] = (await db.execute<{ terms: number }>(sql`select count(*)::int as terms from kb_search_terms`)) as unknown as [{ terms: number }];
  if (count > 0 && terms === 0) await addTermsOf(db, sql`t.slug like 'bench-%'`);
  if (count >= target) return { generated: 0, seconds: 0 };
  const started = performance.now();
  const [category] = await db.insert(kbCategories).values({ slug: `bench-${Date.now()}` }).returning({ id: kbCategories.id });
  const pools = sentencePools();
  const random = rng(42 + count);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  for (let done = count; done < target; ) {
    const batch = Math.min(1000, target - done);
    const articles = await db
      .insert(kbArticles)
      .values(Array.from({ length: batch }, () => ({ categoryId: category!.id, helpfulCount: Math.floor(random() * 50), notHelpfulCount: Math.floor(random() * 10) })))
      .returning({ id: kbArticles.id });
    await db.insert(kbArticleTranslations).values(
      articles.map((article, index) => {
        const locale = locales[(done + index) % 3]!;
        const pool = pools.get(locale)!;
        const title = `${pick(pool.titles)} (${pick(products)})`;
        const bodyText = Array.from({ length: 4 + Math.floor(random() * 6) }, () => pick(pool.sentences)).join(" ");
        return {
          articleId: article.id,
          locale,
          slug: `bench-${done + index}`,
          title,
          summary: pick(pool.sentences),
          bodyMd: bodyText,
          bodyHtml: `<p>${bodyText.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`,
          bodyText,
          status: "published" as const,
          publishedAt: new Date(),
          updatedAt: new Date(Date.now() - Math.floor(random() * 700) * 86_400_000),
        };
      }),
    );
    await addTermsOf(db, sql`t.article_id = any(${`{${articles.map((article) => article.id).join(",")}}`}::uuid[])`);
    done += batch;
    if (done % 10_000 === 0) console.log(`  generated ${done}/${target}`);
  }
  // Vacuumed, not only analyzed: a server with autovacuum off (as on the dev machines) would otherwise
  // keep the generation's dead dictionary rows and unmerged GIN entries in every search's path.
  for (const table of ["kb_article_translations", "kb_articles", "kb_search_terms"]) await db.execute(sql.raw(`vacuum analyze ${table}`));
  return { generated: target - count, seconds: (performance.now() - started) / 1000 };
}

type QueryClass = { name: string; locale: Locale; q: string; isPrefix?: boolean; isHome?: boolean };
const classes: QueryClass[] = [
  { name: "rare", locale: "en", q: "soundbar eARC" },
  { name: "frequent", locale: "fr", q: "commande" },
  { name: "two words", locale: "it", q: "pacco danneggiato" },
  { name: "no accents", locale: "fr", q: "colis endommage" },
  { name: "typo", locale: "fr", q: "garanite" },
  { name: "prefix (suggest)", locale: "en", q: "warra", isPrefix: true },
  // P7: the help-center home must not grow with the number of articles.
  { name: "home page (kb.home)", locale: "fr", q: "", isHome: true },
];

const trpcUrl = (queryClass: QueryClass) => {
  if (queryClass.isHome) return `${baseUrl}/api/trpc/kb.home?input=${encodeURIComponent(JSON.stringify({ json: { locale: queryClass.locale } }))}`;
  const input = queryClass.isPrefix ? { q: queryClass.q, locale: queryClass.locale, limit: 5 } : { q: queryClass.q, locale: queryClass.locale, limit: 10, context: "help" };
  return `${baseUrl}/api/trpc/kb.${queryClass.isPrefix ? "suggest" : "search"}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
};

const callService = (db: Db, queryClass: QueryClass) =>
  queryClass.isHome
    ? getHelpHome(db, null, { locale: queryClass.locale })
    : queryClass.isPrefix
      ? suggestArticles(db, null, { q: queryClass.q, locale: queryClass.locale, limit: 5 })
      : searchArticles(db, null, { q: queryClass.q, locale: queryClass.locale, limit: 10, context: "help" });

async function direct(db: Db, queryClass: QueryClass, iterations: number): Promise<Percentiles> {
  const samples: number[] = [];
  for (let i = 0; i < iterations + 20; i++) {
    const started = performance.now();
    await callService(db, queryClass);
    if (i >= 20) samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

/**
 * Steady state before a measurement: a fresh `next start` loads each route's modules on its first
 * request, and V8 keeps optimizing the request path for thousands of requests (a search's server CPU
 * fell from 4.9 to 3.4 ms over its first 2,400 here), so each endpoint first runs 3 s at 4 clients.
 */
async function warmUp(url: string) {
  await runLoad({ url, connections: 4, seconds: 3 });
}

type Statement = { query: string; params: unknown[] };

/** The statements one service call sends (postgres.js's own type lookups left out), to replay them raw. */
async function captureStatements(queryClass: QueryClass): Promise<Statement[]> {
  const statements: Statement[] = [];
  const client = postgres(databaseUrl!, { max: 1, onnotice: () => {}, debug: (_connection, query, params) => statements.push({ query, params: params as unknown[] }) });
  try {
    const captureDb = drizzle(client, { schema, casing: "snake_case" }) as unknown as Db;
    await callService(captureDb, queryClass);
    statements.length = 0;
    await callService(captureDb, queryClass);
  } finally {
    await client.end({ timeout: 5 });
  }
  return statements.filter((statement) => !statement.query.includes("pg_catalog.pg_type"));
}

async function replay(client: postgres.Sql, statements: Statement[]) {
  for (const statement of statements) await client.unsafe(statement.query, statement.params as never[], { prepare: true });
}

async function rawSql(client: postgres.Sql, statements: Statement[], iterations: number): Promise<Percentiles> {
  const samples: number[] = [];
  for (let i = 0; i < iterations + 20; i++) {
    const started = performance.now();
    await replay(client, statements);
    if (i >= 20) samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

/** sql and direct back to back (the floor's best case); sqlAtRate, directAtRate and api at the same fixed arrival rate. */
type ResultRow = {
  class: string;
  statements: number;
  sql: Percentiles;
  direct: Percentiles;
  sqlAtRate: Percentiles;
  directAtRate: Percentiles;
  api: Percentiles;
  apiErrors: number;
  /** API p95 over the raw SQL's p95 at the same arrival rate (P4: <= 3 ms). */
  overheadP95: number;
};

function compareTo(rows: ResultRow[], file: string) {
  const other = JSON.parse(fs.readFileSync(file, "utf8")) as { total: number; rows: (Omit<ResultRow, "sqlAtRate" | "directAtRate"> & Partial<ResultRow>)[] };
  console.log(`\np95 of this run over ${file} (${other.total} translations): P7 asks for <= 1.3`);
  console.log("class                |   sql   service    api   (at the fixed rate where both reports have it)");
  for (const row of rows) {
    const before = other.rows.find((candidate) => candidate.class === row.class);
    if (!before) continue;
    const ratio = (now: Percentiles | undefined, then: Percentiles | undefined) => (now && then ? (now.p95 / then.p95).toFixed(2).padStart(7) : "      -");
    const sqlNow = before.sqlAtRate ? row.sqlAtRate : row.sql;
    const directNow = before.directAtRate ? row.directAtRate : row.direct;
    console.log(`${row.class.padEnd(20)} | ${ratio(sqlNow, before.sqlAtRate ?? before.sql)} ${ratio(directNow, before.directAtRate ?? before.direct)} ${ratio(row.api, before.api)}`);
  }
}

const db = createDb(databaseUrl, { max: 8 });
// As many connections as the app's pool, so calls that overlap at the fixed rate do not queue for one.
const raw = postgres(databaseUrl, { max: 8, onnotice: () => {} });
try {
  console.log(`kb-search: ensuring ${target} generated articles…`);
  const generation = await ensureArticles(db);
  const [{ total }] = (await db.execute<{ total: number }>(sql`select count(*)::int as total from kb_article_translations`)) as unknown as [{ total: number }];
  const rows: ResultRow[] = [];
  for (const queryClass of classes) {
    const statements = await captureStatements(queryClass);
    const sqlLatency = await rawSql(raw, statements, 200);
    const directLatency = await direct(db, queryClass, 200);
    const sqlAtRate = await openLoopCalls({ rate, seconds, call: () => replay(raw, statements) });
    const directAtRate = await openLoopCalls({ rate, seconds, call: () => callService(db, queryClass) });
    await warmUp(trpcUrl(queryClass));
    const api = await runOpenLoop({ url: trpcUrl(queryClass), rate, seconds });
    rows.push({
      class: queryClass.name,
      statements: statements.length,
      sql: sqlLatency,
      direct: directLatency,
      sqlAtRate,
      directAtRate,
      api: api.latencyMs,
      apiErrors: api.errors + api.non2xx,
      overheadP95: api.latencyMs.p95 - sqlAtRate.p95,
    });
  }
  await warmUp(`${baseUrl}/api/trpc/system.health`);
  const floor = await runOpenLoop({ url: `${baseUrl}/api/trpc/system.health`, rate, seconds });
  const loadBefore = os.loadavg();
  const throughput = await runLoad({ url: trpcUrl(classes[2]!), connections: 32, seconds: 10 });
  const floorThroughput = await runLoad({ url: `${baseUrl}/api/trpc/system.health`, connections: 32, seconds: 10 });
  const loadAfter = os.loadavg();
  const fmt = (value: number) => value.toFixed(2).padStart(7);
  const triple = (p: Percentiles) => `${fmt(p.p50)}${fmt(p.p95)}${fmt(p.p99)}`;
  console.log(`\nkb search on ${total} translations (generated now: ${generation.generated} in ${generation.seconds.toFixed(1)} s)`);
  console.log(`back to back: one call after the other; at ${rate}/s: open loop at ${rate} calls/s for ${seconds} s (raw SQL, service and API alike)`);
  console.log("                     |       | back to back  |                  at the fixed rate: p50 / p95 / p99                  |");
  console.log("class                | stmts | sql p50   p95 | sql p50    p95    p99 | service p50 p95   p99 | api p50    p95    p99 | api-sql p95 | errors");
  for (const row of rows)
    console.log(
      `${row.class.padEnd(20)} | ${String(row.statements).padStart(5)} | ${fmt(row.sql.p50)}${fmt(row.sql.p95)} | ${triple(row.sqlAtRate)} | ${triple(row.directAtRate)} | ${triple(row.api)} | ${fmt(row.overheadP95)}     | ${row.apiErrors}`,
    );
  console.log(`${"floor (system.health)".padEnd(20)} |     1 |               |                       |                       | ${triple(floor.latencyMs)} |             | ${floor.errors + floor.non2xx}`);
  console.log(`\n32 concurrent clients ("two words"): ${throughput.requestsPerSecond.toFixed(0)} req/s, p95 ${throughput.latencyMs.p95.toFixed(1)} ms, errors ${throughput.errors + throughput.non2xx}`);
  console.log(`32 concurrent clients (floor, system.health): ${floorThroughput.requestsPerSecond.toFixed(0)} req/s, p95 ${floorThroughput.latencyMs.p95.toFixed(1)} ms, errors ${floorThroughput.errors + floorThroughput.non2xx}`);
  console.log(`load average (1/5/15 min) before the closed loops ${loadBefore.map((v) => v.toFixed(2)).join(" ")}, after ${loadAfter.map((v) => v.toFixed(2)).join(" ")} on ${os.cpus().length} cores`);
  const file = writeReport("kb-search", { total, generation, rate, seconds, rows, floor: floor.latencyMs, throughput, floorThroughput, loadAverage: { before: loadBefore, after: loadAfter, cores: os.cpus().length } });
  console.log(`report: ${file}`);
  if (compareWith) compareTo(rows, compareWith);
} finally {
  await raw.end({ timeout: 5 });
  await db.$client.end({ timeout: 5 });
}
