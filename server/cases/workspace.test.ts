import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentProfiles, caseAttachments, caseEvents, cases, emailOutbox, queueMembers } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { createCustomerUser, createOrder, createStaffUser, type ArrangedCustomer, type ArrangedStaff } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { attempt, contextFor, lazyQueue } from "@/tests/support/trpc";
import { createCaller } from "@/server/api/root";
import { createCase } from "./index";
import { heartbeat, sendFromWorkspace } from "./workspace";

const { db, url } = await setupTestDatabase();
const jobs = lazyQueue(url);
afterAll(() => jobs.stop());
let alice: ArrangedCustomer;
let bob: ArrangedCustomer;
let marie: ArrangedStaff;
let luca: ArrangedStaff;

beforeAll(async () => {
  const queueIds = (await seedCaseReference(db)).queues;
  marie = await createStaffUser(db, { role: "agent" });
  luca = await createStaffUser(db, { role: "agent" });
  for (const [staff, name] of [
    [marie, "Marie Dupont"],
    [luca, "Luca Bianchi"],
  ] as const) {
    await db
      .insert(agentProfiles)
      .values({ userId: staff.userId, displayName: name, languages: ["en", "fr"], capacity: 50, presence: "available" })
      .onConflictDoUpdate({ target: agentProfiles.userId, set: { displayName: name } });
    await db
      .insert(queueMembers)
      .values(Object.values(queueIds).map((queueId) => ({ queueId, userId: staff.userId })))
      .onConflictDoNothing();
  }
  alice = await createCustomerUser(db);
  bob = await createCustomerUser(db);
});

const as = (staff: ArrangedStaff) => createCaller(contextFor(db, staff.actor, { getQueue: jobs.getQueue }));
const contextOf = (staff: ArrangedStaff) => contextFor(db, staff.actor, { getQueue: jobs.getQueue });
const newCase = async (customer: ArrangedCustomer, subject = "Where is my parcel?") =>
  createCase(
    db,
    await jobs.getQueue(),
    { customerId: customer.customerId, channel: "email", category: "delivery", subject, description: "Ordered two weeks ago, nothing yet." },
    { notify: false },
  );
const caseRow = async (number: string) => (await db.select().from(cases).where(eq(cases.number, number)))[0]!;
const eventsOf = async (caseId: string) => db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
const mailsTo = async (to: string) => db.select().from(emailOutbox).where(eq(emailOutbox.to, to));
const portalView = (customer: ArrangedCustomer, number: string) =>
  createCaller(contextFor(db, customer.actor, { getQueue: jobs.getQueue })).cases.get({ number });

describe("replies and notes", () => {
  it("a reply is emailed through the outbox and shown on the customer's portal timeline", async () => {
    const created = await newCase(alice);
    const result = await as(marie).workspace.send({ number: created.number, kind: "reply", body: "Your parcel left our warehouse **today**." });
    expect(result.status).toBe("sent");
    const mails = await mailsTo(alice.email);
    expect(mails.some((m) => m.template === "case-update" && JSON.stringify(m.props).includes("Your parcel left our warehouse"))).toBe(true);
    const portal = await portalView(alice, created.number);
    expect(portal.events.some((e) => e.kind === "message_out" && e.body?.includes("left our warehouse"))).toBe(true);
  });

  it("a note never reaches the customer: not on the portal, not by email", async () => {
    const created = await newCase(alice);
    const before = (await mailsTo(alice.email)).length;
    await as(marie).workspace.send({ number: created.number, kind: "note", body: "Customer sounds upset, be gentle." });
    const portal = await portalView(alice, created.number);
    expect(portal.events.some((e) => e.body?.includes("be gentle"))).toBe(false);
    expect((await mailsTo(alice.email)).length).toBe(before);
    const timeline = await as(luca).workspace.timeline({ number: created.number });
    expect(timeline.events.find((e) => e.body?.includes("be gentle"))).toMatchObject({ kind: "note", visibility: "internal", authorName: "Marie Dupont" });
  });

  it("@mentioning a colleague in a note stores the mention and emails them once", async () => {
    const created = await newCase(alice);
    const sent = await as(marie).workspace.send({
      number: created.number,
      kind: "note",
      body: "@Luca Bianchi can you check the carrier?",
      mentions: [luca.userId, marie.userId, alice.userId],
    });
    expect(sent.status).toBe("sent");
    const note = (await eventsOf(created.id)).find((e) => e.kind === "note")!;
    // Only colleagues are mentioned: the author and a customer are dropped.
    expect(note.data).toEqual({ mentions: [luca.userId] });
    const mails = (await mailsTo(luca.email)).filter((m) => m.template === "agent-mention");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.idempotencyKey).toBe(`agent-mention/${note.id}/${luca.userId}`);
    expect(mails[0]!.props).toMatchObject({ caseNumber: created.number, authorName: "Marie Dupont" });
    expect((await mailsTo(alice.email)).some((m) => m.template === "agent-mention")).toBe(false);
  });

  it("a reply with a file stores it with the message; a note's file stays internal", async () => {
    const created = await newCase(alice);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await sendFromWorkspace(
      db,
      await jobs.getQueue(),
      marie.actor,
      { number: created.number, kind: "note", body: "Photo from the warehouse", waitOnCustomer: false, mentions: [], isConfirmed: false },
      [{ name: "shelf.png", bytes: png }],
    );
    const [file] = await db.select().from(caseAttachments).where(eq(caseAttachments.caseId, created.id));
    expect(file).toMatchObject({ fileName: "shelf.png", visibility: "internal" });
    expect((await portalView(alice, created.number)).attachments).toHaveLength(0);
  });
});

