import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "@/server/i18n/messages/en.json";
import fr from "@/server/i18n/messages/fr.json";
import { createCustomerUser, createOrder, createStaffUser, type ArrangedCustomer, type ArrangedStaff } from "./support/arrange";
import { setupTestDatabase } from "./support/db";
import { attempt, contextFor, lazyQueue } from "./support/trpc";

const { db, url } = await setupTestDatabase();
const queue = lazyQueue(url);
afterAll(() => queue.stop());

let customer: ArrangedCustomer;
let agent: ArrangedStaff;
let admin: ArrangedStaff;
let target: ArrangedCustomer;
let orderNumber: string;
beforeAll(async () => {
  customer = await createCustomerUser(db);
  agent = await createStaffUser(db, { role: "agent" });
  admin = await createStaffUser(db, { role: "admin" });
  target = await createCustomerUser(db);
  orderNumber = (await createOrder(db, { customerId: customer.customerId })).number;
});

const MB = "x".repeat(1024 * 1024);
const deep = (levels: number) => {
  let node: Record<string, unknown> = {};
  for (let i = 0; i < levels; i++) node = { a: node };
  return node;
};
const someUuid = "7d444840-9dc0-41d1-8a49-0f1c0dcd1e5c";

type As = "customer" | "agent" | "admin";
type Expected =
  /** Refused as invalid input; `field` names a field whose translated message is checked. */
  | { code: "BAD_REQUEST"; field?: string; fieldKey?: keyof typeof en.errors.validation; errorCode?: string }
  /** Well-formed but unknown. */
  | { code: "NOT_FOUND" }
  /** Extra keys: refused, or dropped without effect (checked by `check` when the call succeeds). */
  | { code: "BAD_REQUEST_OR_IGNORED"; check: (value: unknown) => void };

type Case = [label: string, path: string, as: As, input: () => unknown, expected: Expected];

const bad = (field?: string, fieldKey?: keyof typeof en.errors.validation): Expected => ({ code: "BAD_REQUEST", field, fieldKey });
const notFound: Expected = { code: "NOT_FOUND" };
const onlyOwnOrders: Expected = {
  code: "BAD_REQUEST_OR_IGNORED",
  check: (value) => expect((value as { items: { number: string }[] }).items.map((item) => item.number)).toEqual([orderNumber]),
};

