import os from "node:os";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { DEMO_PASSWORD } from "@/db/seed/catalog";
import { hashPassword } from "@/server/accounts";
import { toolEnv } from "@/server/env";
import { ensureProductionBuild, freePort, startApp } from "./lib/app";
import { parsePositiveInt } from "./lib/args";
import { MY_ORDERS_SQL, startBareServer } from "./lib/bare-server";
import { cleanUp, cleanUpOnSignals, onCleanup } from "./lib/cleanup";
import { openBenchDatabase, redactUrl } from "./lib/database";
import { BENCH_CUSTOMER_EMAIL, ensureBenchData } from "./lib/generate-data";
import { runLoad, runOpenLoop, type LoadResult } from "./lib/load";
import { formatTable, loadRow, writeReport, type Row } from "./lib/report";
import { signInWithPassword } from "./lib/sign-in";
import { measureSqlFloor, type SqlFloor } from "./lib/sql-floor";

/**
 * "My orders" layer ladder (QUALITY.md P1/P2), one command:
 *   npm run bench -- [--database-url URL] [--customers N] [--orders M] [--duration S] [--connections C]
 *                    [--rate R] [--warmup S] [--rebuild]
 * Same data, same run: the SQL alone, a bare Node server, a plain Next route handler, the tRPC procedure and the server-rendered
 * page, each at C connections (closed loop, throughput) and at one (latency without queueing), and
 * with --rate also at R requests/s (open loop, the latency targets of QUALITY.md).
 */
const POOL_SIZE = 10;
const log = (line: string) => console.log(line);

