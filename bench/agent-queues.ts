/**
 * The agent's queue views and the case workspace read on 1M cases / 200 agents.
 *
 *   npm run bench:agent-queues -- [--database-url postgres://…] [--cases 1000000] [--rate 20] [--seconds 10] [--data-only]
 *
 * Fills the database once (set-based SQL, kept between runs): 200 agents in the six queues, 10,000
 * customers (a third with a contract), --cases cases of which 15% are open, spread over statuses,
 * priorities, channels, languages, queues and agents with SLA due dates around now, and three timeline
 * events per open case. Then, in one run on the same data: each view's SQL raw through postgres.js
 * (the floor, same statement the app sends), tRPC queues.view for mine / unassigned / breaching / all
 * with a filter / all on page 21, queues.counts and cases.agentGet, each at a fixed arrival rate
 * (open loop) against the production build. The target is a p95 under 50 ms for a page of 50 cases.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { createDb } from "@/db/client";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { hashPassword, type Actor } from "@/server/accounts";
import { viewPageQuery, listMemberQueueIds } from "@/server/cases/queue-queries";
import { listQueueView } from "@/server/cases/queue-views";
import type { QueueFilters, QueueView } from "@/server/cases/queue-schemas";
import { toolEnv } from "@/server/env";
import { ensureProductionBuild, freePort, startApp } from "./lib/app";
import { parsePositiveInt } from "./lib/args";
import { cleanUp, cleanUpOnSignals, onCleanup } from "./lib/cleanup";
import { openBenchDatabase, redactUrl } from "./lib/database";
import { runOpenLoop } from "./lib/load";
import { formatTable, loadRow, writeReport, type Row } from "./lib/report";
import { signInWithPassword } from "./lib/sign-in";
import { measureSqlFloor } from "./lib/sql-floor";

const log = (line: string) => console.log(`[agent-queues] ${line}`);
const AGENTS = 200;
const AGENT_EMAIL = "bench-qagent-1@bench.parcours.dev";
const PASSWORD = "parcours-bench";
const TARGET_P95_MS = 50;

async function ensureData(url: string, targetCases: number) {
  const db = createDb(url, { max: 2 });
  const sql = db.$client;
  try {
    if ((await sql<{ n: number }[]>`select count(*)::int n from users where email like 'bench-qagent-%'`)[0]!.n === 0) {
      log(`Creating ${AGENTS} agents...`);
      await sql`insert into users (email, name, role, password_hash) select 'bench-qagent-' || g || '@bench.parcours.dev', 'Queue Agent ' || g, 'agent', ${await hashPassword(PASSWORD)} from generate_series(1, ${AGENTS}) g on conflict do nothing`;
    }
    await sql`insert into agent_profiles (user_id, display_name, languages, capacity, presence)
              select id, name, '{en,fr,it}', 10000, 'available' from users where email like 'bench-qagent-%' on conflict do nothing`;
    if ((await sql<{ n: number }[]>`select count(*)::int n from queues`)[0]!.n === 0) await seedCaseReference(db);
    // Every agent works the general and VIP queues (seedCaseReference) and about a third of the others.
    await sql`insert into queue_members (queue_id, user_id) select q.id, p.user_id from queues q cross join agent_profiles p
              where abs(hashtext(q.key || p.user_id::text)) % 3 = 0 on conflict do nothing`;
    const customerCount = (await sql<{ n: number }[]>`select count(*)::int n from customers`)[0]!.n;
    if (customerCount < 10_000) {
      log("Creating 10,000 customers, a third with a contract...");
      await sql`insert into customers (display_name, is_vip) select 'Bench customer ' || g, g % 50 = 0 from generate_series(1, ${10_000 - customerCount}) g`;
      await sql`insert into contracts (number, customer_id, tier, starts_on)
                select 'BQ-' || row_number() over (), id, (array['standard','premium','enterprise'])[1 + abs(hashtext(id::text || 'tier')) % 3]::contract_tier, '2020-01-01'
                from customers where abs(hashtext(id::text)) % 3 = 0 on conflict do nothing`;
    }
    const existing = (await sql<{ n: number }[]>`select count(*)::int n from cases`)[0]!.n;
    if (existing < targetCases) {
      log(`Generating ${targetCases - existing} cases in batches of 100,000 (kept for later runs)...`);
      for (let done = existing; done < targetCases; done += 100_000) {
        const batch = Math.min(100_000, targetCases - done);
        // g % 20 < 3: open (15%), spread over new/open/pending/on hold; 80% of those assigned.
        await sql`
          with c as (select id, row_number() over (order by id) rn from customers limit 10000),
               q as (select id, row_number() over (order by key) rn from queues),
               a as (select user_id, row_number() over (order by user_id) rn from agent_profiles where user_id in (select id from users where email like 'bench-qagent-%'))
          insert into cases (customer_id, channel, category, subject, description, status, priority, locale, complexity, severity, effort, queue_id, assignee_id,
                             first_response_due_at, first_responded_at, next_response_due_at, resolution_due_at, sla_paused_at, reply_token, created_at, last_activity_at)
          select c.id, (array['portal','email','sms','chat','social','phone','forum','order','generic'])[1 + g % 9]::case_channel,
                 (array['delivery','returns','refund','cancellation','warranty','technical','billing','account','other'])[1 + g % 9],
                 'Generated case ' || g, 'Generated description of case ' || g,
                 (case when g % 20 >= 3 then (case when g % 2 = 0 then 'closed' else 'resolved' end) else (array['new','open','pending_customer','on_hold'])[1 + (g / 20) % 4] end)::case_status,
                 (array['low','normal','normal','normal','high','urgent'])[1 + (g / 7) % 6]::case_priority,
                 (array['en','fr','it'])[1 + (g / 3) % 3]::locale, 'medium', 'medium', 'low',
                 (select id from q where rn = 1 + g % 6),
                 case when g % 20 < 3 and (g / 20) % 5 <> 0 then (select user_id from a where rn = 1 + (g / 100) % ${AGENTS}) end,
                 now() + ((g % 997) - 60) * interval '5 minutes', case when g % 4 = 0 then now() - interval '1 hour' end,
                 case when g % 4 = 0 then now() + ((g % 991) - 30) * interval '3 minutes' end, now() + (g % 500) * interval '1 hour',
                 case when (g / 20) % 4 = 2 then now() - interval '1 hour' end,
                 md5(g::text || random()::text), now() - (g % 700) * interval '1 hour', now() - (g % 700) * interval '1 hour'
          from generate_series(${done + 1}::int, ${done + batch}::int) g join c on c.rn = 1 + g % 10000`;
        log(`  ${done + batch} cases`);
      }
      log("Adding three timeline events per open case...");
      await sql`insert into case_events (case_id, kind, visibility, author, channel, body, body_html, created_at)
                select c.id, k.kind::case_event_kind, 'public', k.author::event_author, c.channel, k.body, '<p>' || k.body || '</p>', c.created_at + k.n * interval '10 minutes'
                from cases c cross join (values (1, 'message_in', 'customer', 'Hello, my parcel has not arrived.'), (2, 'message_out', 'agent', 'We are checking with the carrier.'), (3, 'message_in', 'customer', 'Thank you, still waiting.')) k(n, kind, author, body)
                where c.status not in ('resolved', 'closed')`;
      // Vacuum too: index-only scans need the visibility map that a fresh bulk insert lacks.
      log("Vacuuming and analysing...");
      await sql`vacuum analyze cases, case_events, customers, contracts, queue_members, agent_profiles`;
    }
    return (await sql<{ n: number; open: number }[]>`select count(*)::int n, count(*) filter (where status not in ('resolved', 'closed'))::int open from cases`)[0]!;
  } finally {
    await sql.end();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { "database-url": { type: "string" }, cases: { type: "string" }, rate: { type: "string" }, seconds: { type: "string" }, rebuild: { type: "boolean", default: false }, "data-only": { type: "boolean", default: false } },
  });
  const targetCases = parsePositiveInt("--cases", values.cases) ?? toolEnv.BENCH_CASES;
  const rate = parsePositiveInt("--rate", values.rate) ?? 20;
  const seconds = parsePositiveInt("--seconds", values.seconds) ?? toolEnv.BENCH_DURATION;
  cleanUpOnSignals();
  const database = await openBenchDatabase(values["database-url"], log);
  onCleanup("the benchmark database", database.stop);
  log(`Database: ${redactUrl(database.url)} (${database.source})`);
  const size = await ensureData(database.url, targetCases);
  if (values["data-only"]) return 0;

  const db = createDb(database.url, { max: 2 });
  onCleanup("the bench pool", () => db.$client.end());
  const [agent] = await db.$client<{ id: string }[]>`select id from users where email = ${AGENT_EMAIL}`;
  const actor: Actor = { userId: agent!.id, role: "agent", email: AGENT_EMAIL, name: "Queue Agent 1", locale: "en", customerId: null };
  const memberQueueIds = await listMemberQueueIds(db, actor.userId);
  const [openCase] = await db.$client<{ number: string }[]>`select number from cases where assignee_id = ${actor.userId} and status not in ('resolved', 'closed') limit 1`;
  // "All open", page 21: the cursor after 20 pages, found through the service itself.
  let deepCursor: string | null = null;
  for (let page = 0; page < 20; page++) deepCursor = (await listQueueView(db, actor, { view: "all", cursor: deepCursor })).nextCursor;

  await ensureProductionBuild({ rebuild: values.rebuild, log });
  const app = await startApp({ databaseUrl: database.url, port: await freePort() });
  onCleanup("next start", app.stop);
  const cookie = await signInWithPassword(app.baseUrl, { email: AGENT_EMAIL, password: PASSWORD });

  const variants: { name: string; view: QueueView; filters: QueueFilters; cursor?: string }[] = [
    { name: "mine", view: "mine", filters: {} },
    { name: "unassigned in my queues", view: "unassigned", filters: {} },
    { name: "breaching soon", view: "breaching", filters: {} },
    { name: "all open, priority high + French", view: "all", filters: { priority: ["high"], language: ["fr"] } },
    { name: "all open, premium tier + email", view: "all", filters: { tier: ["premium"], channel: ["email"] } },
    { name: "all open, page 21", view: "all", filters: {}, cursor: deepCursor ?? undefined },
  ];
  const rows: Row[] = [];
  const results: unknown[] = [];
  const trpcGet = (path: string, input?: unknown) => `${app.baseUrl}/api/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`}`;
  const measure = async (name: string, url: string) => {
    const check = await fetch(url, { headers: { cookie } });
    if (check.status !== 200) throw new Error(`${name}: HTTP ${check.status} ${await check.text()}`);
    await runOpenLoop({ url, headers: { cookie }, rate, seconds: 2 });
    const result = await runOpenLoop({ url, headers: { cookie }, rate, seconds });
    rows.push(loadRow(`tRPC ${name}`, result));
    return result;
  };

  for (const v of variants) {
    const after = v.cursor ? (JSON.parse(Buffer.from(v.cursor, "base64url").toString()) as [string, string]) : null;
    const query = viewPageQuery(db, {
      scope: { view: v.view, userId: actor.userId, memberQueueIds: memberQueueIds.length ? memberQueueIds : null },
      filters: v.filters,
      sort: "sla",
      after: after ? { key: after[0], id: after[1] } : null,
      limit: 51,
    }).toSQL();
    const floor = await measureSqlFloor(database.url, query.sql, query.params.map(String), 300);
    rows.push({ variant: `SQL raw - ${v.name}`, connections: "1", rps: null, latency: floor.latencyMs, errors: null, non2xx: null });
    const trpc = await measure(`queues.view - ${v.name}`, trpcGet("queues.view", { view: v.view, filters: v.filters, sort: "sla", ...(v.cursor ? { cursor: v.cursor } : {}) }));
    log(`${v.name}: SQL p95 ${floor.latencyMs.p95.toFixed(2)} ms, tRPC p95 ${trpc.latencyMs.p95.toFixed(1)} ms; plan ${floor.plan.map((n) => `${"  ".repeat(n.depth)}${n.type}${n.index ? ` (${n.index})` : ""}`).join(" > ")}`);
    results.push({ name: v.name, sql: floor, trpc });
  }
  results.push({ name: "counts", trpc: await measure("queues.counts (4 views, capped at 1000)", trpcGet("queues.counts")) });
  if (openCase) results.push({ name: "agentGet", trpc: await measure("cases.agentGet (case workspace)", trpcGet("cases.agentGet", { number: openCase.number })) });

  const load = os.loadavg().map((l) => l.toFixed(2));
  log(`\nAgent queues - ${size.n.toLocaleString("en-US")} cases (${size.open.toLocaleString("en-US")} open), ${AGENTS} agents; tRPC at ${rate} req/s for ${seconds} s (open loop); ${os.cpus().length} CPUs, load ${load.join(" ")}`);
  log(formatTable(rows));
  const worst = rows.filter((r) => r.variant.startsWith("tRPC queues.view")).reduce((m, r) => Math.max(m, r.latency.p95), 0);
  log(`Worst queue page p95 over tRPC: ${worst.toFixed(1)} ms - target ${TARGET_P95_MS} ms: ${worst < TARGET_P95_MS ? "met" : "NOT met"}`);
  log(`Report: ${writeReport("agent-queues", { benchmark: "agent-queues", startedAt: new Date().toISOString(), data: { ...size, agents: AGENTS }, rate, seconds, loadAverage: load, results, table: rows })}`);
  return 0;
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    return 1;
  })
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  });