describe("no lost reply", () => {
  it("shows what arrived since the agent started writing, and sends once confirmed", async () => {
    const created = await newCase(alice);
    const seen = (await as(marie).workspace.timeline({ number: created.number })).lastEventId!;
    await as(luca).workspace.send({ number: created.number, kind: "note", body: "I am on it." });
    const stale = await as(marie).workspace.send({ number: created.number, kind: "reply", body: "Hello!", seenEventId: seen });
    expect(stale.status).toBe("stale");
    expect(stale.status === "stale" && stale.newEvents.map((e) => e.body)).toEqual(["I am on it."]);
    expect((await eventsOf(created.id)).some((e) => e.body === "Hello!")).toBe(false);
    const confirmed = await as(marie).workspace.send({ number: created.number, kind: "reply", body: "Hello!", seenEventId: seen, isConfirmed: true });
    expect(confirmed.status).toBe("sent");
    // The agent's own messages never count as news to them.
    const mine = await as(marie).workspace.send({
      number: created.number,
      kind: "note",
      body: "Mine",
      seenEventId: (await as(luca).workspace.timeline({ number: created.number })).lastEventId,
    });
    expect(mine.status).toBe("sent");
  });

  it("two agents sending at the same time both get their message stored (and two emails)", async () => {
    const created = await newCase(alice);
    const seen = (await as(marie).workspace.timeline({ number: created.number })).lastEventId!;
    const results = await Promise.all([
      as(marie).workspace.send({ number: created.number, kind: "reply", body: "Reply from Marie", seenEventId: seen }),
      as(luca).workspace.send({ number: created.number, kind: "reply", body: "Reply from Luca", seenEventId: seen }),
      as(marie).workspace.send({ number: created.number, kind: "note", body: "Note from Marie" }),
      as(luca).workspace.send({ number: created.number, kind: "note", body: "Note from Luca" }),
    ]);
    expect(results.filter((r) => r.status === "sent").length).toBeGreaterThanOrEqual(3);
    const bodies = (await eventsOf(created.id)).map((e) => e.body);
    expect(bodies).toEqual(expect.arrayContaining(["Note from Marie", "Note from Luca"]));
    const replies = bodies.filter((b) => b?.startsWith("Reply from"));
    const mails = (await mailsTo(alice.email)).filter((m) => m.idempotencyKey.startsWith(`case-reply/${created.id}/`));
    expect(mails).toHaveLength(replies.length);
  });
});

describe("who else is on the case", () => {
  it("lists colleagues seen in the last 45 seconds, with typing, and forgets those who left", async () => {
    const created = await newCase(alice);
    const t0 = new Date();
    expect((await heartbeat(db, marie.actor, { number: created.number, isTyping: false }, t0)).viewers).toEqual([]);
    await heartbeat(db, luca.actor, { number: created.number, isTyping: true }, t0);
    expect((await heartbeat(db, marie.actor, { number: created.number, isTyping: false }, t0)).viewers).toEqual([
      { userId: luca.userId, name: "Luca Bianchi", isTyping: true },
    ]);
    expect((await heartbeat(db, marie.actor, { number: created.number, isTyping: false }, new Date(t0.getTime() + 46_000))).viewers).toEqual([]);
    await as(luca).workspace.heartbeat({ number: created.number, isTyping: false });
    await as(luca).workspace.leave({ number: created.number });
    expect((await as(marie).workspace.heartbeat({ number: created.number, isTyping: false })).viewers).toEqual([]);
  });
});

