import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, surveyInvitations } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { changeStatus } from "@/server/cases/actions";
import { createCase } from "@/server/cases";
import { recordDeliveryEvent } from "@/server/email";
import { queueFromBoss, startBoss } from "@/server/jobs/queue";
import { createCustomerUser, createStaffUser, type ArrangedStaff } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { startFakeResend } from "@/tests/support/fake-resend";
import { surveyTemplateInput } from "@/tests/support/surveys";
import { waitFor } from "@/tests/support/wait";
import { startWorkerProcess, type WorkerProcess } from "@/tests/support/worker-process";
import { deleteSurveyTemplate, optOutOfSurveys, saveSurveyTemplate, sendSurveyInvitation, sendSurveyReminder, submitSurvey } from "./index";

const DAY = 86_400_000;
const REMINDER_DAYS = 3;
const VALID_DAYS = 14;

const { db, url } = await setupTestDatabase();
const fake = await startFakeResend();
const boss = await startBoss({ url, isWorker: false });
const queue = queueFromBoss(boss);
let worker: WorkerProcess | undefined;
afterAll(async () => {
  if (worker && worker.child.exitCode === null && worker.child.signalCode === null) await worker.kill();
  await boss.stop({ graceful: false, wait: true });
  await fake.close();
});

let agent: ArrangedStaff;
beforeAll(async () => {
  await seedCaseReference(db);
  agent = await createStaffUser(db, { role: "agent" });
  await saveSurveyTemplate(db, agent.actor, surveyTemplateInput({ reminderDays: REMINDER_DAYS, validDays: VALID_DAYS, lowScoreAction: "task" }));
});

const reminderKey = (caseId: string) => `survey-reminder/${caseId}`;
const reminderMails = (caseId: string) => db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, reminderKey(caseId)));
const invitationRow = async (id: string) => (await db.select().from(surveyInvitations).where(eq(surveyInvitations.id, id)))[0]!;
const surveyUrlOf = (props: unknown) => (props as { surveyUrl: string }).surveyUrl;
const tokenOf = (surveyUrl: string) => decodeURIComponent(surveyUrl.split("/survey/")[1]!);

/** A customer's case resolved and its survey sent at `sentAt`, as the survey-send job does: what the email carries. */
async function sentSurvey(sentAt: Date) {
  const customer = await createCustomerUser(db);
  const created = await createCase(db, queue, { customerId: customer.customerId, channel: "portal", category: "billing", subject: "Charged twice", description: "My card was charged twice." }, { notify: false });
  await changeStatus(db, queue, agent.actor, { number: created.number, status: "resolved" }, sentAt);
  const [invitation] = await db.select().from(surveyInvitations).where(eq(surveyInvitations.caseId, created.id));
  expect(await sendSurveyInvitation(db, queue, invitation!.id, sentAt)).toBe("sent");
  const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, `survey/${created.id}`));
  return { customer, caseId: created.id, invitationId: invitation!.id, invitationUrl: surveyUrlOf(mail!.props), token: tokenOf(surveyUrlOf(mail!.props)) };
}

