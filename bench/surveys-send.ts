/**
 * Survey emails through the queue against direct SDK calls (QUALITY.md P6).
 *
 *   AUTH_SECRET=$(openssl rand -hex 32) npm run bench:surveys-send -- [--database-url postgres://…] [--emails 10000]
 *
 * The npm script sets NODE_ENV=production, as the launcher does for the real worker (React renders
 * emails several times faster in production mode).
 *
 * Queue: 10,000 resolved cases with a scheduled invitation; one survey-send job each is enqueued and
 * the real worker code (runWorker: survey-send in batches, which records the outbox rows and sends
 * them itself; React Email rendering, the Resend SDK) delivers them to a local Resend-compatible
 * server. Direct: the same number of emails, rendered with the same template and posted with the
 * same SDK at the sending workers' concurrency (survey-send workers), no database and no queue.
 * Half-way through the queue run the server answers a burst of 20 requests with 429 and
 * Retry-After: 1; the report says whether each was posted again, and none sooner. Reports time, this
 * process's CPU time and the machine's, emails/s, the queue's overhead and duplicates, in one run. The database is emptied of survey data and vacuumed first, so runs are
 * comparable. `--only queue|direct` runs one variant, e.g. under `node --cpu-prof`.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { randomBytes } from "node:crypto";
import { Resend } from "resend";
import { createDb } from "@/db/client";
import { cases, customers, surveyInvitations, surveyTemplates } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { renderEmail } from "@/server/email";
import { resendTransport } from "@/server/email/transport";
import { jobDefinitions } from "@/server/jobs/registry";
import { queueFromBoss, startBoss } from "@/server/jobs/queue";
import { runWorker } from "@/server/jobs/run-worker";
import { signSurveyToken, surveyUrl } from "@/server/surveys";
import { startFakeResend, type ReceivedRequest } from "@/tests/support/fake-resend";
import { parsePositiveInt } from "./lib/args";
import { openBenchDatabase, redactUrl } from "./lib/database";
import { writeReport } from "./lib/report";

const log = (line: string) => console.log(`[surveys-send] ${line}`);
const { values } = parseArgs({ options: { "database-url": { type: "string" }, emails: { type: "string" }, only: { type: "string" } } });
const total = parsePositiveInt("--emails", values.emails) ?? 10_000;
// --only queue|direct runs one variant (to profile it with node --cpu-prof); the ratio is then meaningless.
const only = values.only;
if (only !== undefined && only !== "queue" && only !== "direct") throw new Error("--only takes queue or direct");
const FROM = "Parcours <support@parcours.local>";
/** Requests of the queue run answered 429 half-way (the direct run has no retries to exercise). */
const RATE_LIMITED = 20;
const RETRY_AFTER_SECONDS = 1;
// The survey-send workers send the emails themselves: direct calls run as many at a time.
const concurrency = jobDefinitions["survey-send"].concurrency;

