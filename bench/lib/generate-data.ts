import { base, en, en_GB, Faker, fr, it } from "@faker-js/faker";
import postgres from "postgres";
import { countries, products as catalog, type Country } from "@/db/seed/catalog";

/**
 * The benchmark world, built with set-based SQL (INSERT ... SELECT over generate_series) so a
 * million orders take seconds, not an hour of round trips. Values are hashes of each row's ordinal,
 * so the same size gives the same data (dates aside: they count back from the time of generation).
 * Bump GENERATOR_VERSION whenever the data changes shape: a data set of another version is
 * regenerated.
 */
export const GENERATOR_VERSION = 1;
export const BENCH_DOMAIN = "bench.parcours.dev";
export const BENCH_CUSTOMER_EMAIL = `bench-customer@${BENCH_DOMAIN}`;
export const BENCH_AGENT_EMAIL = `bench-agent@${BENCH_DOMAIN}`;
/** How many orders the signed-in benchmark customer has: one page of "my orders" plus more. */
export const BENCH_CUSTOMER_ORDERS = 50;
const HISTORY_DAYS = 548;

export type DataSize = { customers: number; orders: number };
export type GenerateResult = DataSize & { isGenerated: boolean; seconds: number; steps: { step: string; seconds: number }[] };

type Sql = postgres.Sql;
type Tx = postgres.TransactionSql;

/** Ensures the database holds exactly the requested world; skips when it already does. */
export async function ensureBenchData(url: string, size: DataSize, options: { passwordHash: string; log?: (line: string) => void }): Promise<GenerateResult> {
  if (size.customers < 2) throw new Error("--customers must be at least 2");
  if (size.orders < BENCH_CUSTOMER_ORDERS) throw new Error(`--orders must be at least ${BENCH_CUSTOMER_ORDERS}`);
  // Order numbers carry the ordinal in 7 digits, and order items recover it from there.
  if (size.orders > 9_999_999) throw new Error("--orders must be at most 9,999,999");
  const log = options.log ?? (() => {});
  const sql = postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: "parcours-bench-generate" } });
  try {
    const existing = await readMarker(sql);
    if (existing && existing.generatorVersion === GENERATOR_VERSION && existing.customers === size.customers && existing.orders === size.orders) {
      log(`Data set already at ${fmt(size.customers)} customers / ${fmt(size.orders)} orders; skipping generation.`);
      return { ...size, isGenerated: false, seconds: 0, steps: [] };
    }
    if (!existing) {
      const [row] = await sql<{ users: number }[]>`select count(*)::int as users from (select 1 from users limit 1) u`;
      // Never wipe a database the generator did not create (a developer's DATABASE_URL, say).
      if (row!.users > 0) throw new Error("This database has data that the benchmark generator did not create. Point the benchmark at a dedicated database.");
    }
    const started = performance.now();
    const steps: GenerateResult["steps"] = [];
    const step = async (name: string, run: () => Promise<unknown>) => {
      const t0 = performance.now();
      await run();
      const seconds = (performance.now() - t0) / 1000;
      steps.push({ step: name, seconds });
      log(`  ${name.padEnd(28)} ${seconds.toFixed(1)} s`);
    };
    log(`Generating ${fmt(size.customers)} customers and ${fmt(size.orders)} orders...`);
    await sql.begin(async (tx) => {
      await tx.unsafe("set local synchronous_commit = off");
      await tx.unsafe("set local work_mem = '256MB'");
      await tx.unsafe("set local maintenance_work_mem = '512MB'");
      // Every reference is valid by construction; as a superuser (the embedded and local servers),
      // skipping the per-row foreign-key triggers halves the load time.
      const [role] = await tx<{ isSuperuser: boolean }[]>`select current_setting('is_superuser') = 'on' as "isSuperuser"`;
      if (role!.isSuperuser) await tx.unsafe("set local session_replication_role = replica");
      if (existing) await step("truncate previous data set", () => tx.unsafe(`truncate ${generatedTables.join(", ")} cascade`));
      await defineHelpers(tx);
      await step("people", () => createPeople(tx, size.customers));
      await step("users", () => insertUsers(tx, options.passwordHash));
      await step("organizations and customers", () => insertCustomers(tx, size.customers));
      await step("contact identities", () => insertIdentities(tx));
      await step("contracts", () => insertContracts(tx));
      await step("products", () => insertProducts(tx));
      await withoutSecondaryIndexes(tx, ["orders", "order_items"], async () => {
        await step("orders", () => insertOrders(tx, size));
        await step("order items", () => insertOrderItems(tx));
      }, (rebuild) => step("order indexes", rebuild));
      await step("staff", () => insertStaff(tx, options.passwordHash));
      await writeMarker(tx, size);
    });
    // Outside the transaction (VACUUM cannot run in one): fresh statistics and visibility map, so the
    // first measured requests neither plan on guesses nor pay for setting hint bits.
    await step("vacuum analyze", () => sql.unsafe(`vacuum (analyze) ${generatedTables.join(", ")}`));
    const seconds = (performance.now() - started) / 1000;
    log(`Generated in ${seconds.toFixed(1)} s.`);
    return { ...size, isGenerated: true, seconds, steps };
  } finally {
    await sql.end();
  }
}