type Variant = { name: string; url: string; headers: Record<string, string>; expect: (body: string) => string | null };
type VariantResult = {
  name: string;
  url: string;
  preflight: { status: number; bytes: number; problem: string | null };
  saturated: LoadResult;
  single: LoadResult;
  fixedRate: LoadResult | null;
};

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      "database-url": { type: "string" },
      customers: { type: "string" },
      orders: { type: "string" },
      duration: { type: "string" },
      connections: { type: "string" },
      warmup: { type: "string" },
      rate: { type: "string" },
      rebuild: { type: "boolean", default: false },
    },
  });
  const size = {
    customers: parsePositiveInt("--customers", values.customers) ?? toolEnv.BENCH_CUSTOMERS,
    orders: parsePositiveInt("--orders", values.orders) ?? toolEnv.BENCH_ORDERS,
  };
  const seconds = parsePositiveInt("--duration", values.duration) ?? toolEnv.BENCH_DURATION;
  const connections = parsePositiveInt("--connections", values.connections) ?? 10;
  const warmupSeconds = parsePositiveInt("--warmup", values.warmup) ?? 3;
  const rate = parsePositiveInt("--rate", values.rate) ?? null;
  const startedAt = new Date();
  cleanUpOnSignals();

  const db = await openBenchDatabase(values["database-url"], log);
  onCleanup("the benchmark database", db.stop);
  log(`Database: ${redactUrl(db.url)} (${db.source})`);
  const generation = await ensureBenchData(db.url, size, { passwordHash: await hashPassword(DEMO_PASSWORD), log });
  const facts = await readFacts(db.url);
  log(`Data: ${facts.customers.toLocaleString("en-US")} customers, ${facts.orders.toLocaleString("en-US")} orders; bench customer has ${facts.benchCustomerOrders} orders, the heaviest buyer ${facts.heaviest.orders}.`);

  log(`Timing the SQL alone (1000 sequential runs)...`);
  const floor = await measureSqlFloor(db.url, MY_ORDERS_SQL, [facts.benchCustomerId]);
  const heavyFloor = await measureSqlFloor(db.url, MY_ORDERS_SQL, [facts.heaviest.customerId]);

  await ensureProductionBuild({ rebuild: values.rebuild, log });
  const app = await startApp({ databaseUrl: db.url, port: await freePort() });
  onCleanup("next start", app.stop);
  log(`next start is up at ${app.baseUrl} (pid ${app.pid}).`);
  const cookie = await signInWithPassword(app.baseUrl, { email: BENCH_CUSTOMER_EMAIL, password: DEMO_PASSWORD });
  log(`Signed in as ${BENCH_CUSTOMER_EMAIL}.`);
  const bare = await startBareServer({ databaseUrl: db.url, customerId: facts.benchCustomerId, poolSize: POOL_SIZE });
  onCleanup("the bare server", bare.stop);

  const trpcInput = encodeURIComponent(JSON.stringify({ json: { limit: 20 } }));
  const variants: Variant[] = [
    { name: "bare node + postgres.js", url: bare.url, headers: {}, expect: (body) => (jsonItems(body, (b) => b.items) === 20 ? null : "expected 20 items") },
    { name: "Next route handler (same service)", url: `${app.baseUrl}/api/bench/my-orders`, headers: { cookie }, expect: (body) => (jsonItems(body, (b) => b.items) === 20 ? null : "expected 20 items") },
    {
      name: "tRPC orders.list",
      url: `${app.baseUrl}/api/trpc/orders.list?input=${trpcInput}`,
      headers: { cookie },
      expect: (body) => (jsonItems(body, (b) => b.result?.data?.json?.items) === 20 ? null : "expected 20 items in result.data.json.items"),
    },
    { name: "page /orders (SSR)", url: `${app.baseUrl}/orders`, headers: { cookie }, expect: (body) => (body.includes("PC-") ? null : "no order number in the page") },
  ];

  const results: VariantResult[] = [];
  for (const variant of variants) {
    const preflight = await fetch(variant.url, { headers: variant.headers, redirect: "manual" });
    const body = await preflight.text();
    const problem = preflight.status === 200 ? variant.expect(body) : `HTTP ${preflight.status}`;
    log(`\n${variant.name}: ${variant.url}\n  preflight ${preflight.status}, ${body.length} bytes${problem ? ` - ${problem}` : ""}`);
    await runLoad({ url: variant.url, headers: variant.headers, connections, seconds: warmupSeconds });
    const saturated = await runLoad({ url: variant.url, headers: variant.headers, connections, seconds });
    log(`  ${connections} connections: ${saturated.requestsPerSecond.toFixed(0)} req/s, p50 ${saturated.latencyMs.p50.toFixed(2)} ms`);
    const single = await runLoad({ url: variant.url, headers: variant.headers, connections: 1, seconds });
    log(`  1 connection: ${single.requestsPerSecond.toFixed(0)} req/s, p50 ${single.latencyMs.p50.toFixed(2)} ms`);
    const fixedRate = rate ? await runOpenLoop({ url: variant.url, headers: variant.headers, seconds, rate }) : null;
    if (fixedRate) log(`  ${rate} req/s offered: p95 ${fixedRate.latencyMs.p95.toFixed(2)} ms`);
    results.push({ name: variant.name, url: variant.url, preflight: { status: preflight.status, bytes: body.length, problem }, saturated, single, fixedRate });
  }

  const rows: Row[] = [
    { variant: "SQL only (bench customer)", connections: "1", rps: null, latency: floor.latencyMs, errors: null, non2xx: null },
    { variant: `SQL only (heaviest buyer, ${facts.heaviest.orders} orders)`, connections: "1", rps: null, latency: heavyFloor.latencyMs, errors: null, non2xx: null },
    ...results.flatMap((r) => [
      loadRow(r.name, r.saturated),
      loadRow(r.name, r.single),
      ...(r.fixedRate ? [loadRow(`${r.name} @ ${rate} req/s`, r.fixedRate)] : []),
    ]),
  ];
  log(`\n"My orders" - ${facts.customers.toLocaleString("en-US")} customers, ${facts.orders.toLocaleString("en-US")} orders, ${seconds} s per run, ${os.cpus().length} CPUs`);
  log(formatTable(rows));
  log(`\nPlan (bench customer): ${describePlan(floor)}`);
  log(`Plan (heaviest buyer): ${describePlan(heavyFloor)}`);
  for (const warning of new Set([...floor.planWarnings, ...heavyFloor.planWarnings])) log(`  WARNING: ${warning}`);
  const ladder = ladderVerdict(results);
  if (ladder) log(`\n${ladder}`);

  const failures = results.filter(
    (r) => r.preflight.problem || [r.saturated, r.single, r.fixedRate].some((l) => l && l.errors + l.timeouts + l.non2xx > 0),
  );
  const file = writeReport("my-orders", {
    benchmark: "my-orders",
    startedAt: startedAt.toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, postgres: facts.postgresVersion },
    database: { url: redactUrl(db.url), source: db.source },
    data: { customers: facts.customers, orders: facts.orders, benchCustomerOrders: facts.benchCustomerOrders, heaviestBuyerOrders: facts.heaviest.orders, generation },
    settings: { seconds, connections, warmupSeconds, rate, poolSize: POOL_SIZE, query: MY_ORDERS_SQL },
    sqlFloor: { benchCustomer: floor, heaviestBuyer: heavyFloor },
    variants: results,
    table: rows,
    failures: failures.map((f) => f.name),
  });
  log(`\nReport: ${file}`);
  if (failures.length) {
    log(`FAILED: errors or non-2xx answers in: ${failures.map((f) => `${f.name}${f.preflight.problem ? ` (${f.preflight.problem})` : ""}`).join(", ")}`);
    return 1;
  }
  return 0;
}