describe("merge, split and links", () => {
  it("merges duplicates of one customer: messages copied, merge events on both, duplicate closed", async () => {
    const into = await newCase(alice, "Parcel late");
    const from = await newCase(alice, "Parcel late (again)");
    await as(marie).workspace.send({ number: from.number, kind: "note", body: "Duplicate of the first one" });
    const result = await as(marie).workspace.merge({ intoNumber: into.number, fromNumbers: [from.number] });
    expect(result).toEqual({ intoNumber: into.number, mergedNumbers: [from.number] });
    expect(await caseRow(from.number)).toMatchObject({ status: "closed", closedAt: expect.any(Date) });
    const intoEvents = await eventsOf(into.id);
    expect(intoEvents.filter((e) => e.kind === "message_in")).toHaveLength(2);
    expect(intoEvents.find((e) => e.body === "Duplicate of the first one")).toMatchObject({
      kind: "note",
      visibility: "internal",
      data: { mergedFromCaseNumber: from.number },
    });
    expect(intoEvents.find((e) => e.kind === "merge")!.data).toMatchObject({ fromCaseNumbers: [from.number] });
    expect((await eventsOf(from.id)).find((e) => e.kind === "merge")!.data).toMatchObject({ intoCaseNumber: into.number });
    // The customer sees both messages on the surviving case.
    expect((await portalView(alice, into.number)).events.filter((e) => e.kind === "message_in")).toHaveLength(2);
  });

  it("refuses to merge cases of two customers and changes nothing", async () => {
    const into = await newCase(alice);
    const other = await newCase(bob);
    const before = { into: await eventsOf(into.id), other: await caseRow(other.number) };
    const refused = await attempt(contextOf(marie), "workspace.merge", { intoNumber: into.number, fromNumbers: [other.number] });
    expect(refused.ok ? "ok" : refused.error.code).toBe("BAD_REQUEST");
    expect(await eventsOf(into.id)).toHaveLength(before.into.length);
    expect(await caseRow(other.number)).toEqual(before.other);
    const self = await attempt(contextOf(marie), "workspace.merge", { intoNumber: into.number, fromNumbers: [into.number] });
    expect(self.ok ? "ok" : self.error.code).toBe("BAD_REQUEST");
  });

  it("splits a message into a new case of the same customer, with split events on both", async () => {
    const source = await newCase(alice, "Two questions");
    const message = (await eventsOf(source.id)).find((e) => e.kind === "message_in")!;
    const split = await as(marie).workspace.split({ number: source.number, eventId: message.id, subject: "Invoice question" });
    const created = await caseRow(split.number);
    expect(created).toMatchObject({ customerId: alice.customerId, subject: "Invoice question", description: message.body });
    expect((await eventsOf(source.id)).find((e) => e.kind === "split")!.data).toMatchObject({ intoCaseNumber: split.number });
    expect((await eventsOf(created.id)).find((e) => e.kind === "split")!.data).toMatchObject({ fromCaseNumber: source.number });
    const status = (await eventsOf(source.id)).find((e) => e.kind === "status" || e.kind === "routing")!;
    const notMessage = await attempt(contextOf(marie), "workspace.split", { number: source.number, eventId: status.id, subject: "Nope" });
    expect(notMessage.ok ? "ok" : notMessage.error.code).toBe("BAD_REQUEST");
  });

  it("links the customer's own order, and refuses another customer's order without changing anything", async () => {
    const created = await newCase(alice);
    const own = await createOrder(db, { customerId: alice.customerId });
    const foreign = await createOrder(db, { customerId: bob.customerId });
    await as(marie).workspace.link({ number: created.number, kind: "order", orderNumber: own.number });
    expect((await caseRow(created.number)).orderId).toBe(own.id);
    const refused = await attempt(contextOf(marie), "workspace.link", { number: created.number, kind: "order", orderNumber: foreign.number });
    expect(refused.ok ? "ok" : refused.error.code).toBe("BAD_REQUEST");
    const links = (await eventsOf(created.id)).filter((e) => e.kind === "link");
    expect(links.map((e) => e.data)).toEqual([{ kind: "order", id: own.id, label: own.number }]);
    const missingThread = await attempt(contextOf(marie), "workspace.link", { number: created.number, kind: "forum_thread", threadId: crypto.randomUUID() });
    expect(missingThread.ok ? "ok" : missingThread.error.code).toBe("BAD_REQUEST");
  });
});

describe("authorization", () => {
  it("customers and anonymous callers cannot use the workspace", async () => {
    const created = await newCase(alice);
    const asCustomer = await attempt(contextFor(db, alice.actor, { getQueue: jobs.getQueue }), "workspace.timeline", { number: created.number });
    expect(asCustomer.ok ? "ok" : asCustomer.error.code).toBe("FORBIDDEN");
    const anonymous = await attempt(contextFor(db, null, { getQueue: jobs.getQueue }), "workspace.send", { number: created.number, kind: "note", body: "x" });
    expect(anonymous.ok ? "ok" : anonymous.error.code).toBe("UNAUTHORIZED");
    expect(
      await db
        .select()
        .from(caseEvents)
        .where(and(eq(caseEvents.caseId, created.id), eq(caseEvents.kind, "note"))),
    ).toHaveLength(0);
  });
});
