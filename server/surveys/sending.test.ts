import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { cases, emailOutbox, surveyInvitations } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { resendTransport } from "@/server/email/transport";
import { queueFromBoss, startBoss, type JobQueue } from "@/server/jobs/queue";
import { runWorker } from "@/server/jobs/run-worker";
import { createCustomerUser, createStaffUser } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { startFakeResend } from "@/tests/support/fake-resend";
import { surveyTemplateInput } from "@/tests/support/surveys";
import { waitFor } from "@/tests/support/wait";
import { saveSurveyTemplate, sendSurveyInvitations } from "./index";

const { db, url } = await setupTestDatabase();
const fake = await startFakeResend();
const EXPIRE_SECONDS = 3;
const FROM = "Parcours <support@parcours.local>";
const transport = resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
const delivery = { transport, from: FROM, leaseSeconds: EXPIRE_SECONDS };

let boss: PgBoss;
let queue: JobQueue;
let customerId: string;
beforeAll(async () => {
  await seedCaseReference(db);
  const agent = await createStaffUser(db, { role: "agent" });
  await saveSurveyTemplate(db, agent.actor, surveyTemplateInput({ delayMinutes: 0, reminderDays: 0 }));
  customerId = (await createCustomerUser(db)).customerId;
  boss = await startBoss({ url, isWorker: false, expireSeconds: EXPIRE_SECONDS });
  queue = queueFromBoss(boss);
});
afterAll(async () => {
  await boss.stop({ graceful: false, wait: true });
  await fake.close();
});

/** Resolved cases with a scheduled invitation each, inserted as the bench does: their invitation ids. */
async function scheduledInvitations(count: number) {
  const rows = await db
    .insert(cases)
    .values(Array.from({ length: count }, (_, i) => ({ customerId, channel: "portal" as const, category: "delivery", subject: `Parcel ${i}`, description: "Where is my parcel?", status: "resolved" as const, resolvedAt: new Date(), complexity: "low" as const, severity: "low" as const, effort: "low" as const, replyToken: randomBytes(12).toString("hex") })))
    .returning({ id: cases.id });
  const invitations = await db
    .insert(surveyInvitations)
    .values(rows.map((row) => ({ caseId: row.id, customerId, locale: "en" as const, scheduledFor: new Date() })))
    .returning({ id: surveyInvitations.id, caseId: surveyInvitations.caseId });
  return invitations;
}

describe("the survey-send worker sending its batch itself", () => {
  it("honours a 429 with Retry-After: the message goes back to the queue and is delivered once, no sooner", { timeout: 30_000 }, async () => {
    const [invitation] = await scheduledInvitations(1);
    const key = `survey/${invitation!.caseId}`;
    fake.failNext(1, { status: 429, retryAfterSeconds: 2 });
    const results = await sendSurveyInvitations(db, queue, [invitation!.id], new Date(), delivery);
    expect(results.get(invitation!.id)).toBe("sent");
    const refused = fake.received.filter((request) => request.idempotencyKey === key);
    expect(refused.map((request) => request.status)).toEqual([429]);
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, key));
    expect(row).toMatchObject({ status: "queued", claimedAt: null, attempts: 1 });
    const [job] = await db.execute<{ start_after: string }>(sql`select start_after::text from pgboss.job where name = 'email-send' and data->>'outboxId' = ${row!.id}`);
    expect(new Date(job!.start_after).getTime()).toBeGreaterThanOrEqual(refused[0]!.at + 2000 - 50);

    const worker = await runWorker({ url, db, transport, emailFrom: FROM, pollSeconds: 0.5, expireSeconds: EXPIRE_SECONDS, maintenanceSeconds: 1 });
    try {
      await waitFor(async () => (await db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, key)))[0]?.status === "sent", { timeoutMs: 20_000, what: "the survey email to be sent" });
    } finally {
      await worker.stop();
    }
    const deliveries = fake.deliveries.filter((d) => d.idempotencyKey === key);
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]!.at).toBeGreaterThanOrEqual(refused[0]!.at + 2000);
    const [sentInvitation] = await db.select().from(surveyInvitations).where(eq(surveyInvitations.id, invitation!.id));
    expect(sentInvitation!.status).toBe("sent");
  });

  it("runs the same prepared statements for batches of any size (the per-connection statement cache stays bounded)", async () => {
    // One connection, so pg_prepared_statements shows everything this client prepared.
    const single = createDb(url, { max: 1 });
    try {
      const prepared = async () => (await single.execute<{ statement: string }>(sql`select statement from pg_prepared_statements order by statement`)).map((row) => row.statement);
      const first = await scheduledInvitations(1);
      await sendSurveyInvitations(single, queue, first.map((i) => i.id), new Date(), delivery);
      const afterOne = await prepared();
      for (const size of [2, 7]) {
        const batch = await scheduledInvitations(size);
        const results = await sendSurveyInvitations(single, queue, batch.map((i) => i.id), new Date(), delivery);
        expect([...results.values()]).toEqual(batch.map(() => "sent"));
      }
      expect(await prepared()).toEqual(afterOne);
      expect(afterOne.some((statement) => statement.includes("jsonb_to_recordset"))).toBe(true);
    } finally {
      await single.$client.end({ timeout: 5 });
    }
  });
});
