/**
 * Forum benchmark (QUALITY.md P1/P5/P7): generates N threads and M posts set-based (INSERT … SELECT
 * generate_series, in the bench category only), then measures the thread list (each tab, first and a
 * deep page) and a 50-post thread page:
 *   - "sql": the raw query through postgres.js (bench/lib/sql-floor, with its plan),
 *   - "api": GET /api/trpc/forum.list / forum.thread on a running production build, open loop,
 *   - "page": the server-rendered thread page (HTML), open loop.
 *
 *   node --import tsx bench/forum.ts --database-url postgres://… --base-url http://localhost:3700 [--threads 100000] [--posts 1000000]
 */
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { createDb, type Db } from "@/db/client";
import { parsePositiveInt } from "./lib/args";
import { runOpenLoop, type Percentiles } from "./lib/load";
import { writeReport } from "./lib/report";
import { measureSqlFloor } from "./lib/sql-floor";

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ""), process.argv[i + 1] ?? "");
const databaseUrl = args.get("database-url");
const baseUrl = args.get("base-url");
const threadTarget = parsePositiveInt("--threads", args.get("threads")) ?? 100_000;
const postTarget = parsePositiveInt("--posts", args.get("posts")) ?? 1_000_000;
const rate = parsePositiveInt("--rate", args.get("rate")) ?? 30;
const seconds = parsePositiveInt("--seconds", args.get("seconds")) ?? 5;
if (!databaseUrl || !baseUrl) {
  console.error("usage: bench/forum.ts --database-url <url> --base-url <url> [--threads 100000] [--posts 1000000] [--rate 30] [--seconds 5]");
  process.exit(2);
}

const BENCH_SLUG = "bench-forum";
const HOT_POSTS = 50;

async function scalar(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  const rows = (await db.execute<{ n: number }>(query)) as unknown as { n: number }[];
  return Number(rows[0]?.n ?? 0);
}

/** Set-based generation: threads spread over three languages and two years, ~posts/threads posts each. */
async function ensureData(db: Db) {
  const started = performance.now();
  await db.execute(sql`insert into forum_categories (slug, family, position) values (${BENCH_SLUG}, 'phones', 99) on conflict do nothing`);
  const categoryId = String(((await db.execute<{ id: string }>(sql`select id from forum_categories where slug = ${BENCH_SLUG}`)) as unknown as { id: string }[])[0]!.id);
  await db.execute(sql`insert into forum_category_translations (category_id, locale, name) select ${categoryId}::uuid, l::locale, 'Bench' from unnest(array['en','fr','it']) l on conflict do nothing`);
  const existing = await scalar(db, sql`select count(*)::int as n from forum_threads where category_id = ${categoryId}::uuid`);
  if (existing >= threadTarget) return { categoryId, generated: false, seconds: 0 };
  const authors = await scalar(db, sql`select count(*)::int as n from users where role = 'customer'`);
  if (authors === 0) throw new Error("no customer accounts to write as: run the demo seed first");
  const repliesPerThread = Math.max(0, Math.round(postTarget / threadTarget) - 1);
  const toMake = threadTarget - existing;
  console.log(`  generating ${toMake} threads and ~${toMake * (repliesPerThread + 1)} posts…`);
  // Authors are picked from the customers by row number; titles from real questions, made unique.
  await db.execute(sql`
    with authors as (select id, row_number() over (order by id) as n from users where role = 'customer'),
    titles(t, l) as (values
      ('Nexa 15 does not charge with the cable straight', 'en'), ('Battery drains overnight after the update', 'en'), ('No sound from the soundbar over ARC', 'en'),
      ('Écran noir au démarrage de mon Aerobook', 'fr'), ('La montre ne trouve pas le GPS', 'fr'), ('Caméra Domia hors ligne la nuit', 'fr'),
      ('Il telefono non si carica più', 'it'), ('Le cuffie non si collegano al portatile', 'it'), ('Il termostato ignora la programmazione', 'it')),
    g as (select s, (array['en','fr','it'])[1 + s % 3] as locale, now() - (s % 730) * interval '1 day' - (s % 1440) * interval '1 minute' as at from generate_series(${existing + 1}::int, ${threadTarget}::int) s)
    insert into forum_threads (category_id, locale, title, author_user_id, search_text, reply_count, answer_count, last_post_at, created_at)
    select ${categoryId}::uuid, g.locale::locale,
      (select t from titles where l = g.locale offset (g.s / 3) % 3 limit 1) || ' #' || g.s,
      (select id from authors where n = 1 + g.s % ${authors}::int),
      'Generated question number ' || g.s,
      ${repliesPerThread}::int, ${repliesPerThread}::int, g.at + interval '2 hours', g.at
    from g`);
  const html = "<p>I had the same problem. Switching the phone off, cleaning the USB-C port and updating to the latest version fixed it for me.</p>";
  const md = "I had the same problem. Switching the phone off, cleaning the USB-C port and updating to the latest version fixed it for me.";
  await db.execute(sql`
    insert into forum_posts (thread_id, author_user_id, is_question, body_md, body_html, created_at)
    select t.id, t.author_user_id, true, t.search_text, '<p>' || t.search_text || '</p>', t.created_at
    from forum_threads t where t.category_id = ${categoryId}::uuid and not exists (select 1 from forum_posts p where p.thread_id = t.id)`);
  await db.execute(sql`
    insert into forum_posts (thread_id, author_user_id, is_question, body_md, body_html, vote_count, created_at)
    select t.id, t.author_user_id, false, ${md}, ${html}, r % 4, t.created_at + r * interval '10 minutes'
    from forum_threads t cross join generate_series(1, ${repliesPerThread}::int) r
    where t.category_id = ${categoryId}::uuid and t.reply_count = ${repliesPerThread}::int
      and (select count(*) from forum_posts p where p.thread_id = t.id) = 1`);
  // A third of the threads are solved by their first reply.
  await db.execute(sql`
    update forum_threads t set accepted_post_id = p.id
    from (select distinct on (thread_id) thread_id, id from forum_posts where not is_question and thread_id in (select id from forum_threads where category_id = ${categoryId}::uuid) order by thread_id, created_at) p
    where t.id = p.thread_id and t.category_id = ${categoryId}::uuid and abs(hashtext(t.id::text)) % 3 = 0`);
  await db.execute(sql`analyze forum_threads`);
  await db.execute(sql`analyze forum_posts`);
  return { categoryId, generated: true, seconds: (performance.now() - started) / 1000 };
}

