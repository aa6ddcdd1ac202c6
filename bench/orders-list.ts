import os from "node:os";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { DEMO_PASSWORD } from "@/db/seed/catalog";
import { hashPassword } from "@/server/accounts";
import { toolEnv } from "@/server/env";
import { ensureProductionBuild, freePort, startApp } from "./lib/app";
import { parsePositiveInt } from "./lib/args";
import { cleanUp, cleanUpOnSignals, onCleanup } from "./lib/cleanup";
import { openBenchDatabase, redactUrl } from "./lib/database";
import { BENCH_DOMAIN, ensureBenchData } from "./lib/generate-data";
import { runLoad } from "./lib/load";
import { formatTable, writeReport, type Row } from "./lib/report";
import { signInWithPassword } from "./lib/sign-in";
import { measureSqlFloor } from "./lib/sql-floor";

/**
 * Issue 5's orders list: page 1 and page 500, with and without a status filter, for a buyer's own
 * orders and for an organization administrator's view of every member's, on the generated world
 * (100k customers / 1M orders by default) plus one reseller organization big enough to have 500
 * pages. Each variant: the same SQL raw through postgres.js (sequential) and the tRPC procedure over
 * HTTP at one connection, in one run.
 *   node --import tsx bench/orders-list.ts [--database-url URL] [--customers N] [--orders M] [--duration S] [--rebuild]
 *   (set NEXT_DIST_DIR to use your own build)
 */
const PAGE = 20;
const RESELLER_EMAIL = `bench-orgadmin@${BENCH_DOMAIN}`;
const RESELLER_OWN_ORDERS = 12_000;
const RESELLER_MEMBERS = 10;
const MEMBER_ORDERS = 600;
const log = (line: string) => console.log(line);

/** The reseller organization: its admin bought 12k orders, each of 10 members 600. Idempotent. */
async function ensureReseller(url: string): Promise<{ adminId: string }> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const existing = await sql<{ id: string }[]>`select c.id from customers c join users u on u.id = c.user_id where u.email = ${RESELLER_EMAIL}`;
    if (existing[0]) return { adminId: existing[0].id };
    log("Adding the reseller organization (12k + 10 x 600 orders)...");
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await sql.begin(async (tx) => {
      await tx`insert into organizations (id, name, size, country) values (md5('bench-reseller')::uuid, 'Bench Reseller', 'enterprise', 'FR')`;
      await tx.unsafe(
        `insert into users (id, name, email, email_verified, role, locale, password_hash)
         select md5('bench-reseller-user-' || n)::uuid, 'Reseller ' || n, case when n = 0 then $1 else 'reseller' || n || '@${BENCH_DOMAIN}' end, now(), 'customer', 'fr', case when n = 0 then $2 end
         from generate_series(0, $3::int) n`,
        [RESELLER_EMAIL, passwordHash, RESELLER_MEMBERS],
      );
      await tx.unsafe(
        `insert into customers (id, user_id, organization_id, organization_role, display_name, country)
         select md5('bench-reseller-customer-' || n)::uuid, md5('bench-reseller-user-' || n)::uuid, md5('bench-reseller')::uuid,
           (case when n = 0 then 'admin' else 'member' end)::organization_role, 'Reseller ' || n, 'FR'
         from generate_series(0, $1::int) n`,
        [RESELLER_MEMBERS],
      );
      await tx.unsafe(
        `insert into orders (id, number, customer_id, status, currency, subtotal_cents, shipping_cents, tax_cents, total_cents, shipping_address, placed_at)
         select md5('bench-reseller-order-' || n)::uuid, 'PC-RS-' || lpad(n::text, 7, '0'),
           md5('bench-reseller-customer-' || case when n <= $1::int then 0 else 1 + (n % $2::int) end)::uuid,
           (case when n % 20 < 17 then 'delivered' when n % 20 = 17 then 'returned' when n % 20 = 18 then 'cancelled' else 'refunded' end)::order_status,
           'EUR', 10000, 0, 2000, 12000,
           '{"name":"Reseller","line1":"1 rue du Port","postalCode":"13002","city":"Marseille","country":"FR"}'::jsonb,
           date_trunc('second', now() - interval '2 days' - (n * interval '37 minutes'))
         from generate_series(1, $3::int) n`,
        [RESELLER_OWN_ORDERS, RESELLER_MEMBERS, RESELLER_OWN_ORDERS + RESELLER_MEMBERS * MEMBER_ORDERS],
      );
    });
    await sql`analyze orders`;
    const [row] = await sql<{ id: string }[]>`select c.id from customers c join users u on u.id = c.user_id where u.email = ${RESELLER_EMAIL}`;
    return { adminId: row!.id };
  } finally {
    await sql.end();
  }
}

const columns = `o.id, o.number, o.status, o.total_cents, o.currency, o.placed_at, o.customer_id`;

/** The SQL server/orders/queries.ts sends for each scope (same shape, same indexes). */
function listSql(scope: "mine" | "organization", options: { status: boolean; cursor: boolean }): string {
  const params: string[] = [];
  const next = () => `$${params.push("x") + 1}`;
  const filters = [options.status ? `o.status = ${next()}::order_status` : null, options.cursor ? `(o.placed_at, o.id) < (${next()}::timestamptz, ${next()}::uuid)` : null].filter(Boolean);
  const where = filters.length ? ` and ${filters.join(" and ")}` : "";
  if (scope === "mine") return `select ${columns} from orders o where o.customer_id = $1${where} order by o.placed_at desc, o.id desc limit ${PAGE + 1}`;
  return `select ${columns}, m.display_name from customers m cross join lateral (
      select ${columns} from orders o where o.customer_id = m.id${where} order by o.placed_at desc, o.id desc limit ${PAGE + 1}) o
    where m.id = $1 or m.organization_id = (select v.organization_id from customers v where v.id = $1 and v.organization_role = 'admin')
    order by o.placed_at desc, o.id desc limit ${PAGE + 1}`;
}

