import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/accounts";
import en from "@/server/i18n/messages/en.json";
import { createCustomerUser, createOrder, createOrganization, createStaffUser, type ArrangedCustomer } from "./support/arrange";
import { setupTestDatabase } from "./support/db";
import { arrangeCasesWorld } from "./support/cases";
import { arrangeKbWorld } from "./support/kb";
import { arrangeForumWorld } from "./support/forum";
import { procedurePolicy, type CallerKind, type PolicyWorld } from "./support/procedure-policy";
import { attempt, contextFor, lazyQueue, procedurePaths } from "./support/trpc";

const { db, url } = await setupTestDatabase();
const queue = lazyQueue(url);
afterAll(() => queue.stop());

/** R1: anonymous, customer A (organization X), a colleague of A in X (nothing shared), customer B (organization Y), staff. */
const personas = ["anonymous", "customerA", "colleagueOfA", "customerB", "agent", "admin"] as const;
type Persona = (typeof personas)[number];

const kindOf = (persona: Persona): CallerKind =>
  persona === "anonymous" ? "anonymous" : persona === "agent" ? "agent" : persona === "admin" ? "admin" : "customer";

let actors: Record<Persona, Actor | null>;
let world: PolicyWorld;
let customerA: ArrangedCustomer;
let customerB: ArrangedCustomer;
let colleagueOfA: ArrangedCustomer;
let ordersOfA: { id: string; number: string }[];
let ordersOfB: { id: string; number: string }[];

beforeAll(async () => {
  const orgX = await createOrganization(db, { name: "Organization X" });
  const orgY = await createOrganization(db, { name: "Organization Y" });
  customerA = await createCustomerUser(db, { organizationId: orgX.id });
  colleagueOfA = await createCustomerUser(db, { organizationId: orgX.id });
  customerB = await createCustomerUser(db, { organizationId: orgY.id });
  const agent = await createStaffUser(db, { role: "agent" });
  const admin = await createStaffUser(db, { role: "admin" });
  const target = await createCustomerUser(db);
  const day = 24 * 60 * 60 * 1000;
  ordersOfA = [];
  for (let i = 0; i < 3; i++) ordersOfA.push(await createOrder(db, { customerId: customerA.customerId, placedAt: new Date(Date.now() - i * day) }));
  ordersOfB = [];
  for (let i = 0; i < 2; i++) ordersOfB.push(await createOrder(db, { customerId: customerB.customerId, placedAt: new Date(Date.now() - i * day) }));
  await createOrder(db, { customerId: colleagueOfA.customerId });
  actors = {
    anonymous: null,
    customerA: customerA.actor,
    colleagueOfA: colleagueOfA.actor,
    customerB: customerB.actor,
    agent: agent.actor,
    admin: admin.actor,
  };
  world = { orderOfA: { number: ordersOfA[0]!.number }, targetUserId: target.userId, kb: await arrangeKbWorld(db, admin.actor), cases: await arrangeCasesWorld(db, await queue.getQueue(), customerA), forum: await arrangeForumWorld(db, { customerA: customerA.actor, target: (await createCustomerUser(db)).actor, flaggers: [customerB.actor, colleagueOfA.actor] }) };
});

const context = (persona: Persona, locale: "en" | "fr" = "en") => contextFor(db, actors[persona], { locale, getQueue: queue.getQueue });

it("has a policy row for every procedure of the router, and none for a procedure that does not exist", () => {
  const paths = procedurePaths();
  expect(paths.length).toBeGreaterThan(0);
  expect(paths.filter((path) => !procedurePolicy[path]), "procedures without a policy row").toEqual([]);
  expect(Object.keys(procedurePolicy).filter((path) => !paths.includes(path)), "policy rows for missing procedures").toEqual([]);
});

type Expected = "ok" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";

const expectedMessages = {
  UNAUTHORIZED: { status: 401, errorCode: "auth.unauthenticated", message: en.errors.auth.unauthenticated },
  FORBIDDEN: { status: 403, errorCode: "auth.forbidden", message: en.errors.auth.forbidden },
  NOT_FOUND: { status: 404, errorCode: "common.notFound", message: en.errors.common.notFound },
} as const;

