import postgres from "postgres";
async function main() {
  const sql = postgres("postgres://postgres@127.0.0.1:5432/parcours_bench_full", { max: 1, onnotice: () => {} });
  const variants: [string, string, string][] = [
    ["md5 id", "", "md5('bench-order-' || n)::uuid"],
    ["seq id", "", "lpad(to_hex(n), 32, '0')::uuid"],
    ["md5 id, no number idx", "alter table orders drop constraint orders_number_unique", "md5('bench-order-' || n)::uuid"],
    ["seq id, small addr", "", "lpad(to_hex(n), 32, '0')::uuid"],
  ];
  for (const [name, setup, idExpr] of variants) {
    await sql.begin(async (tx) => {
      await tx.unsafe("set local synchronous_commit = off; set local session_replication_role = replica; set local work_mem='256MB'");
      await tx.unsafe("truncate orders cascade");
      await tx.unsafe("drop index orders_customer_id_placed_at_id_index");
      if (setup) await tx.unsafe(setup);
      const addr = name.includes("small") ? `'{}'::jsonb` : `'{"city": "Glasgow", "name": "Roland O''Keefe", "line1": "73 Pfeffer Yard", "country": "GB", "postalCode": "G1 1XQ"}'::jsonb`;
      const t0 = performance.now();
      await tx.unsafe(`insert into orders (id, number, customer_id, status, currency, subtotal_cents, shipping_cents, tax_cents, total_cents, shipping_address, placed_at)
        select ${idExpr}, 'PC-2026-' || lpad(n::text, 7, '0'), md5('bench-customer-' || (2 + floor(99998 * random())::int))::uuid, 'delivered', 'EUR', 100, 0, 20, 120, ${addr}, now() - (1000000 - n) * interval '40 seconds'
        from generate_series(1, 1000000) n`);
      console.log(name, ((performance.now() - t0) / 1000).toFixed(2), "s");
      throw new Error("rollback");
    }).catch((e) => String(e).includes("rollback") || console.log(e));
  }
  await sql.end();
}
main();