const generatedTables = ["users", "organizations", "customers", "contact_identities", "contracts", "products", "orders", "order_items", "skills", "agent_profiles", "agent_skills"];

async function readMarker(sql: Sql) {
  const [table] = await sql<{ exists: boolean }[]>`select to_regclass('public.bench_dataset') is not null as exists`;
  if (!table!.exists) return null;
  const [row] = await sql<{ generatorVersion: number; customers: number; orders: number }[]>`
    select generator_version as "generatorVersion", customers, orders from bench_dataset where id = 1`;
  return row ?? null;
}

async function writeMarker(sql: Tx, size: DataSize) {
  // Lives only in benchmark databases, outside the app's schema and migrations.
  await sql`create table if not exists bench_dataset (
    id int primary key check (id = 1), generator_version int not null, customers int not null, orders int not null, generated_at timestamptz not null)`;
  await sql`insert into bench_dataset values (1, ${GENERATOR_VERSION}, ${size.customers}, ${size.orders}, now())
    on conflict (id) do update set generator_version = excluded.generator_version, customers = excluded.customers, orders = excluded.orders, generated_at = excluded.generated_at`;
}

/**
 * Drops the plain (non-unique) indexes of the tables while `load` runs and recreates them from
 * their exact definitions afterwards: one sorted build is far cheaper than a million random
 * insertions. Inside the caller's transaction, so a failure leaves the schema as it was.
 */
async function withoutSecondaryIndexes(sql: Tx, tables: string[], load: () => Promise<void>, timeRebuild: (rebuild: () => Promise<void>) => Promise<void>) {
  const indexes = await sql<{ name: string; definition: string }[]>`
    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
    from pg_index i
    where i.indrelid = any(${tables.map((t) => `public.${t}`)}::regclass[]) and not i.indisunique and not i.indisprimary`;
  for (const index of indexes) await sql.unsafe(`drop index ${index.name}`);
  await load();
  await timeRebuild(async () => {
    for (const index of indexes) await sql.unsafe(index.definition);
  });
}

/**
 * u(n, salt): a uniform draw in [0, 1) that depends only on (n, salt), so two statements can agree
 * on an order's lines without storing them. Inlined by the planner (immutable SQL function).
 */
async function defineHelpers(sql: Tx) {
  await sql.unsafe(`
    create function pg_temp.u(n bigint, salt bigint) returns float8 language sql immutable parallel safe
      as $$ select (hashint8extended(n, salt) & 2147483647)::float8 / 2147483648.0 $$;
    create function pg_temp.item_count(n bigint) returns int language sql immutable parallel safe
      as $$ select 1 + floor(pg_temp.u(n, 4) ^ 2 * 3)::int $$;
    create function pg_temp.item_product(n bigint, i int, product_count int) returns int language sql immutable parallel safe
      as $$ select 1 + floor(pg_temp.u(n * 4 + i, 5) * product_count)::int $$;
    create function pg_temp.item_quantity(n bigint, i int) returns int language sql immutable parallel safe
      as $$ select case when pg_temp.u(n * 4 + i, 6) < 0.92 then 1 else 2 end $$;
  `);
}

