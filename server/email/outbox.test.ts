import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { queueFromBoss, startBoss, type JobQueue } from "@/server/jobs/queue";
import { runWorker } from "@/server/jobs/run-worker";
import { setupTestDatabase } from "@/tests/support/db";
import { startFakeResend } from "@/tests/support/fake-resend";
import { sleep, waitFor } from "@/tests/support/wait";
import { startWorkerProcess, type WorkerProcess } from "@/tests/support/worker-process";
import { deliverOutboxEmail, enqueueEmail } from "./index";
import { mailboxTransport, resendTransport } from "./transport";
import { transportFromEnv } from "./transport-from-env";

const { db, url } = await setupTestDatabase();
const fake = await startFakeResend();
afterAll(() => fake.close());

/** Job lease and pg-boss expiry: short, so a killed worker's job comes back within seconds. */
const EXPIRE_SECONDS = 3;
const FROM = "Parcours <support@parcours.local>";

let boss: PgBoss;
let queue: JobQueue;
beforeAll(async () => {
  // The web process's side: it only enqueues. Creating the queues here gives them our expiry.
  boss = await startBoss({ url, isWorker: false, expireSeconds: EXPIRE_SECONDS });
  // Same policy as production (backoff, retry limit), with a 1 s base delay instead of 5 s so the
  // retries happen within the test: delays are 1–2 s, then 2–4 s.
  await boss.updateQueue("email-send", { name: "email-send", retryDelay: 1 });
  queue = queueFromBoss(boss);
});
afterAll(() => boss.stop({ graceful: false, wait: true }));

const magicLink = (key: string) => ({
  idempotencyKey: key,
  to: `person-${key.slice(-8)}@example.com`,
  locale: "en" as const,
  template: "magic-link" as const,
  props: { url: `http://localhost:3999/api/auth/callback/email?token=${key.slice(-12)}&email=person%40example.com`, expiresInMinutes: 15 },
});

const newKey = () => `magic-link/${randomUUID()}`;
const rowOf = async (key: string) => (await db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, key)))[0];
const receivedFor = (key: string) => fake.received.filter((request) => request.idempotencyKey === key);
const deliveriesFor = (key: string) => fake.deliveries.filter((delivery) => delivery.idempotencyKey === key);
const waitUntilSettled = (key: string, status: "sent" | "failed" = "sent", timeoutMs = 15_000) =>
  waitFor(async () => (await rowOf(key))?.status === status, { timeoutMs, what: `outbox row ${key} to be ${status}` });