/** This process's CPU time (user + system, every thread) since `start`: the worker, the SDK and the fake server all run here. */
function cpuMsSince(start: NodeJS.CpuUsage) {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Busy CPU time of the whole machine (PostgreSQL included, and anything else running). */
function machineBusyMs() {
  return os.cpus().reduce((sum, cpu) => sum + cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq, 0);
}

async function arrange(url: string) {
  const arrangeStarted = performance.now();
  const db = createDb(url, { max: 8 });
  const [{ n }] = (await db.execute<{ n: number }>("select count(*)::int as n from case_categories")) as unknown as [{ n: number }];
  if (n === 0) await seedCaseReference(db);
  await db.execute("truncate survey_invitations, survey_responses, email_outbox cascade");
  await db.execute("delete from pgboss.job where name in ('survey-send', 'email-send')").catch(() => {});
  await db.delete(surveyTemplates);
  const [template] = await db.insert(surveyTemplates).values({ name: "Bench", csatQuestion: "How satisfied are you?", cesQuestion: "How easy was it?", delayMinutes: 0, reminderDays: 0 }).returning();
  const people = await db
    .insert(customers)
    .values(Array.from({ length: 200 }, (_, i) => ({ displayName: `Bench customer ${i}`, preferredLocale: (["en", "fr", "it"] as const)[i % 3] })))
    .returning({ id: customers.id });
  await db.execute(`insert into contact_identities (customer_id, kind, value) select id, 'email', 'bench-' || id || '@example.com' from customers where display_name like 'Bench customer %' on conflict do nothing`);
  const now = new Date();
  const invitationIds: string[] = [];
  for (let i = 0; i < total; i += 1000) {
    const size = Math.min(1000, total - i);
    const rows = await db
      .insert(cases)
      .values(Array.from({ length: size }, (_, j) => ({ customerId: people[(i + j) % people.length]!.id, channel: "email" as const, category: "delivery", subject: `Bench parcel ${i + j}`, description: "Where is my parcel?", status: "resolved" as const, resolvedAt: now, complexity: "low" as const, severity: "low" as const, effort: "low" as const, replyToken: randomBytes(12).toString("hex") })))
      .returning({ id: cases.id, customerId: cases.customerId });
    const invitations = await db
      .insert(surveyInvitations)
      .values(rows.map((row) => ({ caseId: row.id, customerId: row.customerId, templateId: template!.id, locale: "en" as const, scheduledFor: now })))
      .returning({ id: surveyInvitations.id });
    invitationIds.push(...invitations.map((row) => row.id));
  }
  // Without autovacuum (off on the shared development server), every run leaves its dead rows in the
  // job, outbox and invitation tables and stale planner statistics: later runs would be slower for it.
  await db.execute("vacuum analyze pgboss.job, survey_invitations, survey_templates, email_outbox, cases, customers, contact_identities");
  log(`  arranged in ${((performance.now() - arrangeStarted) / 1000).toFixed(1)} s`);
  return { db, invitationIds };
}

async function viaQueue(url: string, invitationIds: string[], db: Awaited<ReturnType<typeof arrange>>["db"]) {
  const fake = await startFakeResend();
  const boss = await startBoss({ url, isWorker: false });
  const queue = queueFromBoss(boss);
  const worker = await runWorker({ url, db, transport: resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url }), emailFrom: FROM, pollSeconds: 0.5, expireSeconds: 60, maintenanceSeconds: 30 });
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const machineStarted = machineBusyMs();
  for (let i = 0; i < invitationIds.length; i += 1000) await queue.sendMany!("survey-send", invitationIds.slice(i, i + 1000).map((invitationId) => ({ payload: { invitationId } })));
  const enqueuedMs = performance.now() - started;
  let lastLog = performance.now();
  let lastCount = 0;
  let isRateLimited = false;
  while (fake.deliveries.length < invitationIds.length) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Half-way, the provider rate-limits a burst of requests, as Resend does (429 with Retry-After).
    if (!isRateLimited && fake.deliveries.length >= invitationIds.length / 2) {
      fake.failNext(RATE_LIMITED, { status: 429, retryAfterSeconds: RETRY_AFTER_SECONDS });
      isRateLimited = true;
    }
    if (performance.now() - lastLog >= 5000) {
      const count = fake.deliveries.length;
      log(`  ${count} delivered (${Math.round(((count - lastCount) / (performance.now() - lastLog)) * 1000)}/s over the last 5 s)`);
      [lastLog, lastCount] = [performance.now(), count];
    }
  }
  const elapsedMs = performance.now() - started;
  const cpuMs = cpuMsSince(cpuStarted);
  const machineCpuMs = machineBusyMs() - machineStarted;
  const keys = fake.deliveries.map((d) => d.idempotencyKey);
  const posts = fake.received.length;
  const rateLimit = retriesAfter429(fake.received);
  await worker.stop();
  await boss.stop({ graceful: false, wait: true });
  await fake.close();
  return { elapsedMs, cpuMs, machineCpuMs, enqueuedMs, posts, delivered: keys.length, duplicates: keys.length - new Set(keys).size, rateLimit };
}

/** For every request answered 429: how long until its message was posted again (Infinity: never). */
function retriesAfter429(received: ReceivedRequest[]) {
  const waitsMs = received.flatMap((request, i) => {
    if (request.status !== 429) return [];
    const retry = received.slice(i + 1).find((later) => later.idempotencyKey === request.idempotencyKey);
    return [retry ? retry.at - request.at : Infinity];
  });
  return { answered429: waitsMs.length, retried: waitsMs.filter(Number.isFinite).length, retriedTooSoon: waitsMs.filter((ms) => ms < RETRY_AFTER_SECONDS * 1000).length, shortestWaitMs: waitsMs.length ? Math.min(...waitsMs) : null };
}

