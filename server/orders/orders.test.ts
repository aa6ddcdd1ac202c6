import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases, journeyEvents, orderRequests, orders, shipments, trackingEvents } from "@/db/schema";
import { createCustomerUser, createOrder, createOrganization, createStaffUser, type ArrangedCustomer, type ArrangedStaff } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { attempt, contextFor, lazyQueue } from "@/tests/support/trpc";
import type { Actor } from "@/server/accounts";
import { ensureCaseIntake } from "./case-setup.test-support";

const { db, url } = await setupTestDatabase();
const queue = lazyQueue(url);
afterAll(() => queue.stop());

let admin: ArrangedCustomer; // administrator of organization X
let member: ArrangedCustomer; // plain member of X
let colleague: ArrangedCustomer; // another plain member of X
let outsider: ArrangedCustomer; // organization Y
let agent: ArrangedStaff;
const numbers = {} as Record<"adminDelivered" | "memberDelivered" | "memberShipped" | "memberPaid" | "colleagueDelivered" | "outsiderDelivered", string>;

beforeAll(async () => {
  await ensureCaseIntake(db);
  const x = await createOrganization(db, { name: "Org X" });
  const y = await createOrganization(db, { name: "Org Y" });
  admin = await createCustomerUser(db, { organizationId: x.id, organizationRole: "admin", name: "Alice Admin" });
  member = await createCustomerUser(db, { organizationId: x.id, name: "Mo Member" });
  colleague = await createCustomerUser(db, { organizationId: x.id, name: "Cleo Colleague" });
  outsider = await createCustomerUser(db, { organizationId: y.id, name: "Otto Outsider" });
  agent = await createStaffUser(db, { role: "agent" });
  const day = 86_400_000;
  numbers.adminDelivered = (await createOrder(db, { customerId: admin.customerId, placedAt: new Date(Date.now() - 9 * day) })).number;
  numbers.memberDelivered = (await createOrder(db, { customerId: member.customerId, placedAt: new Date(Date.now() - 8 * day) })).number;
  numbers.memberShipped = (await createOrder(db, { customerId: member.customerId, status: "shipped" })).number;
  numbers.memberPaid = (await createOrder(db, { customerId: member.customerId, status: "paid" })).number;
  numbers.colleagueDelivered = (await createOrder(db, { customerId: colleague.customerId, placedAt: new Date(Date.now() - 7 * day) })).number;
  numbers.outsiderDelivered = (await createOrder(db, { customerId: outsider.customerId })).number;
});

const ctx = (actor: Actor | null) => contextFor(db, actor, { getQueue: queue.getQueue });
const listNumbers = async (actor: Actor, input: Record<string, unknown>) => {
  const outcome = await attempt(ctx(actor), "orders.list", input);
  if (!outcome.ok) throw outcome.error;
  return (outcome.value as { items: { number: string }[] }).items.map((o) => o.number).sort();
};