const jobsFor = async (outboxId: string) =>
  (await db.execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = 'email-send' and data->>'outboxId' = ${outboxId}`))[0]!.n;

describe("with the Resend transport (in-process worker, real SDK, local Resend server)", () => {
  const transport = resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
  let worker: Awaited<ReturnType<typeof runWorker>>;
  beforeAll(async () => {
    worker = await runWorker({ url, db, transport, emailFrom: FROM, pollSeconds: 0.5, expireSeconds: EXPIRE_SECONDS, maintenanceSeconds: 1 });
    // Starting a worker applies the production policy to the queue; shorten the delay again.
    await boss.updateQueue("email-send", { name: "email-send", retryDelay: 1 });
  });
  afterAll(() => worker.stop());

  it("stores and delivers a message once, however often it is enqueued", async () => {
    const key = newKey();
    const first = await enqueueEmail(db, queue, magicLink(key));
    const second = await enqueueEmail(db, queue, magicLink(key));
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, key))).toHaveLength(1);
    expect(await jobsFor(first!)).toBe(1);

    await waitUntilSettled(key);
    // A duplicate job (the stranded-mail sweep can enqueue one) finds the message sent and skips it.
    await queue.send("email-send", { outboxId: first! });
    await waitFor(async () => (await db.execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = 'email-send' and data->>'outboxId' = ${first!} and state = 'completed'`))[0]!.n === 2, { what: "the duplicate job to complete" });
    expect(await deliverOutboxEmail(db, transport, { outboxId: first!, from: FROM, leaseSeconds: EXPIRE_SECONDS })).toBe("skipped");

    expect(receivedFor(key)).toHaveLength(1);
    expect(deliveriesFor(key)).toHaveLength(1);
    const [request] = receivedFor(key);
    expect(request).toMatchObject({ authorization: "Bearer re_test", status: 200 });
    expect(request!.userAgent).toMatch(/^resend-node:/);
    expect(request!.body).toMatchObject({ from: FROM, to: magicLink(key).to, subject: "Your Parcours sign-in link" });
    expect(request!.body.html).toContain(magicLink(key).props.url.replaceAll("&", "&amp;"));
    expect(request!.body.text).toContain(magicLink(key).props.url);

    // Sent for real: the link is not kept in the outbox any more.
    expect(await rowOf(key)).toMatchObject({
      status: "sent",
      transport: "resend",
      attempts: 1,
      providerMessageId: deliveriesFor(key)[0]!.id,
      html: null,
      text: null,
      props: {},
      lastError: null,
    });
  });

  it("keeps what a sent message said as text, and leaves its HTML to the provider", async () => {
    const key = `case-update/${randomUUID()}`;
    const props = { locale: "en" as const, kind: "reply" as const, number: "C-000123", subject: "Screen flickers", status: "waiting_on_customer", excerpt: "Could you send a photo?", url: "http://localhost:3999/cases/C-000123", replyAddress: "case+C-000123@parcours.local" };
    await enqueueEmail(db, queue, { idempotencyKey: key, to: "flicker@example.com", locale: "en", template: "case-update", props });
    await waitUntilSettled(key);
    const [request] = receivedFor(key);
    expect(request!.body.html).toContain("Could you send a photo?");
    const row = (await rowOf(key))!;
    expect(row).toMatchObject({ status: "sent", transport: "resend", html: null, subject: request!.body.subject });
    expect(row.text).toContain("Could you send a photo?");
    expect(row.props).toMatchObject({ number: "C-000123" });
  });

  it("retries a failed send with backoff and delivers it once", async () => {
    const key = newKey();
    fake.failNext(2, { status: 500 });
    await enqueueEmail(db, queue, magicLink(key));
    await waitUntilSettled(key, "sent", 20_000);

    const requests = receivedFor(key);
    expect(requests.map((request) => request.status)).toEqual([500, 500, 200]);
    expect(deliveriesFor(key)).toHaveLength(1);
    const firstGap = requests[1]!.at - requests[0]!.at;
    const secondGap = requests[2]!.at - requests[1]!.at;
    // Backoff with a 1 s base: the first retry waits at least 1 s, the second at least 2 s.
    expect(firstGap).toBeGreaterThanOrEqual(900);
    expect(secondGap).toBeGreaterThanOrEqual(1900);
    expect(await rowOf(key)).toMatchObject({ status: "sent", attempts: 3, lastError: null });
  });

  it("retries after a 429 and delivers once", async () => {
    const key = newKey();
    fake.failNext(1, { status: 429, retryAfterSeconds: 1 });
    await enqueueEmail(db, queue, magicLink(key));
    await waitUntilSettled(key);
    expect(receivedFor(key).map((request) => request.status)).toEqual([429, 200]);
    expect(deliveriesFor(key)).toHaveLength(1);
  });

  it("waits at least Retry-After before retrying a 429, without spending a retry", async () => {
    const key = newKey();
    fake.failNext(1, { status: 429, retryAfterSeconds: 3 });
    await enqueueEmail(db, queue, magicLink(key));
    await waitUntilSettled(key, "sent", 20_000);
    const requests = receivedFor(key);
    expect(requests.map((request) => request.status)).toEqual([429, 200]);
    // pg-boss's own backoff would retry after ~1 s here; the provider asked for 3 s.
    expect(requests[1]!.at - requests[0]!.at).toBeGreaterThanOrEqual(2900);
    expect(deliveriesFor(key)).toHaveLength(1);
  });

  it("gives up at once on an answer a retry cannot change, and records why", async () => {
    const key = newKey();
    fake.failNext(1, { status: 422 });
    const outboxId = await enqueueEmail(db, queue, magicLink(key));
    await waitUntilSettled(key, "failed");
    await waitFor(async () => (await db.execute<{ state: string }>(sql`select state from pgboss.job where name = 'email-send' and data->>'outboxId' = ${outboxId}`))[0]?.state === "completed", { what: "the job to complete" });
    await sleep(1500);
    expect(receivedFor(key)).toHaveLength(1);
    expect(deliveriesFor(key)).toHaveLength(0);
    expect((await rowOf(key))!.lastError).toContain("validation_error");
  });
});