/** The cursor that opens page 500: the last row of page 499, found once with OFFSET (what the keyset avoids at request time). */
async function cursorOfPage(url: string, scope: "mine" | "organization", adminId: string, status: string | null, page: number) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const owners = scope === "mine" ? "o.customer_id = $1" : "o.customer_id in (select m.id from customers m where m.id = $1 or m.organization_id = (select organization_id from customers where id = $1))";
    const query = `select o.id, o.placed_at from orders o where ${owners}${status ? " and o.status = $2::order_status" : ""}
      order by o.placed_at desc, o.id desc offset ${(page - 1) * PAGE - 1} limit 1`;
    const rows = await sql.unsafe<{ id: string; placed_at: Date }[]>(query, status ? [adminId, status] : [adminId]);
    if (!rows[0]) throw new Error(`${scope} has fewer than ${page} pages${status ? ` of ${status}` : ""}`);
    return { placedAt: new Date(rows[0].placed_at), id: rows[0].id };
  } finally {
    await sql.end();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { "database-url": { type: "string" }, customers: { type: "string" }, orders: { type: "string" }, duration: { type: "string" }, rebuild: { type: "boolean", default: false } },
  });
  const size = { customers: parsePositiveInt("--customers", values.customers) ?? toolEnv.BENCH_CUSTOMERS, orders: parsePositiveInt("--orders", values.orders) ?? toolEnv.BENCH_ORDERS };
  const seconds = parsePositiveInt("--duration", values.duration) ?? 5;
  cleanUpOnSignals();
  const db = await openBenchDatabase(values["database-url"], log);
  onCleanup("the benchmark database", db.stop);
  log(`Database: ${redactUrl(db.url)} (${db.source})`);
  await ensureBenchData(db.url, size, { passwordHash: await hashPassword(DEMO_PASSWORD), log });
  const { adminId } = await ensureReseller(db.url);

  await ensureProductionBuild({ rebuild: values.rebuild, log });
  const app = await startApp({ databaseUrl: db.url, port: await freePort() });
  onCleanup("next start", app.stop);
  const cookie = await signInWithPassword(app.baseUrl, { email: RESELLER_EMAIL, password: DEMO_PASSWORD });

  const rows: Row[] = [];
  const results: unknown[] = [];
  for (const scope of ["mine", "organization"] as const) {
    for (const status of [null, "delivered"] as const) {
      for (const page of [1, 500]) {
        const cursor = page === 1 ? null : await cursorOfPage(db.url, scope, adminId, status, page);
        const name = `${scope}, ${status ?? "all statuses"}, page ${page}`;
        const params = [adminId, ...(status ? [status] : []), ...(cursor ? [cursor.placedAt.toISOString(), cursor.id] : [])];
        const floor = await measureSqlFloor(db.url, listSql(scope, { status: !!status, cursor: !!cursor }), params, 500);
        const input = { json: { limit: PAGE, scope, ...(status ? { status } : {}), ...(cursor ? { cursor: { placedAt: cursor.placedAt.toISOString(), id: cursor.id } } : {}) } };
        const url = `${app.baseUrl}/api/trpc/orders.list?input=${encodeURIComponent(JSON.stringify(input))}`;
        const preflight = await fetch(url, { headers: { cookie } });
        const body = (await preflight.json()) as { result?: { data?: { json?: { items?: unknown[] } } } };
        const count = body.result?.data?.json?.items?.length ?? 0;
        if (preflight.status !== 200 || count !== PAGE) throw new Error(`${name}: HTTP ${preflight.status}, ${count} items`);
        await runLoad({ url, headers: { cookie }, connections: 1, seconds: 1 });
        const single = await runLoad({ url, headers: { cookie }, connections: 1, seconds });
        log(`${name}: SQL p50 ${floor.latencyMs.p50.toFixed(2)} ms / p95 ${floor.latencyMs.p95.toFixed(2)} ms; tRPC p50 ${single.latencyMs.p50.toFixed(2)} ms / p95 ${single.latencyMs.p95.toFixed(2)} ms${floor.planWarnings.length ? ` - ${floor.planWarnings.join("; ")}` : ""}`);
        rows.push({ variant: `SQL raw - ${name}`, connections: "1", rps: null, latency: floor.latencyMs, errors: null, non2xx: null });
        rows.push({ variant: `tRPC orders.list - ${name}`, connections: "1", rps: single.requestsPerSecond, latency: single.latencyMs, errors: single.errors + single.timeouts, non2xx: single.non2xx });
        results.push({ name, cursor, sql: { latencyMs: floor.latencyMs, plan: floor.plan, planWarnings: floor.planWarnings }, trpc: single });
      }
    }
  }
  log(`\nOrders list - ${size.customers.toLocaleString("en-US")} customers, ${size.orders.toLocaleString("en-US")} orders + the reseller organization, ${seconds} s per tRPC run, ${os.cpus().length} CPUs`);
  log(formatTable(rows));
  const file = writeReport("orders-list", { benchmark: "orders-list", startedAt: new Date().toISOString(), data: size, reseller: { ownOrders: RESELLER_OWN_ORDERS, members: RESELLER_MEMBERS, memberOrders: MEMBER_ORDERS }, results, table: rows });
  log(`Report: ${file}`);
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