/** QUALITY P2: tRPC keeps >= 0.70x the route handler's throughput and adds <= 1 ms to its p50 at one client. */
function ladderVerdict(results: VariantResult[]): string | null {
  const route = results.find((r) => r.name.startsWith("Next route handler"));
  const trpc = results.find((r) => r.name.startsWith("tRPC"));
  if (!route || !trpc) return null;
  const ratio = trpc.saturated.requestsPerSecond / route.saturated.requestsPerSecond;
  const added = trpc.single.latencyMs.p50 - route.single.latencyMs.p50;
  const verdict = ratio >= 0.7 && added <= 1 ? "met" : "NOT met";
  return `P2 ladder: tRPC/route throughput ${ratio.toFixed(2)}x (target >= 0.70), p50 at one client +${added.toFixed(2)} ms (target <= 1 ms): ${verdict}`;
}

type TrpcBody = { items?: unknown[]; result?: { data?: { json?: { items?: unknown[] } } } };
function jsonItems(body: string, pick: (b: TrpcBody) => unknown[] | undefined): number | null {
  try {
    return pick(JSON.parse(body) as TrpcBody)?.length ?? null;
  } catch {
    return null;
  }
}

function describePlan(floor: SqlFloor): string {
  const nodes = floor.plan.map((n) => `${n.type}${n.index ? ` using ${n.index}` : n.relation ? ` on ${n.relation}` : ""}`).join(" > ");
  return `${nodes} (buffers hit ${floor.buffers.hit}, read ${floor.buffers.read})`;
}

async function readFacts(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [counts] = await sql<{ customers: number; orders: number; version: string }[]>`
      select (select count(*) from customers)::int as customers, (select count(*) from orders)::int as orders, version() as version`;
    const [bench] = await sql<{ customerId: string; orders: number }[]>`
      select c.id as "customerId", (select count(*) from orders o where o.customer_id = c.id)::int as orders
      from customers c join users u on u.id = c.user_id where lower(u.email) = ${BENCH_CUSTOMER_EMAIL}`;
    if (!bench) throw new Error(`No ${BENCH_CUSTOMER_EMAIL} in this database`);
    const [heaviest] = await sql<{ customerId: string; orders: number }[]>`
      select customer_id as "customerId", count(*)::int as orders from orders group by customer_id order by count(*) desc limit 1`;
    return {
      customers: counts!.customers,
      orders: counts!.orders,
      postgresVersion: counts!.version,
      benchCustomerId: bench.customerId,
      benchCustomerOrders: bench.orders,
      heaviest: heaviest!,
    };
  } finally {
    await sql.end();
  }
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