/** Names, streets and cities per country, drawn once with a seeded faker and passed as one JSON parameter. */
function namePools() {
  const locales: Record<Country, Faker> = {
    FR: new Faker({ locale: [fr, en, base], seed: 7 }),
    IT: new Faker({ locale: [it, en, base], seed: 7 }),
    GB: new Faker({ locale: [en_GB, en, base], seed: 7 }),
  };
  return Object.fromEntries(
    (Object.keys(locales) as Country[]).map((country) => {
      const f = locales[country];
      return [
        country,
        {
          first: f.helpers.uniqueArray(() => f.person.firstName(), 150),
          last: f.helpers.uniqueArray(() => f.person.lastName(), 300),
          street: f.helpers.uniqueArray(() => f.location.street(), 120),
          city: countries[country].cities.map(([city]) => city),
          postal: countries[country].cities.map(([, postalCode]) => postalCode),
        },
      ];
    }),
  );
}

/** One row per customer ordinal with everything later statements need (name, country, address). */
async function createPeople(sql: Tx, customers: number) {
  await sql.unsafe(
    `create temp table bench_people on commit drop as
     select n, country, first_name || ' ' || last_name as name, first_name, last_name,
       jsonb_build_object(
         'name', first_name || ' ' || last_name,
         'line1', case when country = 'FR' then (1 + floor(pg_temp.u(n, 14) * 120)::int) || ' ' || street
                       when country = 'IT' then street || ' ' || (1 + floor(pg_temp.u(n, 14) * 120)::int)
                       else (1 + floor(pg_temp.u(n, 14) * 120)::int) || ' ' || street end,
         'postalCode', pools -> country -> 'postal' ->> city_index,
         'city', pools -> country -> 'city' ->> city_index,
         'country', country) as address,
       now() - interval '600 days' - pg_temp.u(n, 15) * interval '900 days' as created_at
     from generate_series(1, $1::int) n
     cross join (select $2::jsonb as pools) p
     cross join lateral (select case when n = 1 then 'GB' when pg_temp.u(n, 1) < 0.45 then 'FR' when pg_temp.u(n, 1) < 0.75 then 'IT' else 'GB' end as country) c
     cross join lateral (select
       pools -> country -> 'first' ->> floor(pg_temp.u(n, 10) * jsonb_array_length(pools -> country -> 'first'))::int as first_name,
       pools -> country -> 'last' ->> floor(pg_temp.u(n, 11) * jsonb_array_length(pools -> country -> 'last'))::int as last_name,
       pools -> country -> 'street' ->> floor(pg_temp.u(n, 12) * jsonb_array_length(pools -> country -> 'street'))::int as street,
       floor(pg_temp.u(n, 13) * jsonb_array_length(pools -> country -> 'city'))::int as city_index) names`,
    [customers, sql.json(namePools())],
  );
  await sql.unsafe("alter table bench_people add primary key (n)");
}

async function insertUsers(sql: Tx, passwordHash: string) {
  await sql.unsafe(
    `insert into users (id, name, email, email_verified, role, locale, password_hash, created_at)
     select md5('bench-user-' || n)::uuid,
       case when n = 1 then 'Bench Customer' else name end,
       case when n = 1 then '${BENCH_CUSTOMER_EMAIL}' else 'customer' || n || '@${BENCH_DOMAIN}' end,
       created_at, 'customer',
       (case country when 'FR' then 'fr' when 'IT' then 'it' else 'en' end)::locale,
       case when n = 1 then $1 end,
       created_at
     from bench_people`,
    [passwordHash],
  );
}

/** One organization per 200 customers; a tenth of customers belong to one, a few as its admins. */
async function insertCustomers(sql: Tx, customers: number) {
  const organizationCount = Math.max(1, Math.floor(customers / 200));
  await sql.unsafe(
    `insert into organizations (id, name, size, country, created_at)
     select md5('bench-org-' || n)::uuid, 'Organization ' || n,
       (case when pg_temp.u(n, 20) < 0.3 then 'enterprise' else 'small' end)::organization_size,
       (array['FR', 'IT', 'GB'])[1 + n % 3], now() - interval '1600 days'
     from generate_series(1, $1::int) n`,
    [organizationCount],
  );
  await sql.unsafe(
    `insert into customers (id, user_id, organization_id, organization_role, display_name, phone, preferred_locale, preferred_channel, is_vip, country, created_at)
     select md5('bench-customer-' || n)::uuid, md5('bench-user-' || n)::uuid,
       case when n > 1 and pg_temp.u(n, 21) < 0.1 then md5('bench-org-' || (1 + floor(pg_temp.u(n, 22) * $1::int)::int))::uuid end,
       (case when pg_temp.u(n, 23) < 0.05 then 'admin' else 'member' end)::organization_role,
       case when n = 1 then 'Bench Customer' else name end,
       case when pg_temp.u(n, 24) < 0.4 then ${phoneExpression} end,
       (case country when 'FR' then 'fr' when 'IT' then 'it' else 'en' end)::locale,
       (case when pg_temp.u(n, 25) < 0.85 then 'email' when pg_temp.u(n, 25) < 0.95 then 'phone' else 'chat' end)::contact_channel,
       n > 1 and pg_temp.u(n, 26) < 0.03,
       country, created_at
     from bench_people`,
    [organizationCount],
  );
}