const cases: Case[] = [
  // orders.list
  ["a string limit", "orders.list", "customer", () => ({ limit: "20" }), bad("limit", "invalid")],
  ["a negative limit", "orders.list", "customer", () => ({ limit: -1 }), bad("limit", "tooSmall")],
  ["a zero limit", "orders.list", "customer", () => ({ limit: 0 }), bad("limit", "tooSmall")],
  ["a huge limit", "orders.list", "customer", () => ({ limit: 1e9 }), bad("limit", "tooLarge")],
  ["a fractional limit", "orders.list", "customer", () => ({ limit: 1.5 }), bad("limit")],
  ["a NaN limit", "orders.list", "customer", () => ({ limit: Number.NaN }), bad("limit")],
  ["an infinite limit", "orders.list", "customer", () => ({ limit: Number.POSITIVE_INFINITY }), bad("limit")],
  ["an unsafe integer limit", "orders.list", "customer", () => ({ limit: 2 ** 60 }), bad("limit")],
  ["a string instead of an object", "orders.list", "customer", () => "limit=20", bad()],
  ["an array instead of an object", "orders.list", "customer", () => [{ limit: 20 }], bad()],
  ["null instead of an object", "orders.list", "customer", () => null, bad()],
  ["a cursor with a non-date", "orders.list", "customer", () => ({ cursor: { placedAt: "yesterday-ish", id: someUuid } }), bad("cursor.placedAt")],
  ["a cursor with a 1 MB date", "orders.list", "customer", () => ({ cursor: { placedAt: MB, id: someUuid } }), bad("cursor.placedAt")],
  ["a cursor date before PostgreSQL's range", "orders.list", "customer", () => ({ cursor: { placedAt: new Date(-8.64e15), id: someUuid } }), bad("cursor.placedAt")],
  ["a cursor with an invalid uuid", "orders.list", "customer", () => ({ cursor: { placedAt: new Date(), id: "123" } }), bad("cursor.id")],
  ["a cursor with SQL in the uuid", "orders.list", "customer", () => ({ cursor: { placedAt: new Date(), id: "'; drop table orders; --" } }), bad("cursor.id")],
  ["a cursor nested 10,000 levels deep", "orders.list", "customer", () => ({ cursor: deep(10_000) }), bad()],
  ["a NUL byte in a key", "orders.list", "customer", () => ({ ["li\u0000mit"]: 5 }), bad()],
  ["extra keys, one of them 1 MB", "orders.list", "customer", () => ({ limit: 5, note: MB, customerId: target.customerId }), onlyOwnOrders],
  ["a __proto__ key", "orders.list", "customer", () => JSON.parse(`{"limit":5,"__proto__":{"customerId":"${target.customerId}"}}`), onlyOwnOrders],

  // orders.get
  ["a numeric order number", "orders.get", "customer", () => ({ number: 123 }), bad("number", "invalid")],
  ["an empty order number", "orders.get", "customer", () => ({ number: "" }), bad("number", "required")],
  ["a blank order number", "orders.get", "customer", () => ({ number: "   " }), bad("number", "required")],
  ["a 1 MB order number", "orders.get", "customer", () => ({ number: MB }), bad("number", "tooLong")],
  ["an order number with a NUL byte", "orders.get", "customer", () => ({ number: `${orderNumber}\u0000` }), bad()],
  ["an order number array", "orders.get", "customer", () => ({ number: [orderNumber] }), bad("number")],
  ["an operator object", "orders.get", "customer", () => ({ number: { $ne: null } }), bad("number")],
  ["no input at all", "orders.get", "customer", () => undefined, bad()],
  ["an unknown order number", "orders.get", "customer", () => ({ number: "PC-1900-000000" }), notFound],
  ["SQL in the order number", "orders.get", "customer", () => ({ number: "' OR '1'='1" }), notFound],
  ["a lone high surrogate", "orders.get", "customer", () => ({ number: "PC-\uD800" }), bad()],
  ["a lone low surrogate", "customers.search", "agent", () => ({ query: "\uDC00ann" }), bad()],
  ["an emoji (a valid surrogate pair)", "orders.get", "customer", () => ({ number: "PC-\u{1F600}" }), notFound],

  // customers.search
  ["a 1 MB query", "customers.search", "agent", () => ({ query: MB }), bad("query", "tooLong")],
  ["a numeric query", "customers.search", "agent", () => ({ query: 5 }), bad("query", "invalid")],
  ["a query with a NUL byte", "customers.search", "agent", () => ({ query: "ann\u0000" }), bad()],
  ["a limit over 100", "customers.search", "agent", () => ({ limit: 101 }), bad("limit", "tooLarge")],
  ["a negative limit", "customers.search", "agent", () => ({ limit: -5 }), bad("limit", "tooSmall")],
  ["a string limit", "customers.search", "agent", () => ({ limit: "10" }), bad("limit")],

  // users.* (admin)
  ["an invalid user id", "users.setRole", "admin", () => ({ userId: "not-a-uuid", role: "agent" }), bad("userId")],
  ["an unknown role", "users.setRole", "admin", () => ({ userId: target.userId, role: "superadmin" }), bad("role")],
  ["an upper-case role", "users.setRole", "admin", () => ({ userId: target.userId, role: "ADMIN" }), bad("role")],
  ["a missing role", "users.setRole", "admin", () => ({ userId: target.userId }), bad("role")],
  ["an unknown user", "users.setRole", "admin", () => ({ userId: randomUUID(), role: "agent" }), notFound],
  ["the admin's own role", "users.setRole", "admin", () => ({ userId: admin.userId, role: "customer" }), { code: "BAD_REQUEST", errorCode: "users.cannotChangeSelf" }],
  ["a string boolean", "users.setDisabled", "admin", () => ({ userId: target.userId, isDisabled: "true" }), bad("isDisabled")],
  ["a numeric boolean", "users.setDisabled", "admin", () => ({ userId: target.userId, isDisabled: 1 }), bad("isDisabled")],
  ["disabling oneself", "users.setDisabled", "admin", () => ({ userId: admin.userId, isDisabled: true }), { code: "BAD_REQUEST", errorCode: "users.cannotChangeSelf" }],
  ["an unknown role filter", "users.list", "admin", () => ({ role: "root" }), bad("role")],
  ["a 101-character query", "users.list", "admin", () => ({ query: "q".repeat(101) }), bad("query", "tooLong")],
  ["a query with a NUL byte", "users.list", "admin", () => ({ query: "\u0000" }), bad()],

  // account.setLocale
  ["an unsupported locale", "account.setLocale", "customer", () => "de", bad()],
  ["an upper-case locale", "account.setLocale", "customer", () => "FR", bad()],
  ["a locale object", "account.setLocale", "customer", () => ({ locale: "fr" }), bad()],
  ["a locale with a NUL byte", "account.setLocale", "customer", () => "fr\u0000", bad()],
];

