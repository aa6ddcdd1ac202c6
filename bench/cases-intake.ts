/**
 * Inbound webhook → scored, routed, assigned case, against the bare insert of the same rows.
 *
 *   CHANNEL_SECRET_EMAIL=$(openssl rand -hex 32) node --import tsx bench/cases-intake.ts \
 *     [--database-url postgres://…] [--cases 1000000] [--seconds 20] [--senders 32]
 *
 * Fills the database up to --cases existing cases (bulk SQL, kept between runs), starts the
 * production build (`next start`, NEXT_DIST_DIR) with that channel secret, then runs 32 concurrent
 * senders in a closed loop: each posts a signed email (unique message id, one of 5,000 senders,
 * half of them unknown, so contact creation is part of the load) and waits for the answer. The bare
 * variant inserts the case row and its first message directly through postgres.js with the same
 * concurrency. Reports cases/s and p50/p95/p99 for both, in one run on the same data.
 */
import { randomUUID } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { createDb } from "@/db/client";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { signPayload } from "@/server/cases/webhooks";
import { toolEnv } from "@/server/env";
import { ensureProductionBuild, freePort, startApp } from "./lib/app";
import { parsePositiveInt } from "./lib/args";
import { cleanUp, cleanUpOnSignals, onCleanup } from "./lib/cleanup";
import { openBenchDatabase, redactUrl } from "./lib/database";
import { percentiles } from "./lib/load";
import { formatTable, writeReport, type Row } from "./lib/report";

const log = (line: string) => console.log(`[cases-intake] ${line}`);
const { values } = parseArgs({
  options: { "database-url": { type: "string" }, cases: { type: "string" }, seconds: { type: "string" }, senders: { type: "string" }, rebuild: { type: "boolean", default: false } },
});
const targetCases = parsePositiveInt("--cases", values.cases) ?? toolEnv.BENCH_CASES;
const seconds = parsePositiveInt("--seconds", values.seconds) ?? toolEnv.BENCH_DURATION;
const senders = parsePositiveInt("--senders", values.senders) ?? 32;
const secret = toolEnv.CHANNEL_SECRET_EMAIL;
if (!secret || secret.length < 32) throw new Error("Set CHANNEL_SECRET_EMAIL (32+ characters): the app under test and the senders share it");

async function ensureData(url: string) {
  const db = createDb(url, { max: 4 });
  const sql = db.$client;
  try {
    const queueCount = (await sql<{ n: number }[]>`select count(*)::int n from queues`)[0]!.n;
    if (queueCount === 0) {
      log("Seeding 20 agents and the routing/SLA set-up...");
      await sql`insert into users (email, name, role) select 'bench-agent-' || g || '@bench.parcours.dev', 'Bench Agent ' || g, 'agent' from generate_series(1, 20) g on conflict do nothing`;
      // Capacity high enough that assignment never runs out during the run (capacity is tested elsewhere).
      await sql`insert into agent_profiles (user_id, display_name, languages, capacity, presence)
                select id, name, '{en,fr,it}', 30000, 'available' from users where email like 'bench-agent-%' on conflict do nothing`;
      await seedCaseReference(db);
    }
    // Every bench agent has every skill and works every queue, so intake really assigns (without
    // skills every delivery case waited unassigned and the assignment path was never measured).
    await sql`insert into skills (key, name) select k, initcap(k) from unnest(array['technical','delivery','returns','billing','enterprise']) k on conflict do nothing`;
    await sql`insert into agent_skills (user_id, skill_id, proficiency) select p.user_id, s.id, 3 from agent_profiles p cross join skills s
              where p.user_id in (select id from users where email like 'bench-agent-%') on conflict do nothing`;
    await sql`insert into queue_members (queue_id, user_id) select q.id, p.user_id from queues q cross join agent_profiles p
              where p.user_id in (select id from users where email like 'bench-agent-%') on conflict do nothing`;
    // Each run starts from the same load: what earlier runs assigned is closed.
    await sql`update cases set status = 'closed', closed_at = now() where assignee_id in (select id from users where email like 'bench-agent-%') and status not in ('resolved', 'closed')`;
    const customerCount = (await sql<{ n: number }[]>`select count(*)::int n from customers`)[0]!.n;
    if (customerCount < 10_000) {
      log("Creating 10,000 customers with an email identity...");
      await sql`insert into customers (display_name) select 'Bench customer ' || g from generate_series(1, ${10_000 - customerCount}) g`;
      await sql`insert into contact_identities (customer_id, kind, value) select id, 'email', 'bench-' || id || '@bench.parcours.dev' from customers c
                where not exists (select 1 from contact_identities i where i.customer_id = c.id) on conflict do nothing`;
    }
    // Fresh statistics: stale ones once made the planner scan every email identity to find one customer's.
    await sql`analyze contact_identities, customers, agent_profiles, agent_skills, queue_members, inbound_messages`;
    const existing = (await sql<{ n: number }[]>`select count(*)::int n from cases`)[0]!.n;
    if (existing < targetCases) {
      log(`Generating ${targetCases - existing} cases in batches of 100,000 (kept for later runs)...`);
      const started = performance.now();
      for (let done = existing; done < targetCases; done += 100_000) {
        const batch = Math.min(100_000, targetCases - done);
        await sql`
          with c as (select id, row_number() over () rn from customers order by id limit 10000),
               q as (select id from queues where key = 'general')
          insert into cases (customer_id, channel, category, subject, description, status, priority, locale, complexity, severity, effort, queue_id, reply_token, created_at, last_activity_at)
          select c.id, (array['portal','email','sms','chat','social','phone','forum','order','generic'])[1 + g % 9]::case_channel,
                 (array['delivery','returns','refund','cancellation','warranty','technical','billing','account','other'])[1 + g % 9],
                 'Generated case ' || g, 'Generated description of case ' || g,
                 (case when g % 10 < 8 then 'closed' else 'open' end)::case_status, 'normal', 'en', 'medium', 'medium', 'low',
                 (select id from q), md5(random()::text || g), now() - (g % 500) * interval '1 day', now() - (g % 500) * interval '1 day'
          from generate_series(${done + 1}::int, ${done + batch}::int) g join c on c.rn = 1 + g % 10000`;
        log(`  ${done + batch} cases`);
      }
      log(`Generated in ${((performance.now() - started) / 1000).toFixed(0)} s; analysing...`);
      await sql`analyze cases`;
      await sql`analyze case_events`;
    }
    const total = (await sql<{ n: number }[]>`select count(*)::int n from cases`)[0]!.n;
    return total;
  } finally {
    await sql.end();
  }
}