/** The thread the page benchmark reads: a recent bench thread given HOT_POSTS replies. */
async function hotThread(db: Db, categoryId: string): Promise<string> {
  const rows = (await db.execute<{ id: string; n: number }>(sql`
    select t.id, (select count(*)::int from forum_posts p where p.thread_id = t.id) as n
    from forum_threads t where t.category_id = ${categoryId}::uuid and t.locale = 'en' order by t.last_post_at desc limit 1`)) as unknown as { id: string; n: number }[];
  const thread = rows[0]!;
  if (thread.n < HOT_POSTS + 1) {
    await db.execute(sql`
      insert into forum_posts (thread_id, author_user_id, is_question, body_md, body_html, created_at)
      select ${thread.id}::uuid, (select author_user_id from forum_threads where id = ${thread.id}::uuid), false, 'Extra reply ' || r, '<p>Extra reply ' || r || '</p>', now() - (${HOT_POSTS}::int - r) * interval '1 minute'
      from generate_series(1, ${HOT_POSTS + 1 - thread.n}::int) r`);
    await db.execute(sql`update forum_threads set reply_count = ${HOT_POSTS}::int where id = ${thread.id}::uuid`);
  }
  return thread.id;
}

// The SQL the services run (server/forum/queries.ts listThreads / listPosts), written out for the floor.
const LIST_SQL = `select t.id, t.title, t.reply_count, t.accepted_post_id is not null, t.has_official_answer, t.is_locked, t.case_id is not null, t.last_post_at, t.created_at, c.slug, coalesce(ct.name, c.slug), t.author_user_id,
  coalesce(nullif(cu.display_name, ''), ap.display_name, u.name, '')
  from forum_threads t join forum_categories c on c.id = t.category_id
  left join forum_category_translations ct on ct.category_id = c.id and ct.locale = $1::locale
  left join users u on u.id = t.author_user_id left join customers cu on cu.user_id = u.id left join agent_profiles ap on ap.user_id = u.id
  where t.locale = $1::locale and t.is_hidden = false %FILTER%
  order by %ORDER% limit 21 offset $2::int`;
const POSTS_SQL = `select p.id, p.author_user_id, coalesce(nullif(cu.display_name, ''), ap.display_name, u.name, ''), u.role, coalesce(m.reputation, 0), p.is_question, p.body_md, p.body_html, p.is_official, p.is_hidden, p.vote_count, p.edited_at, p.created_at
  from forum_posts p left join users u on u.id = p.author_user_id left join customers cu on cu.user_id = u.id left join agent_profiles ap on ap.user_id = u.id left join forum_members m on m.user_id = u.id
  where p.thread_id = $1::uuid and p.is_hidden = false order by p.created_at, p.id limit 51 offset 0`;