async function direct(count: number) {
  const fake = await startFakeResend();
  const resend = new Resend(fake.apiKey, { baseUrl: fake.url });
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const machineStarted = machineBusyMs();
  let next = 0;
  const sendOne = async (i: number) => {
    const token = signSurveyToken("00000000-0000-4000-8000-000000000000", new Date(Date.now() + 14 * 86_400_000));
    const props = { locale: "en", kind: "invitation", caseNumber: `C-${i}`, caseSubject: `Bench parcel ${i}`, question: "How satisfied are you?", surveyUrl: surveyUrl("en", token), expiresOn: "7 December 2026" };
    const rendered = await renderEmail("survey-invitation", "en", props);
    const { error } = await resend.emails.send({ from: FROM, to: `bench-${i}@example.com`, subject: rendered.subject, html: rendered.html, text: rendered.text }, { idempotencyKey: `survey/direct-${i}` });
    if (error) throw new Error(error.message);
  };
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await sendOne(next++);
  }));
  const elapsedMs = performance.now() - started;
  const cpuMs = cpuMsSince(cpuStarted);
  const machineCpuMs = machineBusyMs() - machineStarted;
  const keys = fake.deliveries.map((d) => d.idempotencyKey);
  const posts = fake.received.length;
  await fake.close();
  return { elapsedMs, cpuMs, machineCpuMs, posts, delivered: keys.length, duplicates: keys.length - new Set(keys).size };
}

async function main() {
  const database = await openBenchDatabase(values["database-url"], log);
  try {
    log(`Database ${redactUrl(database.url)}; arranging ${total} resolved cases with a scheduled survey...`);
    const { db, invitationIds } = await arrange(database.url);
    const loadBefore = os.loadavg()[0]!;
    const skipped = { elapsedMs: 1, cpuMs: 0, machineCpuMs: 0, enqueuedMs: 0, posts: 0, delivered: 0, duplicates: 0, rateLimit: retriesAfter429([]) };
    log(`Direct SDK calls, ${concurrency} at a time...`);
    const directRun = only === "queue" ? skipped : await direct(total);
    log("Through the queue (survey-send → outbox → SDK)...");
    const queueRun = only === "direct" ? skipped : await viaQueue(database.url, invitationIds, db);
    const loadAfter = os.loadavg()[0]!;
    const rate = (run: { elapsedMs: number; delivered: number }) => Math.round((run.delivered / run.elapsedMs) * 1000 * 10) / 10;
    const rows = [
      { variant: "direct SDK", seconds: (directRun.elapsedMs / 1000).toFixed(1), cpuSeconds: (directRun.cpuMs / 1000).toFixed(1), machineCpuSeconds: (directRun.machineCpuMs / 1000).toFixed(1), perSecond: rate(directRun), posts: directRun.posts, delivered: directRun.delivered, duplicates: directRun.duplicates },
      { variant: "queue + outbox + worker", seconds: (queueRun.elapsedMs / 1000).toFixed(1), cpuSeconds: (queueRun.cpuMs / 1000).toFixed(1), machineCpuSeconds: (queueRun.machineCpuMs / 1000).toFixed(1), perSecond: rate(queueRun), posts: queueRun.posts, delivered: queueRun.delivered, duplicates: queueRun.duplicates },
    ];
    const overhead = queueRun.elapsedMs / directRun.elapsedMs;
    // Node CPU s: this process's CPU time (PostgreSQL's is not counted); machine CPU s: every process, PostgreSQL and other load included. posts: requests that reached the server (a retry re-posts with the same idempotency key); delivered: distinct messages.
    console.log(["variant                     seconds  Node CPU s  machine CPU s  emails/s  posts  delivered  duplicates", ...rows.map((r) => `${r.variant.padEnd(28)}${r.seconds.padStart(7)}  ${r.cpuSeconds.padStart(10)}  ${r.machineCpuSeconds.padStart(13)}  ${String(r.perSecond).padStart(8)}  ${String(r.posts).padStart(5)}  ${String(r.delivered).padStart(9)}  ${String(r.duplicates).padStart(10)}`)].join("\n"));
    const { rateLimit } = queueRun;
    console.log(`429 Retry-After ${RETRY_AFTER_SECONDS} s (queue run): ${rateLimit.answered429} answered, ${rateLimit.retried} posted again, ${rateLimit.retriedTooSoon} too soon, shortest wait ${rateLimit.shortestWaitMs === null ? "-" : `${(rateLimit.shortestWaitMs / 1000).toFixed(2)} s`}`);
    console.log(`queue overhead: ${overhead.toFixed(2)}x direct (target <= 1.25x); enqueueing ${total} jobs took ${(queueRun.enqueuedMs / 1000).toFixed(2)} s; load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${os.cpus().length} cores`);
    const file = writeReport("surveys-send", { emails: total, concurrency, directRun, queueRun, overhead, loadAverage: { before: loadBefore, after: loadAfter }, cores: os.cpus().length });
    log(`Report: ${file}`);
    await db.$client.end({ timeout: 5 });
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