describe.each(procedurePaths())("%s", (path) => {
  it.each(personas)("as %s", async (persona) => {
    const policy = procedurePolicy[path];
    if (!policy) throw new Error(`${path} has no row in tests/support/procedure-policy.ts`);
    const kind = kindOf(persona);
    let expected: Expected = "ok";
    if (!policy.allowed.includes(kind)) expected = kind === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN";
    else if (policy.scope === "owner" && kind === "customer" && persona !== "customerA") expected = "NOT_FOUND";

    const outcome = await attempt(context(persona), path, policy.input?.(world));
    if (expected === "ok") {
      expect(outcome.ok ? "ok" : `${outcome.error.code}: ${outcome.error.message}`).toBe("ok");
      return;
    }
    expect(outcome.ok, `${path} as ${persona} should be refused with ${expected}`).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe(expected);
    expect(outcome.shape.message).toBe(expectedMessages[expected].message);
    expect(outcome.shape.data).toMatchObject({ httpStatus: expectedMessages[expected].status, errorCode: expectedMessages[expected].errorCode });
  });
});

describe("ownership of orders", () => {
  it("answers another customer's order exactly like a missing one", async () => {
    const ofB = await attempt(context("customerA"), "orders.get", { number: ordersOfB[0]!.number });
    const missing = await attempt(context("customerA"), "orders.get", { number: "PO-DOES-NOT-EXIST" });
    expect(ofB.ok || missing.ok).toBe(false);
    if (ofB.ok || missing.ok) return;
    expect(ofB.error.code).toBe("NOT_FOUND");
    expect(missing.error.code).toBe("NOT_FOUND");
    expect(ofB.error.message).toBe(missing.error.message);
    expect(ofB.shape).toEqual(missing.shape);
  });

  it("does not show a colleague's order to another member of the same organization", async () => {
    const outcome = await attempt(context("colleagueOfA"), "orders.get", { number: ordersOfA[1]!.number });
    expect(outcome.ok ? "ok" : outcome.error.code).toBe("NOT_FOUND");
  });

  it("shows the owner their order with its details", async () => {
    const outcome = await attempt(context("customerA"), "orders.get", { number: ordersOfA[1]!.number });
    if (!outcome.ok) throw outcome.error;
    expect(outcome.value).toMatchObject({ id: ordersOfA[1]!.id, customerId: customerA.customerId, items: [expect.anything()], invoices: [expect.anything()] });
  });

  it("lists only the caller's orders, on every page", async () => {
    const seen: string[] = [];
    let cursor: unknown = null;
    for (let page = 0; page < 10; page++) {
      const outcome = await attempt(context("customerA"), "orders.list", { limit: 2, cursor });
      if (!outcome.ok) throw outcome.error;
      const { items, nextCursor } = outcome.value as { items: { id: string }[]; nextCursor: unknown };
      seen.push(...items.map((item) => item.id));
      if (!nextCursor) break;
      cursor = nextCursor;
    }
    expect(seen.sort()).toEqual(ordersOfA.map((order) => order.id).sort());
  });

  it("ignores a customer id smuggled into the input", async () => {
    const outcome = await attempt(context("customerA"), "orders.list", { limit: 20, customerId: customerB.customerId });
    // Either refused as invalid input, or the extra key is dropped: never B's orders.
    if (!outcome.ok) return expect(outcome.error.code).toBe("BAD_REQUEST");
    const { items } = outcome.value as { items: { id: string }[] };
    expect(items.map((item) => item.id).sort()).toEqual(ordersOfA.map((order) => order.id).sort());
  });

  it("gives each customer their own profile", async () => {
    const a = await attempt(context("customerA"), "account.profile");
    const b = await attempt(context("customerB"), "account.profile");
    if (!a.ok) throw a.error;
    if (!b.ok) throw b.error;
    expect(a.value).toMatchObject({ id: customerA.customerId, email: customerA.email, organizationName: "Organization X" });
    expect(b.value).toMatchObject({ id: customerB.customerId, email: customerB.email, organizationName: "Organization Y" });
  });

  it("translates the refusal into the caller's locale", async () => {
    const outcome = await attempt(context("customerB", "fr"), "orders.get", { number: ordersOfA[0]!.number });
    if (outcome.ok) throw new Error("B read A's order");
    const fr = (await import("@/server/i18n/messages/fr.json")).default;
    expect(outcome.shape.message).toBe(fr.errors.common.notFound);
  });
});