/** Every row of every table, hashed: an insert, update or delete anywhere changes it. */
async function databaseFingerprint(): Promise<Record<string, string>> {
  const tables = await db.execute<{ name: string }>(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`);
  const fingerprint: Record<string, string> = {};
  for (const { name } of tables) {
    // Names come from the catalog, not from input.
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const [row] = await db.execute<{ n: number; h: string | null }>(sql.raw(`select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as h from ${quoted} t`));
    fingerprint[name] = `${row!.n}:${row!.h ?? ""}`;
  }
  return fingerprint;
}

const messages = { en, fr } as const;
const errorKeyOf: Record<string, string> = { BAD_REQUEST: "common.invalidInput", NOT_FOUND: "common.notFound" };
const translate = (locale: "en" | "fr", key: string) =>
  key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages[locale].errors) as string;

describe.each(cases)("%s (%s as %s)", (label, path, as, input, expected) => {
  it.each(["en", "fr"] as const)("is refused in %s without a 500 and without writing", async (locale) => {
    const actor = as === "customer" ? customer.actor : as === "agent" ? agent.actor : admin.actor;
    const before = await databaseFingerprint();
    const outcome = await attempt(contextFor(db, actor, { locale, getQueue: queue.getQueue }), path, input());
    expect(await databaseFingerprint(), `${label} changed the database`).toEqual(before);

    if (expected.code === "BAD_REQUEST_OR_IGNORED") {
      if (outcome.ok) return expected.check(outcome.value);
      expect(outcome.error.code).toBe("BAD_REQUEST");
      return;
    }
    expect(outcome.ok ? "accepted" : outcome.error.code).toBe(expected.code);
    if (outcome.ok) return;

    const errorCode = (expected.code === "BAD_REQUEST" && expected.errorCode) || errorKeyOf[expected.code]!;
    expect(outcome.shape.data).toMatchObject({ errorCode, httpStatus: expected.code === "NOT_FOUND" ? 404 : 400 });
    expect(outcome.shape.message).toBe(translate(locale, errorCode));
    const fieldErrors = (outcome.shape.data as { fieldErrors: Record<string, string[]> | null }).fieldErrors;
    // Every field message is a translated sentence of this locale, never a raw key or zod's English.
    const translated = new Set(Object.values(messages[locale].errors.validation));
    for (const message of Object.values(fieldErrors ?? {}).flat()) expect(translated).toContain(message);
    // Refusals by the schema name the field; the input guard (NUL, lone surrogates, nesting) refuses the whole input.
    if (expected.code === "BAD_REQUEST" && expected.field) {
      expect(Object.keys(fieldErrors ?? {})).toContain(expected.field);
      if (expected.fieldKey) expect(fieldErrors![expected.field]).toContain(messages[locale].errors.validation[expected.fieldKey]);
    }
  });
});

it("still serves the well-formed requests afterwards", async () => {
  const outcome = await attempt(contextFor(db, customer.actor, { getQueue: queue.getQueue }), "orders.get", { number: orderNumber });
  expect(outcome.ok).toBe(true);
});
