import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases, contactIdentities, customers } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { createContact, createCustomerUser, createOrder, createStaffUser, type ArrangedCustomer, type ArrangedStaff } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { attempt, contextFor, lazyQueue } from "@/tests/support/trpc";
import { addStaffMessage, createCase, createCaseAsCustomer, getCaseOfCustomerOrThrow, readAttachmentOrThrow, REOPEN_DAYS } from "./index";
import { mergeCustomers } from "./intake";

const { db, url } = await setupTestDatabase();
const jobs = lazyQueue(url);
afterAll(() => jobs.stop());
let alice: ArrangedCustomer;
let bob: ArrangedCustomer;
let agent: ArrangedStaff;
const PNG = new Uint8Array(Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));

beforeAll(async () => {
  agent = await createStaffUser(db, { role: "agent" });
  await seedCaseReference(db);
  alice = await createCustomerUser(db);
  bob = await createCustomerUser(db);
});
const as = (actor: ArrangedCustomer["actor"] | ArrangedStaff["actor"]) => contextFor(db, actor, { getQueue: jobs.getQueue });

describe("createCase (the intake other issues call)", () => {
  it("is idempotent on an external reference", async () => {
    const queue = await jobs.getQueue();
    const input = { customerId: alice.customerId, channel: "order" as const, category: "refund", subject: "Refund request", description: "Refund for order", externalReference: { kind: "return-request", id: "rr-1" } };
    const [a, b] = await Promise.all([createCase(db, queue, input), createCase(db, queue, input)]);
    expect(a).toEqual(b);
    expect(a.number).toMatch(/^C-\d+$/);
  });

  it("refuses an unknown category and another customer's order, creating nothing", async () => {
    const queue = await jobs.getQueue();
    const bobsOrder = await createOrder(db, { customerId: bob.customerId });
    const before = (await db.select().from(cases)).length;
    await expect(createCase(db, queue, { customerId: alice.customerId, channel: "portal", category: "nope", subject: "x", description: "y" })).rejects.toMatchObject({ code: "cases.unknownCategory" });
    await expect(createCase(db, queue, { customerId: alice.customerId, channel: "portal", category: "delivery", subject: "x", description: "y", orderId: bobsOrder.id })).rejects.toMatchObject({ code: "cases.orderNotFound" });
    expect((await db.select().from(cases)).length).toBe(before);
  });
});

describe("customer side", () => {
  it("lists, shows only public events, replies, closes and reopens through the router", async () => {
    const created = await createCaseAsCustomer(db, await jobs.getQueue(), alice.actor, { category: "technical", subject: "Screen flickers", description: "It flickers" }, [{ name: "shot.png", bytes: PNG }]);
    await addStaffMessage(db, await jobs.getQueue(), { caseId: created.id, author: "agent", authorUserId: agent.userId, body: "Internal: check batch 42", isInternal: true });
    const list = await attempt(as(alice.actor), "cases.list", { limit: 10 });
    expect(list.ok && (list.value as { items: { number: string }[] }).items.map((i) => i.number)).toContain(created.number);
    const detail = await getCaseOfCustomerOrThrow(db, alice.actor, created.number);
    expect(detail.events.map((e) => e.kind)).toEqual(["message_in"]);
    expect(detail.attachments).toHaveLength(1);

    expect((await attempt(as(alice.actor), "cases.reply", { number: created.number, body: "Still flickering" })).ok).toBe(true);
    expect((await attempt(as(alice.actor), "cases.close", { number: created.number })).ok).toBe(true);
    const again = await attempt(as(alice.actor), "cases.close", { number: created.number });
    expect(again.ok || again.shape.data.errorCode).toBe("cases.alreadyClosed");
    const reply = await attempt(as(alice.actor), "cases.reply", { number: created.number, body: "Hello?" });
    expect(reply.ok || reply.error.code).toBe("CONFLICT");
    expect((await attempt(as(alice.actor), "cases.reopen", { number: created.number })).ok).toBe(true);
  });

  it("refuses: another customer's case is not found, staff may not use customer procedures, reopening after the window fails", async () => {
    const created = await createCase(db, await jobs.getQueue(), { customerId: alice.customerId, channel: "portal", category: "other", subject: "Mine", description: "Mine" });
    const other = await attempt(as(bob.actor), "cases.get", { number: created.number });
    expect(other.ok || other.error.code).toBe("NOT_FOUND");
    const staff = await attempt(as(agent.actor), "cases.list", { limit: 10 });
    expect(staff.ok || staff.error.code).toBe("FORBIDDEN");
    const bad = await attempt(as(alice.actor), "cases.create", { category: "other", subject: "line\r\nBcc: x@y", description: "z" });
    expect(bad.ok || bad.error.code).toBe("BAD_REQUEST");
    await db.update(cases).set({ status: "closed", closedAt: new Date(Date.now() - (REOPEN_DAYS + 1) * 86_400_000) }).where(eq(cases.id, created.id));
    const late = await attempt(as(alice.actor), "cases.reopen", { number: created.number });
    expect(late.ok || late.shape.data.errorCode).toBe("cases.reopenExpired");
  });

  it("serves an attachment only to its case's customer and to staff", async () => {
    const created = await createCaseAsCustomer(db, await jobs.getQueue(), alice.actor, { category: "warranty", subject: "Cracked", description: "Photo attached" }, [{ name: "crack.png", bytes: PNG }]);
    const [file] = (await getCaseOfCustomerOrThrow(db, alice.actor, created.number)).attachments;
    expect((await readAttachmentOrThrow(db, alice.actor, file!.id)).contentType).toBe("image/png");
    expect((await readAttachmentOrThrow(db, agent.actor, file!.id)).fileName).toBe("crack.png");
    await expect(readAttachmentOrThrow(db, bob.actor, file!.id)).rejects.toMatchObject({ code: "common.notFound" });
  });

  it("refuses a file whose bytes do not match its type, and creates no case", async () => {
    const before = (await db.select().from(cases).where(eq(cases.customerId, bob.customerId))).length;
    await expect(
      createCaseAsCustomer(db, await jobs.getQueue(), bob.actor, { category: "other", subject: "x", description: "y" }, [{ name: "evil.pdf", bytes: new TextEncoder().encode("<html><script>") }]),
    ).rejects.toMatchObject({ code: "cases.attachmentRejected" });
    expect((await db.select().from(cases).where(eq(cases.customerId, bob.customerId))).length).toBe(before);
  });
});

describe("mergeCustomers", () => {
  it("moves a channel-only contact's identities and cases onto the account's customer", async () => {
    const contact = await createContact(db);
    const created = await createCase(db, await jobs.getQueue(), { customerId: contact.customerId, channel: "email", category: "other", subject: "From email", description: "Hi" });
    const result = await mergeCustomers(db, agent.actor, { fromId: contact.customerId, intoId: alice.customerId });
    expect(result.movedCases).toBe(1);
    const [moved] = await db.select().from(cases).where(eq(cases.id, created.id));
    expect(moved!.customerId).toBe(alice.customerId);
    expect((await db.select().from(contactIdentities).where(eq(contactIdentities.value, contact.email)))[0]!.customerId).toBe(alice.customerId);
    expect(await db.select().from(customers).where(eq(customers.id, contact.customerId))).toHaveLength(0);
    await expect(mergeCustomers(db, alice.actor, { fromId: bob.customerId, intoId: alice.customerId })).rejects.toMatchObject({ code: "auth.forbidden" });
  });
});