// Unique by construction: the ordinal is part of the number.
/** Prices per catalogue index in both currencies (pounds as in db/seed/catalog.ts unitPriceCents). */
const catalogCte = `catalog as materialized (
  select array_agg(id order by sku) as ids, array_agg(price_cents order by sku) as eur,
    array_agg(greatest(99, round(price_cents * 0.86 / 100)::int * 100 - 1) order by sku) as gbp, count(*)::int as size
  from products)`;

const phoneExpression = `case country when 'FR' then '+336' || lpad(n::text, 8, '0') when 'IT' then '+393' || lpad(n::text, 9, '0') else '+447' || lpad(n::text, 9, '0') end`;

async function insertIdentities(sql: Tx) {
  await sql.unsafe(
    `insert into contact_identities (customer_id, kind, value, verified_at, created_at)
     select md5('bench-customer-' || n)::uuid, 'email'::identity_kind,
       case when n = 1 then '${BENCH_CUSTOMER_EMAIL}' else 'customer' || n || '@${BENCH_DOMAIN}' end, created_at, created_at
     from bench_people
     union all
     select md5('bench-customer-' || n)::uuid, 'phone'::identity_kind, ${phoneExpression}, created_at, created_at
     from bench_people where pg_temp.u(n, 24) < 0.4`,
  );
}

async function insertContracts(sql: Tx) {
  await sql.unsafe(
    `insert into contracts (number, organization_id, tier, starts_on, ends_on)
     select 'CT-B-O' || lpad(n::text, 7, '0'), o.id,
       (case o.size when 'enterprise' then 'enterprise' else 'standard' end)::contract_tier,
       (now() - interval '500 days')::date, (now() + interval '200 days')::date
     from (select row_number() over (order by id) as n, id, size from organizations) o`,
  );
  await sql.unsafe(
    `insert into contracts (number, customer_id, tier, starts_on, ends_on)
     select 'CT-B-' || lpad(n::text, 8, '0'), md5('bench-customer-' || n)::uuid,
       (case when pg_temp.u(n, 30) < 0.25 then 'none' when pg_temp.u(n, 30) < 0.8 then 'standard' else 'premium' end)::contract_tier,
       created_at::date, case when pg_temp.u(n, 30) >= 0.25 then (now() + interval '1 day' * floor(30 + pg_temp.u(n, 31) * 600))::date end
     from bench_people where n = 1 or pg_temp.u(n, 21) >= 0.1 and pg_temp.u(n, 32) < 0.6`,
  );
}

async function insertProducts(sql: Tx) {
  await sql.unsafe(
    `insert into products (id, sku, name, family, price_cents, currency)
     select md5('bench-product-' || sku)::uuid, sku, name, family, "priceCents", 'EUR'
     from jsonb_to_recordset($1::jsonb) as p(sku text, name text, family text, "priceCents" int)`,
    [sql.json(catalog)],
  );
}

/**
 * Buyers are skewed: half the orders go to a customer drawn with density falling as 1/sqrt(rank),
 * so a few hundred business buyers have hundreds of orders while most customers have a handful
 * (or none). The benchmark customer (ordinal 1) gets exactly BENCH_CUSTOMER_ORDERS, spread over
 * the 18 months. Orders are inserted oldest first with increasing numbers, as a live shop writes
 * them, so the table's physical order (what "my orders" pays for in page reads) is realistic.
 * Status follows age: the last day paid or processing, the last 4 days shipped.
 */