type Variant = { name: string; sql: string; params: string[]; url: string };
const trpc = (path: string, input: unknown) => `${baseUrl}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

const db = createDb(databaseUrl, { max: 4 });
try {
  console.log(`forum: ensuring ${threadTarget} threads / ${postTarget} posts…`);
  const data = await ensureData(db);
  const threadId = await hotThread(db, data.categoryId);
  const threads = await scalar(db, sql`select count(*)::int as n from forum_threads`);
  const posts = await scalar(db, sql`select count(*)::int as n from forum_posts`);
  const latest = LIST_SQL.replace("%FILTER%", "").replace("%ORDER%", "t.last_post_at desc nulls last, t.id desc nulls last");
  const variants: Variant[] = [
    { name: "list latest p1", sql: latest, params: ["fr", "0"], url: trpc("forum.list", { locale: "fr", tab: "latest", page: 1 }) },
    { name: "list latest p50", sql: latest, params: ["fr", "980"], url: trpc("forum.list", { locale: "fr", tab: "latest", page: 50 }) },
    {
      name: "list unanswered",
      sql: LIST_SQL.replace("%FILTER%", "and t.answer_count = 0").replace("%ORDER%", "t.created_at desc nulls last, t.id desc nulls last"),
      params: ["it", "0"],
      url: trpc("forum.list", { locale: "it", tab: "unanswered", page: 1 }),
    },
    {
      name: "list solved",
      sql: LIST_SQL.replace("%FILTER%", "and t.accepted_post_id is not null").replace("%ORDER%", "t.last_post_at desc nulls last, t.id desc nulls last"),
      params: ["en", "0"],
      url: trpc("forum.list", { locale: "en", tab: "solved", page: 1 }),
    },
    { name: "thread (50 posts)", sql: POSTS_SQL, params: [threadId], url: trpc("forum.thread", { threadId }) },
  ];
  const rows: { variant: string; sql: Percentiles; api: Percentiles; apiErrors: number; plan: string[] }[] = [];
  for (const variant of variants) {
    const floor = await measureSqlFloor(databaseUrl, variant.sql, variant.params, 300);
    const api = await runOpenLoop({ url: variant.url, rate, seconds });
    rows.push({ variant: variant.name, sql: floor.latencyMs, api: api.latencyMs, apiErrors: api.errors + api.non2xx, plan: [...new Set(floor.plan.map((node) => node.index ?? `${node.type}${node.relation ? ` ${node.relation}` : ""}`))].concat(floor.planWarnings) });
  }
  const page = await runOpenLoop({ url: `${baseUrl}/en/community/t/${threadId}`, rate: Math.max(5, Math.floor(rate / 2)), seconds });
  const fmt = (value: number) => value.toFixed(2).padStart(7);
  console.log(`\nforum on ${threads} threads / ${posts} posts (generated now: ${data.generated ? `yes, ${data.seconds.toFixed(1)} s` : "no"}); api open loop ${rate} req/s for ${seconds} s`);
  console.log("variant            |  sql p50     p95     p99 |  api p50     p95     p99 | api-sql p95 | errors");
  for (const row of rows)
    console.log(`${row.variant.padEnd(18)} | ${fmt(row.sql.p50)} ${fmt(row.sql.p95)} ${fmt(row.sql.p99)} | ${fmt(row.api.p50)} ${fmt(row.api.p95)} ${fmt(row.api.p99)} | ${fmt(row.api.p95 - row.sql.p95)}     | ${row.apiErrors}`);
  console.log(`thread page (SSR HTML, ${HOT_POSTS} posts) | p50 ${page.latencyMs.p50.toFixed(1)} ms  p95 ${page.latencyMs.p95.toFixed(1)} ms  p99 ${page.latencyMs.p99.toFixed(1)} ms | errors ${page.errors + page.non2xx}`);
  for (const row of rows) console.log(`plan ${row.variant}: ${row.plan.join(" → ")}`);
  const file = writeReport("forum", { threads, posts, rate, seconds, rows, page: page.latencyMs, pageErrors: page.errors + page.non2xx });
  console.log(`report: ${file}`);
} finally {
  await db.$client.end({ timeout: 5 });
}
