import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseAttachments, caseEvents, cases, contactIdentities, customers, inboundMessages } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { createCustomerUser, createStaffUser, uniqueEmail } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { lazyQueue } from "@/tests/support/trpc";
import { handleChannelWebhook } from "./channel-webhook";
import { caseLinks } from "./links";
import { channelSecret, signPayload, type WebhookChannel } from "./webhooks";

const { db, url } = await setupTestDatabase();
const jobs = lazyQueue(url);
afterAll(() => jobs.stop());
beforeAll(async () => {
  await createStaffUser(db, { role: "agent" });
  await seedCaseReference(db);
});

const deps = { db, getQueue: jobs.getQueue };
const count = async (table: typeof cases | typeof inboundMessages | typeof customers | typeof caseEvents) => (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

function signedRequest(channel: WebhookChannel, payload: unknown, options: { secret?: string; timestamp?: number; tamper?: boolean; unsigned?: boolean } = {}) {
  const body = JSON.stringify(payload);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (!options.unsigned) {
    headers["x-parcours-timestamp"] = String(timestamp);
    headers["x-parcours-signature"] = signPayload(options.secret ?? channelSecret(channel), timestamp, body);
  }
  return new Request(`http://localhost/api/channels/${channel}`, { method: "POST", headers, body: options.tamper ? body.replace("Hello", "Hellp") : body });
}
const post = (channel: WebhookChannel, payload: unknown, options?: Parameters<typeof signedRequest>[2]) => handleChannelWebhook(deps, channel, signedRequest(channel, payload, options));

const email = (overrides: Record<string, unknown> = {}) => ({
  messageId: `<${crypto.randomUUID()}@mail.example>`,
  from: { address: "Stranger.Person@Example.org", name: "Stranger Person" },
  to: ["support@parcours.local"],
  subject: "Hello, my parcel never arrived",
  text: "Hello, I ordered a speaker two weeks ago and the parcel never arrived.",
  ...overrides,
});

describe("inbound email", () => {
  it("an unknown sender gets a customer and a case; the case's reply address threads the answer onto it", async () => {
    const first = email();
    const response = await post("email", first);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { case: string; newCase: boolean };
    expect(body.newCase).toBe(true);
    const [identity] = await db.select().from(contactIdentities).where(eq(contactIdentities.value, "stranger.person@example.org"));
    expect(identity).toBeDefined();
    const [created] = await db.select().from(cases).where(eq(cases.number, body.case));
    expect(created!.customerId).toBe(identity!.customerId);
    expect(created!.channel).toBe("email");
    expect(created!.category).toBe("delivery");

    // The customer answers our notification, which was sent from the case's reply address.
    const reply = await post("email", email({ to: [`Support <${caseLinks(created!).replyAddress}>`], subject: `Re: [${created!.number}]`, text: "Any news?" }));
    expect(((await reply.json()) as { case: string; newCase: boolean })).toMatchObject({ case: created!.number, newCase: false });

    // A mail client that only keeps In-Reply-To threads too.
    const followUp = await post("email", email({ inReplyTo: first.messageId, text: "Still waiting." }));
    expect(((await followUp.json()) as { case: string })).toMatchObject({ case: created!.number });
    const messages = await db.select().from(caseEvents).where(sql`${caseEvents.caseId} = ${created!.id} and ${caseEvents.kind} = 'message_in'`);
    expect(messages.map((m) => m.body)).toEqual([first.text, "Any news?", "Still waiting."]);
  });

  it("a known customer's email lands on their account's customer record with its attachment", async () => {
    const customer = await createCustomerUser(db, { email: uniqueEmail("known") });
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex").toString("base64");
    const response = await post("email", email({ from: { address: customer.email }, subject: "Invoice question", text: "My invoice is wrong", attachments: [{ filename: "../../etc/shot.png", content: png }] }));
    const { case: number } = (await response.json()) as { case: string };
    const [row] = await db.select().from(cases).where(eq(cases.number, number));
    expect(row!.customerId).toBe(customer.customerId);
    const files = await db.select().from(caseAttachments).where(eq(caseAttachments.caseId, row!.id));
    expect(files.map((f) => [f.fileName, f.contentType])).toEqual([["shot.png", "image/png"]]);
  });

  it("the same delivery twice creates one case", async () => {
    const payload = email({ from: { address: uniqueEmail("twice") } });
    const before = await count(cases);
    const [a, b] = await Promise.all([post("email", payload), post("email", payload)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const [bodyA, bodyB] = (await Promise.all([a.json(), b.json()])) as { case: string | null; duplicate: boolean }[];
    expect([bodyA!.duplicate, bodyB!.duplicate].sort()).toEqual([false, true]);
    expect(await count(cases)).toBe(before + 1);
    const again = (await (await post("email", payload)).json()) as { case: string; duplicate: boolean };
    expect(again.duplicate).toBe(true);
    expect(again.case).toBe(bodyA!.duplicate ? bodyB!.case : bodyA!.case);
  });

  it.each([
    ["unsigned", { unsigned: true }],
    ["signed with another secret", { secret: "x".repeat(64) }],
    ["body altered after signing", { tamper: true }],
    ["timestamp six minutes old", { timestamp: Math.floor(Date.now() / 1000) - 360 }],
    ["timestamp six minutes ahead", { timestamp: Math.floor(Date.now() / 1000) + 360 }],
  ])("%s → 401 and nothing stored", async (_, options) => {
    const before = await Promise.all([count(cases), count(inboundMessages), count(customers), count(caseEvents)]);
    const response = await post("email", email({ from: { address: uniqueEmail("forger") } }), options);
    expect(response.status).toBe(401);
    expect(await Promise.all([count(cases), count(inboundMessages), count(customers), count(caseEvents)])).toEqual(before);
  });

  it("a signature for one channel is refused on another", async () => {
    const payload = { messageId: "sms-1", from: "+33 6 12 34 56 78", text: "Hello" };
    const body = JSON.stringify(payload);
    const ts = Math.floor(Date.now() / 1000);
    const request = new Request("http://localhost/api/channels/sms", { method: "POST", body, headers: { "x-parcours-timestamp": String(ts), "x-parcours-signature": signPayload(channelSecret("email"), ts, body) } });
    expect((await handleChannelWebhook(deps, "sms", request)).status).toBe(401);
  });

  it("malformed payloads are 400 and unknown channels 404, nothing stored", async () => {
    const before = await count(inboundMessages);
    expect((await post("email", { messageId: "x" })).status).toBe(400);
    expect((await handleChannelWebhook(deps, "fax", signedRequest("generic", {}))).status).toBe(404);
    expect(await count(inboundMessages)).toBe(before);
  });

  it("a disguised attachment is refused with 422 and the delivery can be retried", async () => {
    const payload = email({ from: { address: uniqueEmail("evil") }, attachments: [{ filename: "photo.png", content: Buffer.from("<svg onload=alert(1)>").toString("base64") }] });
    const before = await count(cases);
    expect((await post("email", payload)).status).toBe(422);
    expect(await count(cases)).toBe(before);
    expect((await db.select().from(inboundMessages).where(eq(inboundMessages.providerMessageId, payload.messageId)))).toHaveLength(0);
  });
});

describe("SMS and social", () => {
  it("matches a phone number however it is written and opens one case per message thread", async () => {
    const first = await post("sms", { messageId: "sms-a", from: "+39 333 123 4567", text: "My order has not arrived" });
    const second = await post("sms", { messageId: "sms-b", from: "0039 333 1234567", text: "Where is my refund?" });
    const [a, b] = (await Promise.all([first.json(), second.json()])) as { case: string }[];
    const rows = await db.select({ customerId: cases.customerId, channel: cases.channel }).from(cases).where(sql`${cases.number} in (${a!.case}, ${b!.case})`);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.customerId).toBe(rows[1]!.customerId);
    expect(rows[0]!.channel).toBe("sms");
  });

  it("a social handle creates a contact with that identity", async () => {
    const response = await post("social", { messageId: "tw-1", network: "X", handle: "@Ohmnia_Fan", text: "The app keeps crashing" });
    expect(response.status).toBe(200);
    const [identity] = await db.select().from(contactIdentities).where(eq(contactIdentities.value, "ohmnia_fan"));
    expect(identity).toMatchObject({ kind: "social", network: "x" });
  });
});