describe("the survey-reminder job, run with an explicit clock", () => {
  it("schedules one reminder reminderDays after the invitation; it carries the same link and is recorded once however often the job runs", async () => {
    const sentAt = new Date();
    const survey = await sentSurvey(sentAt);
    const jobs = await db.execute<{ start_after: Date; singleton_key: string }>(
      sql`select start_after, singleton_key from pgboss.job where name = 'survey-reminder' and data->>'invitationId' = ${survey.invitationId}`,
    );
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) expect({ at: new Date(job.start_after).getTime(), key: job.singleton_key }).toEqual({ at: sentAt.getTime() + REMINDER_DAYS * DAY, key: reminderKey(survey.caseId) });
    expect(await reminderMails(survey.caseId)).toHaveLength(0);

    const due = new Date(sentAt.getTime() + REMINDER_DAYS * DAY);
    expect(await sendSurveyReminder(db, queue, survey.invitationId, due)).toBe("sent");
    await sendSurveyReminder(db, queue, survey.invitationId, new Date(due.getTime() + 60_000));
    await sendSurveyReminder(db, queue, survey.invitationId, new Date(due.getTime() + DAY));
    const mails = await reminderMails(survey.caseId);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: survey.customer.email, template: "survey-invitation", props: { kind: "reminder" } });
    expect(surveyUrlOf(mails[0]!.props)).toBe(survey.invitationUrl);
    expect((await invitationRow(survey.invitationId)).remindedAt).toEqual(due);
  });

  it("sends no reminder once the survey is answered", async () => {
    const sentAt = new Date();
    const survey = await sentSurvey(sentAt);
    await submitSurvey(db, queue, { token: survey.token, csat: 4, ces: null, answers: {} });
    expect(await sendSurveyReminder(db, queue, survey.invitationId, new Date(sentAt.getTime() + REMINDER_DAYS * DAY))).toBe("skipped");
    expect(await reminderMails(survey.caseId)).toHaveLength(0);
  });

  it("sends no reminder once the link has expired (a job that runs late)", async () => {
    const sentAt = new Date();
    const survey = await sentSurvey(sentAt);
    expect(await sendSurveyReminder(db, queue, survey.invitationId, new Date(sentAt.getTime() + VALID_DAYS * DAY + 60_000))).toBe("skipped");
    expect(await reminderMails(survey.caseId)).toHaveLength(0);
    expect((await invitationRow(survey.invitationId)).remindedAt).toBeNull();
  });

  it("sends no reminder to a customer who opted out after the invitation", async () => {
    const sentAt = new Date();
    const survey = await sentSurvey(sentAt);
    await optOutOfSurveys(db, survey.token);
    expect(await sendSurveyReminder(db, queue, survey.invitationId, new Date(sentAt.getTime() + REMINDER_DAYS * DAY))).toBe("skipped");
    expect(await reminderMails(survey.caseId)).toHaveLength(0);
  });

  it("sends no reminder while the case is open again (reopened after the survey went out)", async () => {
    const sentAt = new Date();
    const survey = await sentSurvey(sentAt);
    const [row] = await db.execute<{ number: string }>(sql`select number from cases where id = ${survey.caseId}`);
    await changeStatus(db, queue, agent.actor, { number: row!.number, status: "open" }, new Date(sentAt.getTime() + DAY));
    expect(await sendSurveyReminder(db, queue, survey.invitationId, new Date(sentAt.getTime() + REMINDER_DAYS * DAY))).toBe("skipped");
    expect(await reminderMails(survey.caseId)).toHaveLength(0);
    expect((await invitationRow(survey.invitationId)).remindedAt).toBeNull();
  });

  it("sends no reminder to an address that bounced hard after the invitation", async () => {
    const sentAt = new Date();
    const survey = await sentSurvey(sentAt);
    const bounce = { webhookId: `msg_${survey.caseId}`, type: "email.bounced", data: { email_id: "unknown", to: [survey.customer.email], bounce: { type: "Permanent", subType: "General" } } };
    expect(await recordDeliveryEvent(db, bounce)).toBe("recorded");
    expect(await sendSurveyReminder(db, queue, survey.invitationId, new Date(sentAt.getTime() + REMINDER_DAYS * DAY))).toBe("skipped");
    expect(await reminderMails(survey.caseId)).toHaveLength(0);
    expect((await invitationRow(survey.invitationId)).remindedAt).toBeNull();
  });

  it("still reminds when the survey's template was deleted since, with the template that matches the case now", async () => {
    const billing = await saveSurveyTemplate(db, agent.actor, surveyTemplateInput({ name: "Billing", category: "billing", csatQuestion: "How did we do with your bill?", reminderDays: REMINDER_DAYS, validDays: VALID_DAYS }));
    const sentAt = new Date();
    const survey = await sentSurvey(sentAt);
    expect((await invitationRow(survey.invitationId)).templateId).toBe(billing.id);
    await deleteSurveyTemplate(db, agent.actor, billing.id);
    expect((await invitationRow(survey.invitationId)).templateId).toBeNull();

    expect(await sendSurveyReminder(db, queue, survey.invitationId, new Date(sentAt.getTime() + REMINDER_DAYS * DAY))).toBe("sent");
    const mails = await reminderMails(survey.caseId);
    expect(mails).toHaveLength(1);
    // The default template's question (the billing one is gone), and the link the invitation carried.
    expect(mails[0]!.props).toMatchObject({ kind: "reminder", question: "How satisfied are you?" });
    expect(surveyUrlOf(mails[0]!.props)).toBe(survey.invitationUrl);
  });
});