describe("without RESEND_API_KEY (dev mailbox)", () => {
  it("marks the row sent and keeps the rendered message with its magic link", async () => {
    const transport = transportFromEnv();
    expect(transport.name).toBe(mailboxTransport.name);
    const worker = await runWorker({ url, db, transport, emailFrom: FROM, pollSeconds: 0.5, expireSeconds: EXPIRE_SECONDS, maintenanceSeconds: 1 });
    try {
      const key = newKey();
      const before = fake.received.length;
      await enqueueEmail(db, queue, { ...magicLink(key), locale: "fr" });
      await waitUntilSettled(key);
      const row = (await rowOf(key))!;
      expect(row).toMatchObject({ status: "sent", transport: "mailbox", attempts: 1 });
      expect(row.providerMessageId).toMatch(/^mailbox-/);
      expect(row.html).toContain(magicLink(key).props.url.replaceAll("&", "&amp;"));
      expect(row.html).toContain('lang="fr"');
      expect(row.text).toContain(magicLink(key).props.url);
      expect(row.subject).toBeTruthy();
      expect(row.subject).not.toBe("Your Parcours sign-in link");
      expect(fake.received.length).toBe(before);
    } finally {
      await worker.stop();
    }
  });
});

describe("a worker process killed while a message is claimed", () => {
  const workers: WorkerProcess[] = [];
  afterAll(async () => {
    for (const worker of workers) if (worker.child.exitCode === null && worker.child.signalCode === null) await worker.kill();
  });
  const spawnWorker = async () => {
    const worker = await startWorkerProcess({
      DATABASE_URL: url,
      RESEND_API_KEY: fake.apiKey,
      RESEND_BASE_URL: fake.url,
      JOB_EXPIRE_SECONDS: String(EXPIRE_SECONDS),
      JOB_MAINTENANCE_SECONDS: "1",
      JOB_POLL_SECONDS: "0.5",
    });
    workers.push(worker);
    return worker;
  };

  it("is delivered exactly once after another worker takes over", { timeout: 60_000 }, async () => {
    const key = newKey();
    // The provider accepts and delivers the message but the answer never comes back: the worst case,
    // since only the idempotency key can stop the next worker from sending it again.
    fake.hangNext({ deliver: true });
    const first = await spawnWorker();
    await enqueueEmail(db, queue, magicLink(key));
    await waitFor(() => receivedFor(key).length === 1, { timeoutMs: 15_000, what: `the first worker to post the message\n${first.output()}` });
    expect((await rowOf(key))!.status).toBe("sending");

    await first.kill();
    const second = await spawnWorker();
    await waitUntilSettled(key, "sent", 30_000).catch((error: Error) => {
      throw new Error(`${error.message}\n--- second worker ---\n${second.output()}`);
    });

    const requests = receivedFor(key);
    expect(requests).toHaveLength(2);
    expect(requests.map((request) => request.status)).toEqual([null, 200]);
    expect(deliveriesFor(key)).toHaveLength(1);
    expect(await rowOf(key)).toMatchObject({ status: "sent", transport: "resend", attempts: 2, providerMessageId: deliveriesFor(key)[0]!.id });

    expect(await second.stop()).toMatchObject({ code: 0 });
  });
});