describe("organization visibility", () => {
  it("shows an organization admin every member's orders, with the buyer named", async () => {
    const seen = await listNumbers(admin.actor, { scope: "organization" });
    expect(seen).toEqual([numbers.adminDelivered, numbers.memberDelivered, numbers.memberShipped, numbers.memberPaid, numbers.colleagueDelivered].sort());
    const detail = await attempt(ctx(admin.actor), "orders.get", { number: numbers.colleagueDelivered });
    expect(detail.ok && detail.value).toMatchObject({ buyerName: "Cleo Colleague", isOwn: false });
  });

  it("shows the admin only their own orders in scope mine", async () => {
    expect(await listNumbers(admin.actor, { scope: "mine" })).toEqual([numbers.adminDelivered]);
  });

  it("shows a plain member only their own orders, whatever the scope asked", async () => {
    const own = [numbers.memberDelivered, numbers.memberShipped, numbers.memberPaid].sort();
    expect(await listNumbers(member.actor, { scope: "organization" })).toEqual(own);
    expect(await listNumbers(member.actor, { scope: "mine" })).toEqual(own);
    const colleagues = await attempt(ctx(member.actor), "orders.get", { number: numbers.colleagueDelivered });
    expect(colleagues.ok ? "ok" : colleagues.error.code).toBe("NOT_FOUND");
  });

  it("never shows another organization's orders, tracking or invoices through any procedure", async () => {
    for (const actor of [admin.actor, member.actor]) {
      expect(await listNumbers(actor, { scope: "organization" })).not.toContain(numbers.outsiderDelivered);
      for (const path of ["orders.get", "orders.tracking", "orders.getInvoice"]) {
        const outcome = await attempt(ctx(actor), path, { number: numbers.outsiderDelivered });
        expect(outcome.ok ? "ok" : outcome.error.code, path).toBe("NOT_FOUND");
      }
      const invoices = await attempt(ctx(actor), "orders.listInvoices", { limit: 100 });
      if (!invoices.ok) throw invoices.error;
      expect((invoices.value as { items: { orderNumber: string }[] }).items.map((i) => i.orderNumber)).not.toContain(numbers.outsiderDelivered);
    }
    const ownInvoice = await attempt(ctx(outsider.actor), "orders.getInvoice", { number: numbers.outsiderDelivered });
    expect(ownInvoice.ok && ownInvoice.value).toMatchObject({ order: { number: numbers.outsiderDelivered }, items: [expect.anything()] });
    const colleagueInvoice = await attempt(ctx(admin.actor), "orders.getInvoice", { number: numbers.colleagueDelivered });
    expect(colleagueInvoice.ok).toBe(true);
    const outsiderInvoices = await attempt(ctx(outsider.actor), "orders.listInvoices", { limit: 100 });
    if (!outsiderInvoices.ok) throw outsiderInvoices.error;
    expect((outsiderInvoices.value as { items: { orderNumber: string }[] }).items.map((i) => i.orderNumber)).toEqual([numbers.outsiderDelivered]);
  });
});