async function insertOrders(sql: Tx, size: DataSize) {
  const stride = Math.floor(size.orders / BENCH_CUSTOMER_ORDERS);
  await sql.unsafe(
    `with ${catalogCte},
     drawn as (
       select n,
         case when n % $3::int = 0 and n / $3::int <= ${BENCH_CUSTOMER_ORDERS} then 1
              when pg_temp.u(n, 2) < 0.5 then 2 + floor(($1::int - 1) * pg_temp.u(n, 9) ^ 2)::int
              else 2 + floor(($1::int - 1) * pg_temp.u(n, 9))::int end as c,
         ($2::int - n)::float8 / $2::int * ${HISTORY_DAYS} as age_days,
         pg_temp.item_count(n) as k
       from generate_series(1, $2::int) n
     ),
     priced as (
       select d.n, d.c, d.age_days, p.country, p.address,
         case when p.country = 'GB' then 'GBP' else 'EUR' end as currency,
         case when p.country = 'GB' then cat.gbp else cat.eur end as prices,
         date_trunc('second', date_trunc('hour', now()) - d.age_days * interval '1 day') as placed_at,
         pg_temp.item_quantity(d.n, 1) * (case when p.country = 'GB' then cat.gbp else cat.eur end)[pg_temp.item_product(d.n, 1, cat.size)]
         + case when d.k >= 2 then pg_temp.item_quantity(d.n, 2) * (case when p.country = 'GB' then cat.gbp else cat.eur end)[pg_temp.item_product(d.n, 2, cat.size)] else 0 end
         + case when d.k >= 3 then pg_temp.item_quantity(d.n, 3) * (case when p.country = 'GB' then cat.gbp else cat.eur end)[pg_temp.item_product(d.n, 3, cat.size)] else 0 end as sub
       from drawn d join bench_people p on p.n = d.c cross join catalog cat
     ),
     totals as (
       select x.*,
         case when sub >= 5000 then 0 when country = 'GB' then 399 when country = 'IT' then 590 else 499 end as shipping,
         case when country = 'IT' then 0.22 else 0.20 end as vat
       from priced x
     )
     insert into orders (id, number, customer_id, status, currency, subtotal_cents, shipping_cents, tax_cents, total_cents, shipping_address, placed_at)
     select md5('bench-order-' || n)::uuid,
       'PC-' || to_char(placed_at at time zone 'UTC', 'YYYY') || '-' || lpad(n::text, 7, '0'),
       md5('bench-customer-' || c)::uuid,
       (case when age_days < 1 then (case when pg_temp.u(n, 8) < 0.5 then 'processing' else 'paid' end)
             when age_days < 4 then 'shipped'
             when pg_temp.u(n, 8) < 0.85 then 'delivered'
             when pg_temp.u(n, 8) < 0.90 then 'cancelled'
             when pg_temp.u(n, 8) < 0.95 then 'returned'
             else 'refunded' end)::order_status,
       currency, sub, shipping, round((sub + shipping) * vat)::int, sub + shipping + round((sub + shipping) * vat)::int,
       address, placed_at
     from totals
     order by n`,
    [size.customers, size.orders, stride],
  );
}

/** The same lines the order totals were computed from, recovered from the ordinal in the order number. */
async function insertOrderItems(sql: Tx) {
  await sql.unsafe(
    `with ${catalogCte}
     insert into order_items (order_id, product_id, quantity, unit_price_cents)
     select o.id, cat.ids[line.product], pg_temp.item_quantity(o.n, line.i),
       case when o.currency = 'GBP' then cat.gbp[line.product] else cat.eur[line.product] end
     from (select id, right(number, 7)::bigint as n, currency from orders) o
     cross join catalog cat
     cross join lateral (select i, pg_temp.item_product(o.n, i, cat.size) as product from generate_series(1, pg_temp.item_count(o.n)) i) line`,
  );
}

/** One agent for back-office benchmarks, signing in with the same password as the benchmark customer. */
async function insertStaff(sql: Tx, passwordHash: string) {
  await sql.unsafe(
    `insert into users (id, name, email, email_verified, role, locale, password_hash)
     values (md5('bench-agent')::uuid, 'Bench Agent', '${BENCH_AGENT_EMAIL}', now(), 'agent', 'en', $1)`,
    [passwordHash],
  );
  await sql.unsafe(
    `insert into agent_profiles (user_id, display_name, languages, capacity, presence)
     values (md5('bench-agent')::uuid, 'Bench Agent', '{en,fr,it}', 50, 'available')`,
  );
}

const fmt = (n: number) => n.toLocaleString("en-US");