describe("the survey-reminder job in the real worker, through the Resend SDK to a local Resend server", () => {
  it("posts exactly one reminder for the unanswered survey, none for the others, and nothing more when the job runs again", { timeout: 120_000 }, async () => {
    // Invitations sent long enough ago that their reminder jobs are due now.
    const overdue = new Date(Date.now() - REMINDER_DAYS * DAY - 5 * 60_000);
    const unanswered = await sentSurvey(overdue);
    const answered = await sentSurvey(overdue);
    await submitSurvey(db, queue, { token: answered.token, csat: 5, ces: 6, answers: {} });
    const optedOut = await sentSurvey(overdue);
    await optOutOfSurveys(db, optedOut.token);
    const bounced = await sentSurvey(overdue);
    expect(await recordDeliveryEvent(db, { webhookId: `msg_${bounced.caseId}`, type: "email.bounced", data: { email_id: "unknown", to: [bounced.customer.email], bounce: { type: "Permanent" } } })).toBe("recorded");
    const expired = await sentSurvey(new Date(Date.now() - (VALID_DAYS + 1) * DAY));
    const surveys = [unanswered, answered, optedOut, bounced, expired];
    const invitationIds = surveys.map((s) => s.invitationId);

    worker = await startWorkerProcess({ DATABASE_URL: url, RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url, JOB_POLL_SECONDS: "0.5", JOB_MAINTENANCE_SECONDS: "1" });
    const posted = (key: string) => fake.received.filter((request) => request.idempotencyKey === key);
    const pendingJobs = async () =>
      (
        await db.execute<{ n: number }>(
          sql`select count(*)::int as n from pgboss.job where name in ('survey-send', 'survey-reminder', 'email-send') and state in ('created', 'retry', 'active') and start_after <= now()`,
        )
      )[0]!.n;
    const settle = (what: string) => waitFor(async () => posted(reminderKey(unanswered.caseId)).length > 0 && (await pendingJobs()) === 0, { timeoutMs: 60_000, intervalMs: 250, what: `${what}\n${worker!.output().slice(-2000)}` });
    await settle("the due reminder jobs to run");

    const reminded = await db.select({ id: surveyInvitations.id }).from(surveyInvitations).where(and(inArray(surveyInvitations.id, invitationIds), sql`${surveyInvitations.remindedAt} is not null`));
    expect(reminded.map((r) => r.id)).toEqual([unanswered.invitationId]);
    for (const other of [answered, optedOut, bounced, expired]) expect(posted(reminderKey(other.caseId))).toHaveLength(0);
    const [request] = posted(reminderKey(unanswered.caseId));
    expect(request).toMatchObject({ status: 200, body: { to: unanswered.customer.email } });
    expect(request!.body.html).toContain(unanswered.invitationUrl);

    // The job again (a retry, a duplicate delivery of the job): no second message leaves.
    for (const id of invitationIds) await boss.send("survey-reminder", { invitationId: id });
    await waitFor(async () => (await pendingJobs()) === 0, { timeoutMs: 60_000, intervalMs: 250, what: "the repeated reminder jobs to run" });
    expect(posted(reminderKey(unanswered.caseId))).toHaveLength(1);
    expect(await reminderMails(unanswered.caseId)).toHaveLength(1);
    for (const other of [answered, optedOut, bounced, expired]) expect(posted(reminderKey(other.caseId))).toHaveLength(0);
  });
});