describe("list filters and keyset pages", () => {
  it("filters by status and searches by number and product", async () => {
    expect(await listNumbers(member.actor, { status: "shipped" })).toEqual([numbers.memberShipped]);
    expect(await listNumbers(member.actor, { query: numbers.memberPaid.slice(-6) })).toEqual([numbers.memberPaid]);
    expect(await listNumbers(member.actor, { query: "no such product or number" })).toEqual([]);
    // Every test order holds the first catalogue product.
    const [any] = await db.select({ id: orders.id }).from(orders).where(eq(orders.number, numbers.memberPaid));
    expect(any).toBeDefined();
  });

  it("walks older then newer pages without gaps or repeats, in both scopes", async () => {
    for (const scope of ["mine", "organization"] as const) {
      const actor = scope === "mine" ? member.actor : admin.actor;
      const all = await listNumbers(actor, { scope, limit: 100 });
      const seen: string[] = [];
      let cursor: unknown = null;
      const pages: { items: { number: string }[]; nextCursor: unknown; previousCursor: unknown }[] = [];
      for (let i = 0; i < 10; i++) {
        const outcome = await attempt(ctx(actor), "orders.list", { scope, limit: 2, cursor });
        if (!outcome.ok) throw outcome.error;
        const page = outcome.value as (typeof pages)[number];
        pages.push(page);
        seen.push(...page.items.map((o) => o.number));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      expect(seen.sort()).toEqual(all);
      const back = await attempt(ctx(actor), "orders.list", { scope, limit: 2, cursor: pages[1]!.previousCursor, direction: "newer" });
      if (!back.ok) throw back.error;
      expect((back.value as { items: { number: string }[] }).items.map((o) => o.number)).toEqual(pages[0]!.items.map((o) => o.number));
    }
  });
});

describe("exit points", () => {
  it("turns a refund request into a case linked to the order, with a journey event", async () => {
    const outcome = await attempt(ctx(member.actor), "orders.createRequest", { number: numbers.memberDelivered, kind: "refund", reason: "damaged", details: "The screen is cracked." });
    if (!outcome.ok) throw outcome.error;
    const { caseId, caseNumber } = outcome.value as { caseId: string; caseNumber: string };
    const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
    const [order] = await db.select().from(orders).where(eq(orders.number, numbers.memberDelivered));
    expect(row).toMatchObject({ number: caseNumber, category: "refund", channel: "order", orderId: order!.id, customerId: member.customerId });
    const events = await db.select().from(journeyEvents).where(eq(journeyEvents.orderId, order!.id));
    // The request itself, and the case it opened (recorded by the cases engine).
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "refund_requested", channel: "portal", caseId, customerId: member.customerId }),
        expect.objectContaining({ type: "case_created", caseId, customerId: member.customerId }),
      ]),
    );
    expect(events).toHaveLength(2);
    const detail = await attempt(ctx(member.actor), "orders.get", { number: numbers.memberDelivered });
    if (!detail.ok) throw detail.error;
    const value = detail.value as { requests: { kind: string; caseNumber: string }[]; actions: { kind: string; refusal: string | null }[] };
    expect(value.requests).toEqual([expect.objectContaining({ kind: "refund", caseNumber })]);
    expect(value.actions.find((a) => a.kind === "refund")?.refusal).toBe("orders.requestExists");
    expect(value.actions.find((a) => a.kind === "return")?.refusal).toBeNull();
  });

  it("refuses a second request of the same kind, and changes nothing", async () => {
    const before = await db.select().from(cases);
    const outcome = await attempt(ctx(member.actor), "orders.createRequest", { number: numbers.memberDelivered, kind: "refund", reason: "damaged" });
    expect(outcome.ok ? "ok" : outcome.shape.data.errorCode).toBe("orders.requestExists");
    expect(await db.select().from(cases)).toHaveLength(before.length);
  });

  it("refuses to cancel a shipped order with a clear message", async () => {
    const outcome = await attempt(ctx(member.actor), "orders.createRequest", { number: numbers.memberShipped, kind: "cancellation", reason: "changed_mind" });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe("CONFLICT");
    expect(outcome.shape.message).toMatch(/already shipped/);
    expect(await db.select().from(orderRequests).innerJoin(orders, eq(orders.id, orderRequests.orderId)).where(eq(orders.number, numbers.memberShipped))).toEqual([]);
  });

  it("lets an order be cancelled before it ships, and refuses a return before delivery", async () => {
    const ok = await attempt(ctx(member.actor), "orders.createRequest", { number: numbers.memberPaid, kind: "cancellation", reason: "ordered_by_mistake" });
    expect(ok.ok).toBe(true);
    const refused = await attempt(ctx(member.actor), "orders.createRequest", { number: numbers.memberShipped, kind: "return", reason: "changed_mind" });
    expect(refused.ok ? "ok" : refused.shape.data.errorCode).toBe("orders.cannotReturn");
  });

  it("lets an organization admin ask on a colleague's order; the case belongs to the buyer", async () => {
    const outcome = await attempt(ctx(admin.actor), "orders.createRequest", { number: numbers.colleagueDelivered, kind: "return", reason: "defective" });
    if (!outcome.ok) throw outcome.error;
    const [row] = await db.select().from(cases).where(eq(cases.id, (outcome.value as { caseId: string }).caseId));
    expect(row!.customerId).toBe(colleague.customerId);
  });

  it("answers a refund on someone else's order and on an unknown order alike, and writes nothing", async () => {
    const countBefore = (await db.select().from(orderRequests)).length;
    const foreign = await attempt(ctx(outsider.actor), "orders.createRequest", { number: numbers.memberDelivered, kind: "return", reason: "damaged" });
    const unknown = await attempt(ctx(outsider.actor), "orders.createRequest", { number: "PC-0000-000000", kind: "return", reason: "damaged" });
    expect(foreign.ok || unknown.ok).toBe(false);
    if (foreign.ok || unknown.ok) return;
    expect(foreign.error.code).toBe("NOT_FOUND");
    expect(foreign.shape).toEqual(unknown.shape);
    expect(await db.select().from(orderRequests)).toHaveLength(countBefore);
  });

  it("refuses a 100 kB reason text with a translated field error, and writes nothing", async () => {
    const countBefore = (await db.select().from(orderRequests)).length;
    const outcome = await attempt(contextFor(db, member.actor, { getQueue: queue.getQueue, locale: "fr" }), "orders.createRequest", {
      number: numbers.memberDelivered,
      kind: "return",
      reason: "other",
      details: "x".repeat(100_000),
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe("BAD_REQUEST");
    expect(outcome.shape.data.fieldErrors).toEqual({ details: ["Ce texte est trop long."] });
    expect(await db.select().from(orderRequests)).toHaveLength(countBefore);
  });

  it("refuses a reason of another kind and 'other' without details", async () => {
    const wrongKind = await attempt(ctx(member.actor), "orders.createRequest", { number: numbers.memberDelivered, kind: "return", reason: "charged_twice" });
    expect(wrongKind.ok ? "ok" : wrongKind.shape.data.errorCode).toBe("orders.reasonInvalid");
    const bare = await attempt(ctx(member.actor), "orders.createRequest", { number: numbers.memberDelivered, kind: "return", reason: "other", details: "" });
    expect(bare.ok ? "ok" : bare.shape.data.errorCode).toBe("orders.detailsRequired");
  });

  it("records an abandoned request as a journey event", async () => {
    const outcome = await attempt(ctx(member.actor), "orders.abandonRequest", { number: numbers.memberDelivered, kind: "return", step: "reason_chosen" });
    expect(outcome.ok).toBe(true);
    const rows = await db.select().from(journeyEvents).where(eq(journeyEvents.type, "request_abandoned"));
    expect(rows).toEqual([expect.objectContaining({ customerId: member.customerId, data: { kind: "return", step: "reason_chosen" } })]);
  });
});

