import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { emailDeliveryEvents, emailOutbox, emailSuppressions } from "@/db/schema";
import { setupTestDatabase } from "@/tests/support/db";

// Read by the route through server/env.ts on first use, so it is set before anything reads the env.
const secretBytes = randomBytes(24);
const SECRET = `whsec_${secretBytes.toString("base64")}`;
vi.stubEnv("RESEND_WEBHOOK_SECRET", SECRET);
const { POST } = await import("@/app/api/webhooks/resend/route");
const { db } = await setupTestDatabase();
// The route reads the process-wide database (db/client.ts getDb): make it this file's.
(globalThis as { parcoursDb?: unknown }).parcoursDb = db;

/** Signs like Svix/Resend: v1,<base64 HMAC-SHA256 of "id.timestamp.body" with the decoded secret>. */
function signed(body: string, options: { id?: string; timestamp?: number; key?: Buffer } = {}) {
  const id = options.id ?? `msg_${randomUUID()}`;
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = createHmac("sha256", options.key ?? secretBytes).update(`${id}.${timestamp}.${body}`).digest("base64");
  return new Request("http://localhost/api/webhooks/resend", { method: "POST", body, headers: { "content-type": "application/json", "svix-id": id, "svix-timestamp": timestamp, "svix-signature": `v1,${signature}` } });
}

async function sentMessage(to: string) {
  const [row] = await db.insert(emailOutbox).values({ idempotencyKey: `test/${randomUUID()}`, to, template: "magic-link", props: {}, status: "sent", providerMessageId: randomUUID() }).returning();
  return row!;
}
const bounce = (emailId: string, to: string, type = "Permanent") => JSON.stringify({ type: "email.bounced", created_at: new Date().toISOString(), data: { email_id: emailId, to: [to], bounce: { type, subType: "General", message: "no such user" } } });

describe("POST /api/webhooks/resend", () => {
  it("records a signed bounce once and suppresses the address; a replay is acknowledged without effect", async () => {
    const to = `bounce-${randomUUID().slice(0, 8)}@example.com`;
    const message = await sentMessage(to);
    const body = bounce(message.providerMessageId!, to);
    const id = `msg_${randomUUID()}`;
    const first = await POST(signed(body, { id }));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ outcome: "recorded" });
    const replay = await POST(signed(body, { id }));
    expect(await replay.json()).toEqual({ outcome: "replay" });
    expect(await db.select().from(emailDeliveryEvents).where(eq(emailDeliveryEvents.webhookId, id))).toHaveLength(1);
    expect(await db.select().from(emailSuppressions).where(eq(emailSuppressions.email, to))).toHaveLength(1);
    expect((await db.select().from(emailOutbox).where(eq(emailOutbox.id, message.id)))[0]!.deliveryStatus).toBe("bounced");
  });

  it("refuses unsigned, wrongly signed, altered, stale, early and re-labelled (new svix-id) deliveries, and writes nothing", async () => {
    const to = `forged-${randomUUID().slice(0, 8)}@example.com`;
    const message = await sentMessage(to);
    const body = bounce(message.providerMessageId!, to);
    const unsigned = new Request("http://localhost/api/webhooks/resend", { method: "POST", body });
    const wrongKey = signed(body, { key: randomBytes(24) });
    const good = signed(body);
    const altered = new Request(good.url, { method: "POST", headers: good.headers, body: body.replace("Permanent", "Transient") });
    const stale = signed(body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    const early = signed(body, { timestamp: Math.floor(Date.now() / 1000) + 6 * 60 });
    const otherId = new Request(good.url, { method: "POST", headers: { ...Object.fromEntries(good.headers), "svix-id": `msg_${randomUUID()}` }, body });
    for (const request of [unsigned, wrongKey, altered, stale, early, otherId]) expect((await POST(request)).status).toBe(401);
    expect(await db.select().from(emailSuppressions).where(eq(emailSuppressions.email, to))).toHaveLength(0);
    expect((await db.select().from(emailOutbox).where(eq(emailOutbox.id, message.id)))[0]!.deliveryStatus).toBeNull();
  });

  it("refuses an oversized delivery with 413, even a signed one, and writes nothing", async () => {
    const to = `big-${randomUUID().slice(0, 8)}@example.com`;
    const message = await sentMessage(to);
    const body = JSON.stringify({ type: "email.bounced", created_at: "", data: { email_id: message.providerMessageId, to: [to], bounce: { type: "Permanent", message: "x".repeat(300 * 1024) } } });
    const response = await POST(signed(body));
    expect(response.status).toBe(413);
    expect(await db.select().from(emailSuppressions).where(eq(emailSuppressions.email, to))).toHaveLength(0);
  });

  it("without RESEND_WEBHOOK_SECRET answers 503 (so Resend retries) and records nothing, however the delivery is signed", async () => {
    vi.resetModules();
    vi.stubEnv("RESEND_WEBHOOK_SECRET", "");
    try {
      const { POST: unconfigured } = await import("@/app/api/webhooks/resend/route");
      const to = `early-${randomUUID().slice(0, 8)}@example.com`;
      const message = await sentMessage(to);
      const id = `msg_${randomUUID()}`;
      const response = await unconfigured(signed(bounce(message.providerMessageId!, to), { id }));
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ error: "webhook not configured" });
      expect(await db.select().from(emailDeliveryEvents).where(eq(emailDeliveryEvents.webhookId, id))).toHaveLength(0);
      expect(await db.select().from(emailSuppressions).where(eq(emailSuppressions.email, to))).toHaveLength(0);
    } finally {
      vi.stubEnv("RESEND_WEBHOOK_SECRET", SECRET);
    }
  });

  it("records a delivery and ignores event types it does not track", async () => {
    const to = `ok-${randomUUID().slice(0, 8)}@example.com`;
    const message = await sentMessage(to);
    const delivered = await POST(signed(JSON.stringify({ type: "email.delivered", created_at: "", data: { email_id: message.providerMessageId, to: [to] } })));
    expect(await delivered.json()).toEqual({ outcome: "recorded" });
    expect((await db.select().from(emailOutbox).where(eq(emailOutbox.id, message.id)))[0]!.deliveryStatus).toBe("delivered");
    const opened = await POST(signed(JSON.stringify({ type: "email.opened", created_at: "", data: { email_id: message.providerMessageId, to: [to] } })));
    expect(await opened.json()).toEqual({ outcome: "ignored" });
  });
});
