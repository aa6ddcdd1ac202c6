/**
 * Help-center search benchmark (QUALITY.md P4/P7): generates up to N published articles across
 * en/fr/it from the demo knowledge base's real sentences, then measures per query class
 *   - "direct": the search service called in-process on postgres.js (the same SQL, no HTTP/tRPC),
 *   - "api": GET /api/trpc/kb.search on a running production build, open loop at a fixed rate,
 * and the API's throughput at 32 concurrent clients (closed loop). "direct" includes everything the
 * procedure does (every query of the staged search and the search-log insert), without HTTP/tRPC.
 *
 *   node --import tsx bench/kb-search.ts --database-url postgres://… --base-url http://localhost:3400 [--articles 100000]
 */
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { createDb, type Db } from "@/db/client";
import { kbArticles, kbArticleTranslations, kbCategories } from "@/db/schema";
import { kbArticleSeeds } from "@/db/seed/kb-articles";
import { renderMarkdown } from "@/server/content/markdown";
import os from "node:os";
import { getHelpHome, searchArticles, suggestArticles } from "@/server/kb";
import type { Locale } from "@/server/i18n/config";
import { parsePositiveInt } from "./lib/args";
import { percentiles, runLoad, runOpenLoop, type Percentiles } from "./lib/load";
import { writeReport } from "./lib/report";

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ""), process.argv[i + 1] ?? "");
const databaseUrl = args.get("database-url");
const baseUrl = args.get("base-url");
const target = parsePositiveInt("--articles", args.get("articles")) ?? 100_000;
const rate = parsePositiveInt("--rate", args.get("rate")) ?? 40;
const seconds = parsePositiveInt("--seconds", args.get("seconds")) ?? 5;
if (!databaseUrl || !baseUrl) {
  console.error("usage: bench/kb-search.ts --database-url <url> --base-url <url> [--articles 100000] [--rate 40] [--seconds 5]");
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

async function ensureArticles(db: Db) {
  const [{ count }] = (await db.execute<{ count: number }>(sql`select count(*)::int as count from kb_article_translations where slug like 'bench-%'`)) as unknown as [{ count: number }];
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
    done += batch;
    if (done % 10_000 === 0) console.log(`  generated ${done}/${target}`);
  }
  await db.execute(sql`analyze kb_article_translations`);
  await db.execute(sql`analyze kb_articles`);
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

async function direct(db: Db, queryClass: QueryClass, iterations: number): Promise<Percentiles> {
  const samples: number[] = [];
  for (let i = 0; i < iterations + 20; i++) {
    const started = performance.now();
    if (queryClass.isHome) await getHelpHome(db, null, { locale: queryClass.locale });
    else if (queryClass.isPrefix) await suggestArticles(db, null, { q: queryClass.q, locale: queryClass.locale, limit: 5 });
    else await searchArticles(db, null, { q: queryClass.q, locale: queryClass.locale, limit: 10, context: "help" });
    if (i >= 20) samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

const db = createDb(databaseUrl, { max: 8 });
try {
  console.log(`kb-search: ensuring ${target} generated articles…`);
  const generation = await ensureArticles(db);
  const [{ total }] = (await db.execute<{ total: number }>(sql`select count(*)::int as total from kb_article_translations`)) as unknown as [{ total: number }];
  const rows: { class: string; direct: Percentiles; api: Percentiles; apiErrors: number; overheadP95: number }[] = [];
  for (const queryClass of classes) {
    const directLatency = await direct(db, queryClass, 200);
    const api = await runOpenLoop({ url: trpcUrl(queryClass), rate, seconds });
    rows.push({ class: queryClass.name, direct: directLatency, api: api.latencyMs, apiErrors: api.errors + api.non2xx, overheadP95: api.latencyMs.p95 - directLatency.p95 });
  }
  const loadBefore = os.loadavg();
  const throughput = await runLoad({ url: trpcUrl(classes[2]!), connections: 32, seconds: 10 });
  const loadAfter = os.loadavg();
  const fmt = (value: number) => value.toFixed(2).padStart(7);
  console.log(`\nkb search on ${total} translations (generated now: ${generation.generated} in ${generation.seconds.toFixed(1)} s); api open loop ${rate} req/s for ${seconds} s`);
  console.log("class                | direct p50    p95    p99 | api p50    p95    p99 | api-direct p95 | errors");
  for (const row of rows)
    console.log(`${row.class.padEnd(20)} | ${fmt(row.direct.p50)}${fmt(row.direct.p95)}${fmt(row.direct.p99)} | ${fmt(row.api.p50)}${fmt(row.api.p95)}${fmt(row.api.p99)} | ${fmt(row.overheadP95)}        | ${row.apiErrors}`);
  console.log(`\n32 concurrent clients ("two words"): ${throughput.requestsPerSecond.toFixed(0)} req/s, p95 ${throughput.latencyMs.p95.toFixed(1)} ms, errors ${throughput.errors + throughput.non2xx}`);
  console.log(`load average (1/5/15 min) before the closed loop ${loadBefore.map((v) => v.toFixed(2)).join(" ")}, after ${loadAfter.map((v) => v.toFixed(2)).join(" ")} on ${os.cpus().length} cores`);
  const file = writeReport("kb-search", { total, generation, rate, seconds, rows, throughput, loadAverage: { before: loadBefore, after: loadAfter, cores: os.cpus().length } });
  console.log(`report: ${file}`);
} finally {
  await db.$client.end({ timeout: 5 });
}
