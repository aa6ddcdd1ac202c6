import { randomBytes } from "node:crypto";
import { eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases, emailOutbox, surveyInvitations } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { changeStatus } from "@/server/cases/actions";
import { queueFromBoss, startBoss } from "@/server/jobs/queue";
import { createCustomerUser, createStaffUser } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { startFakeResend } from "@/tests/support/fake-resend";
import { waitFor } from "@/tests/support/wait";
import { startWorkerProcess, type WorkerProcess } from "@/tests/support/worker-process";
import { saveSurveyTemplate } from "./index";

const CASES = 1000;
const EXPIRE_SECONDS = 3;
const { db, url } = await setupTestDatabase();
const fake = await startFakeResend();
const boss = await startBoss({ url, isWorker: false, expireSeconds: EXPIRE_SECONDS });
const queue = queueFromBoss(boss);
const workers: WorkerProcess[] = [];
afterAll(async () => {
  for (const worker of workers) if (worker.child.exitCode === null && worker.child.signalCode === null) await worker.kill();
  await boss.stop({ graceful: false, wait: true });
  await fake.close();
});

const spawnWorker = async () => {
  const worker = await startWorkerProcess({ DATABASE_URL: url, RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url, JOB_EXPIRE_SECONDS: String(EXPIRE_SECONDS), JOB_MAINTENANCE_SECONDS: "1", JOB_POLL_SECONDS: "0.5" });
  workers.push(worker);
  return worker;
};
const surveyDeliveries = () => fake.deliveries.filter((delivery) => delivery.idempotencyKey?.startsWith("survey/"));
const sentSurveyRows = async () => (await db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox).where(sql`${emailOutbox.idempotencyKey} like 'survey/%' and ${emailOutbox.status} = 'sent'`))[0]!.n;

let agent: Awaited<ReturnType<typeof createStaffUser>>;
let numbers: string[] = [];
beforeAll(async () => {
  await seedCaseReference(db);
  agent = await createStaffUser(db, { role: "agent" });
  await saveSurveyTemplate(db, agent.actor, { id: null, name: "Default", category: null, locale: null, csatQuestion: "Satisfied?", cesQuestion: "Easy?", questions: [], delayMinutes: 0, reminderDays: 0, validDays: 14, lowScoreThreshold: 2, lowScoreAction: "reopen" });
  const customers = await Promise.all(Array.from({ length: 20 }, () => createCustomerUser(db)));
  // The arrangement (1,000 open cases) is inserted in one statement; the resolutions below go through the service.
  const rows = await db
    .insert(cases)
    .values(
      Array.from({ length: CASES }, (_, i) => ({
        customerId: customers[i % customers.length]!.customerId,
        channel: "portal" as const,
        category: "delivery",
        subject: `Parcel ${i}`,
        description: "Where is my parcel?",
        status: "open" as const,
        complexity: "low" as const,
        severity: "low" as const,
        effort: "low" as const,
        replyToken: randomBytes(12).toString("hex"),
      })),
    )
    .returning({ number: cases.number });
  numbers = rows.map((row) => row.number);
}, 120_000);

/** Deliveries after which the worker is SIGKILLed (and a new one started): five points spread over the run. */
const KILL_POINTS = [120, 280, 430, 590, 740];

describe("resolving 1,000 cases through the real worker, real SDK and a local Resend server", () => {
  it("sends exactly 1,000 survey emails although the worker is SIGKILLed five times and its database connections are cut once", { timeout: 600_000 }, async () => {
    let worker = await spawnWorker();
    const resolving = (async () => {
      for (let i = 0; i < numbers.length; i += 20) await Promise.all(numbers.slice(i, i + 20).map((number) => changeStatus(db, queue, agent.actor, { number, status: "resolved" })));
    })();
    const deliveredAtKills: number[] = [];
    for (const point of KILL_POINTS) {
      await waitFor(() => surveyDeliveries().length >= point, { timeoutMs: 240_000, intervalMs: 20, what: `${point} surveys to be delivered (${surveyDeliveries().length} so far)\n${worker.output().slice(-2000)}` });
      await worker.kill();
      deliveredAtKills.push(surveyDeliveries().length);
      worker = await spawnWorker();
    }
    await resolving;
    // As if PostgreSQL restarted under the worker: every database session of the worker process is cut.
    const ports = worker.localPorts();
    const [{ cut }] = (await db.execute<{ cut: number }>(sql`select count(pg_terminate_backend(pid))::int as cut from pg_stat_activity where client_port = any(${sql.param(ports)}::int[])`)) as unknown as [{ cut: number }];
    await waitFor(async () => (await sentSurveyRows()) === CASES, { timeoutMs: 240_000, intervalMs: 250, what: `every survey row to be sent (${surveyDeliveries().length} delivered)\n${worker.output().slice(-2000)}` });

    const keys = surveyDeliveries().map((delivery) => delivery.idempotencyKey);
    expect(deliveredAtKills.every((delivered) => delivered < CASES)).toBe(true);
    expect(cut).toBeGreaterThan(0);
    expect(keys).toHaveLength(CASES);
    expect(new Set(keys).size).toBe(CASES);
    const statuses = await db.select({ status: surveyInvitations.status, n: sql<number>`count(*)::int` }).from(surveyInvitations).groupBy(surveyInvitations.status);
    expect(statuses).toEqual([{ status: "sent", n: CASES }]);
    expect(await db.select().from(emailOutbox).where(like(emailOutbox.idempotencyKey, "survey/%"))).toHaveLength(CASES);
    expect((await db.select().from(emailOutbox).where(eq(emailOutbox.status, "failed"))).length).toBe(0);
  });
});