/** `senders` workers each sending the next request when the previous answered, for `seconds`. */
async function closedLoop(workers: number, runSeconds: number, once: (worker: number, i: number) => Promise<boolean>) {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + runSeconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const t0 = performance.now();
        const ok = await once(worker, i).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  return { count: latencies.length, errors, rps: latencies.length / runSeconds, latency: percentiles(latencies) };
}

cleanUpOnSignals();
try {
  const database = await openBenchDatabase(values["database-url"], log);
  onCleanup("database", database.stop);
  log(`Database: ${redactUrl(database.url)}`);
  const total = await ensureData(database.url);
  await ensureProductionBuild({ rebuild: values.rebuild, log });
  const app = await startApp({ databaseUrl: database.url, port: await freePort() });
  onCleanup("app", app.stop);
  log(`App: ${app.baseUrl} (pid ${app.pid}); ${total} existing cases; ${senders} senders for ${seconds} s each`);

  const sender = (i: number) => (i % 2 === 0 ? `bench-known-${i % 5000}@bench.parcours.dev` : `bench-new-${randomUUID()}@bench.parcours.dev`);
  const post = async (worker: number, i: number) => {
    const body = JSON.stringify({ messageId: `<${randomUUID()}@bench>`, from: { address: sender(worker * 100_000 + i) }, to: ["support@parcours.local"], subject: "My parcel did not arrive", text: "Hello, the parcel for my order never arrived. Can you check?" });
    const ts = Math.floor(Date.now() / 1000);
    const response = await fetch(`${app.baseUrl}/api/channels/email`, { method: "POST", body, headers: { "content-type": "application/json", "x-parcours-timestamp": String(ts), "x-parcours-signature": signPayload(secret, ts, body) } });
    await response.arrayBuffer();
    return response.ok;
  };
  log("Warming up the webhook (5 s)...");
  await closedLoop(4, 5, post);
  log("Webhook intake...");
  const loadBefore = os.loadavg();
  const since = new Date();
  const webhook = await closedLoop(senders, seconds, post);
  const loadAfter = os.loadavg();

  const bare = postgres(database.url, { max: senders, onnotice: () => {} });
  onCleanup("bare pool", () => bare.end({ timeout: 5 }));
  const { customer_id: customerId, queue_id: queueId } = (await bare<{ customer_id: string; queue_id: string }[]>`select (select id from customers limit 1) customer_id, (select id from queues where key = 'general') queue_id`)[0]!;
  const [assigned] = await bare<{ total: number; assigned: number }[]>`select count(*)::int total, count(assignee_id)::int assigned from cases where created_at >= ${since}`;
  log("Bare insert (case row + first message, no scoring, routing, SLA or contact matching)...");
  const bareResult = await closedLoop(senders, seconds, async () => {
    await bare.begin(async (tx) => {
      const [row] = await tx<{ id: string }[]>`insert into cases (customer_id, channel, category, subject, description, complexity, severity, effort, queue_id, reply_token)
        values (${customerId}, 'email', 'delivery', 'My parcel did not arrive', 'Hello, the parcel never arrived.', 'low', 'medium', 'low', ${queueId}, ${randomUUID()}) returning id`;
      await tx`insert into case_events (case_id, kind, visibility, author, channel, body) values (${row!.id}, 'message_in', 'public', 'customer', 'email', 'Hello, the parcel never arrived.')`;
    });
    return true;
  });

  const loadAverage = { beforeWebhook: loadBefore.map((l) => Number(l.toFixed(2))), afterWebhook: loadAfter.map((l) => Number(l.toFixed(2))), cores: os.cpus().length };
  const rows: Row[] = [
    { variant: "webhook → scored, routed, assigned case", connections: String(senders), rps: webhook.rps, latency: webhook.latency, errors: webhook.errors, non2xx: null },
    { variant: "bare insert (case + message)", connections: String(senders), rps: bareResult.rps, latency: bareResult.latency, errors: bareResult.errors, non2xx: null },
  ];
  console.log(`\nCases intake on ${total.toLocaleString("en")} existing cases, ${senders} concurrent senders, ${seconds} s each (cases/s in the req/s column):\n`);
  console.log(formatTable(rows));
  console.log(`\nwebhook / bare throughput: ${(webhook.rps / bareResult.rps).toFixed(3)}x`);
  console.log(`Cases created by the webhook run: ${assigned!.total}, assigned to an agent: ${assigned!.assigned}`);
  console.log(`Load average (1/5/15 min) before the webhook run ${loadAverage.beforeWebhook.join(" ")}, after ${loadAverage.afterWebhook.join(" ")} on ${loadAverage.cores} cores`);
  console.log(`Report: ${writeReport("cases-intake", { existingCases: total, senders, seconds, webhook, bare: bareResult, webhookCases: assigned, loadAverage })}`);
} finally {
  await cleanUp();
}