describe("tracking", () => {
  it("lets staff add a carrier event that the customer's tracking then shows; customers may not add one", async () => {
    const forbidden = await attempt(ctx(member.actor), "orders.addTrackingEvent", { number: numbers.memberShipped, status: "out_for_delivery", location: "Lyon", description: "With the courier" });
    expect(forbidden.ok ? "ok" : forbidden.error.code).toBe("FORBIDDEN");
    const added = await attempt(ctx(agent.actor), "orders.addTrackingEvent", { number: numbers.memberShipped, status: "out_for_delivery", location: "Lyon", description: "With the courier" });
    if (!added.ok) throw added.error;
    const tracking = await attempt(ctx(member.actor), "orders.tracking", { number: numbers.memberShipped });
    if (!tracking.ok) throw tracking.error;
    const value = tracking.value as { events: { description: string }[]; shipments: { status: string }[]; isDone: boolean };
    expect(value.events[0]!.description).toBe("With the courier");
    expect(value.shipments[0]!.status).toBe("out_for_delivery");
    expect(value.isDone).toBe(false);
  });

  it("marks the parcel and the order delivered on a delivered event", async () => {
    const number = (await createOrder(db, { customerId: member.customerId, status: "shipped" })).number;
    const added = await attempt(ctx(agent.actor), "orders.addTrackingEvent", { number, status: "delivered", location: "Lyon", description: "Delivered" });
    if (!added.ok) throw added.error;
    const [order] = await db.select().from(orders).where(eq(orders.number, number));
    expect(order!.status).toBe("delivered");
    const [parcel] = await db.select().from(shipments).where(eq(shipments.orderId, order!.id));
    expect(parcel!.deliveredAt).not.toBeNull();
    expect((await db.select().from(trackingEvents).where(eq(trackingEvents.shipmentId, parcel!.id))).at(-1)).toBeDefined();
  });

  it("answers an unknown order number with NOT_FOUND, for staff too", async () => {
    const outcome = await attempt(ctx(agent.actor), "orders.addTrackingEvent", { number: "PC-0000-000000", status: "in_transit", location: "Lyon", description: "x" });
    expect(outcome.ok ? "ok" : outcome.error.code).toBe("NOT_FOUND");
  });
});
