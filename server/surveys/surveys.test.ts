import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentProfiles, caseEvents, cases, contactIdentities, emailOutbox, emailSuppressions, queueMembers, queues, surveyInvitations, surveyResponses, surveyTemplates } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { changeStatus } from "@/server/cases/actions";
import { closeAsCustomer, createCase } from "@/server/cases";
import { deliverOutboxEmail, recordDeliveryEvent } from "@/server/email";
import { mailboxTransport } from "@/server/email/transport";
import { createCustomerUser, createStaffUser, type ArrangedCustomer, type ArrangedStaff } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { followUpQuestions, surveyTemplateInput } from "@/tests/support/surveys";
import { lazyQueue } from "@/tests/support/trpc";
import { csvCell, describeSurvey, optOutOfSurveys, saveSurveyTemplate, sendSurveyInvitation, signSurveyToken, submitSurvey } from "./index";

const { db, url } = await setupTestDatabase();
const jobs = lazyQueue(url);
afterAll(() => jobs.stop());

let alice: ArrangedCustomer;
let agent: ArrangedStaff;
let lead: ArrangedStaff;
const DELAY_MINUTES = 30;
const MINUTE = 60_000;

beforeAll(async () => {
  const queueIds = (await seedCaseReference(db)).queues;
  agent = await createStaffUser(db, { role: "agent" });
  lead = await createStaffUser(db, { role: "agent" });
  await db.insert(agentProfiles).values({ userId: agent.userId, displayName: agent.email, languages: ["en"], capacity: 50, presence: "available" }).onConflictDoNothing();
  await db.insert(queueMembers).values(Object.values(queueIds).map((queueId) => ({ queueId, userId: agent.userId }))).onConflictDoNothing();
  await db.update(queues).set({ leadUserId: lead.userId });
  alice = await createCustomerUser(db);
  await saveSurveyTemplate(
    db,
    agent.actor,
    surveyTemplateInput({
      questions: followUpQuestions,
      delayMinutes: DELAY_MINUTES,
      reminderDays: 3,
    }),
  );
});

const queue = () => jobs.getQueue();
const newCase = async (subject: string, customer = alice) => createCase(db, await queue(), { customerId: customer.customerId, channel: "portal", category: "delivery", subject, description: "Where is my parcel?" }, { notify: false });
const setStatus = async (number: string, status: "open" | "resolved" | "closed", now = new Date()) => changeStatus(db, await queue(), agent.actor, { number, status }, now);
const invitationOf = async (caseId: string) => (await db.select().from(surveyInvitations).where(eq(surveyInvitations.caseId, caseId)))[0];
const surveyMails = async (caseId: string) => db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, `survey/${caseId}`));
const sendJobs = async (invitationId: string) =>
  db.execute<{ start_after: Date }>(sql`select start_after from pgboss.job where name = 'survey-send' and data->>'invitationId' = ${invitationId}`);
const eventsOf = async (caseId: string, kind: (typeof caseEvents.$inferSelect)["kind"]) => db.select().from(caseEvents).where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.kind, kind)));
const later = (from: Date, minutes: number) => new Date(from.getTime() + minutes * MINUTE);

/** Resolves a case and runs its survey job once the delay has passed: the token the email carries. */
async function resolveAndSend(subject: string, customer?: ArrangedCustomer) {
  const created = await newCase(subject, customer ?? (await createCustomerUser(db)));
  const resolvedAt = new Date();
  await setStatus(created.number, "resolved", resolvedAt);
  const invitation = (await invitationOf(created.id))!;
  expect(await sendSurveyInvitation(db, await queue(), invitation.id, later(resolvedAt, DELAY_MINUTES + 1))).toBe("sent");
  const [mail] = await surveyMails(created.id);
  const surveyUrl = (mail!.props as { surveyUrl: string }).surveyUrl;
  return { created, invitation, token: decodeURIComponent(surveyUrl.split("/survey/")[1]!), mail: mail! };
}

describe("scheduling on resolution", () => {
  it("creates one invitation per case, scheduled after the template's delay, and sends exactly one email", async () => {
    const created = await newCase("Resolve me");
    const resolvedAt = new Date();
    await setStatus(created.number, "resolved", resolvedAt);
    const invitation = (await invitationOf(created.id))!;
    expect(invitation).toMatchObject({ status: "scheduled", locale: (await db.select().from(cases).where(eq(cases.id, created.id)))[0]!.locale });
    expect(invitation.scheduledFor.getTime()).toBe(later(resolvedAt, DELAY_MINUTES).getTime());
    const [job] = await sendJobs(invitation.id);
    expect(new Date(job!.start_after).getTime()).toBe(invitation.scheduledFor.getTime());

    // Too early (a stale job) does nothing; once due, it sends; running it again changes nothing.
    expect(await sendSurveyInvitation(db, await queue(), invitation.id, resolvedAt)).toBe("skipped");
    expect(await surveyMails(created.id)).toHaveLength(0);
    expect(await sendSurveyInvitation(db, await queue(), invitation.id, later(resolvedAt, DELAY_MINUTES))).toBe("sent");
    await sendSurveyInvitation(db, await queue(), invitation.id, later(resolvedAt, DELAY_MINUTES + 5));
    const mails = await surveyMails(created.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: alice.email, template: "survey-invitation", locale: invitation.locale });
    expect((await invitationOf(created.id))!.status).toBe("sent");

    // Reopened and resolved again: still the one invitation, no second email.
    await setStatus(created.number, "open");
    await setStatus(created.number, "resolved");
    expect(await db.select().from(surveyInvitations).where(eq(surveyInvitations.caseId, created.id))).toHaveLength(1);
    expect(await surveyMails(created.id)).toHaveLength(1);
  });

  it("reopening before the delay cancels the survey; resolving again re-arms the same invitation", async () => {
    const created = await newCase("Reopen me");
    const resolvedAt = new Date();
    await setStatus(created.number, "resolved", resolvedAt);
    await setStatus(created.number, "open", later(resolvedAt, 5));
    const invitation = (await invitationOf(created.id))!;
    expect(invitation.status).toBe("cancelled");
    expect(await sendSurveyInvitation(db, await queue(), invitation.id, later(resolvedAt, DELAY_MINUTES + 1))).toBe("skipped");
    expect(await surveyMails(created.id)).toHaveLength(0);

    const resolvedAgain = later(resolvedAt, 60);
    await setStatus(created.number, "resolved", resolvedAgain);
    const rearmed = (await invitationOf(created.id))!;
    expect(rearmed).toMatchObject({ id: invitation.id, status: "scheduled" });
    expect(await sendSurveyInvitation(db, await queue(), invitation.id, later(resolvedAgain, DELAY_MINUTES))).toBe("sent");
    expect(await surveyMails(created.id)).toHaveLength(1);
  });

  it("a case the customer closes without a resolution gets no survey", async () => {
    const created = await newCase("Never mind");
    await closeAsCustomer(db, await queue(), alice.actor, { number: created.number });
    expect(await invitationOf(created.id)).toBeUndefined();
  });

  it("a customer who opted out is skipped, with the reason kept", async () => {
    const carol = await createCustomerUser(db);
    const first = await resolveAndSend("Opt out from this one", carol);
    await optOutOfSurveys(db, first.token);
    const created = await newCase("After opting out", carol);
    const resolvedAt = new Date();
    await setStatus(created.number, "resolved", resolvedAt);
    const invitation = (await invitationOf(created.id))!;
    expect(await sendSurveyInvitation(db, await queue(), invitation.id, later(resolvedAt, DELAY_MINUTES))).toBe("skipped");
    expect(await invitationOf(created.id)).toMatchObject({ status: "skipped", skipReason: "optedOut" });
    expect(await surveyMails(created.id)).toHaveLength(0);
  });
});

describe("answering", () => {
  let bob: ArrangedCustomer;
  beforeAll(async () => {
    bob = await createCustomerUser(db);
  });

  it("a GET records nothing; the POST records once; a second POST updates the same response; a low score reopens the case with a task for the lead", async () => {
    const created = await newCase("Broken parcel", bob);
    const resolvedAt = new Date();
    await setStatus(created.number, "resolved", resolvedAt);
    const invitation = (await invitationOf(created.id))!;
    await sendSurveyInvitation(db, await queue(), invitation.id, later(resolvedAt, DELAY_MINUTES));
    const [mail] = await surveyMails(created.id);
    const token = decodeURIComponent((mail!.props as { surveyUrl: string }).surveyUrl.split("/survey/")[1]!);

    // What the one-click link opens: a description, nothing written.
    const described = await describeSurvey(db, token);
    expect(described).toMatchObject({ status: "open", caseNumber: created.number, csatQuestion: "How satisfied are you?", response: null });
    expect(await db.select().from(surveyResponses).where(eq(surveyResponses.caseId, created.id))).toHaveLength(0);
    expect(await eventsOf(created.id, "survey")).toHaveLength(0);

    const first = await submitSurvey(db, await queue(), { token, csat: 1, ces: 2, answers: { "what-went-wrong": "The parcel arrived broken", channel: "Phone" } });
    expect(first).toMatchObject({ isUpdate: false, isLowScore: true });
    const [response] = await db.select().from(surveyResponses).where(eq(surveyResponses.caseId, created.id));
    expect(response).toMatchObject({ csat: 1, ces: 2, isLowScore: true, comment: "The parcel arrived broken", followedUpAt: expect.any(Date) });
    const [surveyEvent] = await eventsOf(created.id, "survey");
    expect(surveyEvent).toMatchObject({
      visibility: "internal",
      author: "customer",
      data: { invitationId: invitation.id, csat: 1, ces: 2, lowScore: true, answers: [{ label: "What went wrong?", value: "The parcel arrived broken" }, { label: "Best way to reach you?", value: "Phone" }] },
    });
    const row = (await db.select().from(cases).where(eq(cases.id, created.id)))[0]!;
    expect(row.status).toBe("open");
    const [task] = await eventsOf(created.id, "task");
    expect(task).toMatchObject({ visibility: "internal", author: "system", data: { assigneeUserId: lead.userId, reasonCode: "lowCsat", csat: 1 } });
    const leadMails = await db.select().from(emailOutbox).where(and(eq(emailOutbox.to, lead.email), eq(emailOutbox.template, "survey-follow-up")));
    expect(leadMails).toHaveLength(1);
    expect((await invitationOf(created.id))!.status).toBe("answered");

    // Editing: the same row, a new timeline entry, no second follow-up.
    const second = await submitSurvey(db, await queue(), { token, csat: 2, ces: 3, answers: { "what-went-wrong": "Broken, but they called me" } });
    expect(second.isUpdate).toBe(true);
    const responses = await db.select().from(surveyResponses).where(eq(surveyResponses.caseId, created.id));
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ id: response!.id, csat: 2, ces: 3 });
    expect(await eventsOf(created.id, "task")).toHaveLength(1);
    expect(await eventsOf(created.id, "survey")).toHaveLength(2);
    expect(await describeSurvey(db, token)).toMatchObject({ response: { csat: 2, ces: 3 } });
  });

  it("a conditional question is ignored on a good score, and a choice outside the options is refused", async () => {
    const { created, token } = await resolveAndSend("Good service");
    await submitSurvey(db, await queue(), { token, csat: 5, ces: 7, answers: { "what-went-wrong": "nothing", channel: "Email" } });
    const [response] = await db.select().from(surveyResponses).where(eq(surveyResponses.caseId, created.id));
    expect(response!.answers).toEqual([{ questionId: "channel", label: "Best way to reach you?", value: "Email" }]);
    expect((await db.select().from(cases).where(eq(cases.id, created.id)))[0]!.status).toBe("resolved");
    await expect(submitSurvey(db, await queue(), { token, csat: 5, ces: 7, answers: { channel: "Carrier pigeon" } })).rejects.toMatchObject({ code: "surveys.invalidAnswer" });
  });

  it("an expired or tampered token is refused and writes nothing", async () => {
    const { created, invitation, token } = await resolveAndSend("Token checks");
    const expired = signSurveyToken(invitation.id, new Date(Date.now() - 1000));
    const tampered = token.slice(0, -3) + (token.endsWith("AAA") ? "BBB" : "AAA");
    const otherId = signSurveyToken(invitation.id, new Date(Date.now() + 86_400_000)).replace(invitation.id, "00000000-0000-4000-8000-000000000000");
    expect(await describeSurvey(db, expired)).toEqual({ status: "expired" });
    for (const bad of [tampered, otherId, "garbage", `${token}.x`]) expect(await describeSurvey(db, bad)).toEqual({ status: "invalid" });
    await expect(submitSurvey(db, await queue(), { token: expired, csat: 1, ces: null, answers: {} })).rejects.toMatchObject({ code: "surveys.expired" });
    await expect(submitSurvey(db, await queue(), { token: tampered, csat: 1, ces: null, answers: {} })).rejects.toMatchObject({ code: "surveys.invalidToken" });
    expect(await db.select().from(surveyResponses).where(eq(surveyResponses.caseId, created.id))).toHaveLength(0);
    expect(await eventsOf(created.id, "survey")).toHaveLength(0);
  });
});

describe("delivery events", () => {
  it("a hard bounce suppresses the address, flags the identity, and the outbox stops sending to it; a replay changes nothing", async () => {
    const customer = await createCustomerUser(db);
    await db.insert(contactIdentities).values({ customerId: customer.customerId, kind: "email", value: customer.email }).onConflictDoNothing();
    const created = await newCase("Bounce", customer);
    const resolvedAt = new Date();
    await setStatus(created.number, "resolved", resolvedAt);
    await sendSurveyInvitation(db, await queue(), (await invitationOf(created.id))!.id, later(resolvedAt, DELAY_MINUTES));
    const [mail] = await surveyMails(created.id);
    expect(await deliverOutboxEmail(db, mailboxTransport, { outboxId: mail!.id, from: "x@parcours.local", leaseSeconds: 30 })).toBe("sent");
    const providerMessageId = (await db.select().from(emailOutbox).where(eq(emailOutbox.id, mail!.id)))[0]!.providerMessageId!;

    const bounce = { webhookId: `msg_${created.id}`, type: "email.bounced", data: { email_id: providerMessageId, to: [customer.email], bounce: { type: "Permanent", subType: "General", message: "mailbox does not exist" } } };
    expect(await recordDeliveryEvent(db, bounce)).toBe("recorded");
    expect(await recordDeliveryEvent(db, bounce)).toBe("replay");
    expect(await recordDeliveryEvent(db, { ...bounce, webhookId: `late_${created.id}`, type: "email.delivered" })).toBe("recorded");
    expect((await db.select().from(emailOutbox).where(eq(emailOutbox.id, mail!.id)))[0]).toMatchObject({ deliveryStatus: "bounced" });
    expect(await db.select().from(emailSuppressions).where(eq(emailSuppressions.email, customer.email))).toHaveLength(1);
    const [identity] = await db.select().from(contactIdentities).where(eq(contactIdentities.value, customer.email));
    expect(identity).toMatchObject({ undeliverableReason: "bounced", undeliverableAt: expect.any(Date) });

    // The next survey for this customer is skipped, and any message to the address is suppressed.
    const next = await newCase("After the bounce", customer);
    await setStatus(next.number, "resolved", resolvedAt);
    await sendSurveyInvitation(db, await queue(), (await invitationOf(next.id))!.id, later(resolvedAt, DELAY_MINUTES));
    expect(await invitationOf(next.id)).toMatchObject({ status: "skipped", skipReason: "suppressed" });
    const [row] = await db.insert(emailOutbox).values({ idempotencyKey: `test/${next.id}`, to: customer.email, template: "magic-link", props: {} }).returning();
    expect(await deliverOutboxEmail(db, mailboxTransport, { outboxId: row!.id, from: "x@parcours.local", leaseSeconds: 30 })).toBe("suppressed");
    expect((await db.select().from(emailOutbox).where(eq(emailOutbox.id, row!.id)))[0]!.status).toBe("suppressed");
  });

  it("a transient bounce marks the message but suppresses nothing", async () => {
    const email = "soft-bounce@example.com";
    expect(await recordDeliveryEvent(db, { webhookId: "msg_soft", type: "email.bounced", data: { email_id: "unknown", to: [email], bounce: { type: "Transient" } } })).toBe("recorded");
    expect(await db.select().from(emailSuppressions).where(eq(emailSuppressions.email, email))).toHaveLength(0);
  });
});

describe("templates and export", () => {
  it("refuses a second template for the same category and language", async () => {
    const base = surveyTemplateInput({ name: "Delivery", category: "delivery", locale: "en" });
    await saveSurveyTemplate(db, agent.actor, base);
    await expect(saveSurveyTemplate(db, agent.actor, base)).rejects.toMatchObject({ code: "surveys.templateExists" });
    expect(await db.select().from(surveyTemplates).where(eq(surveyTemplates.category, "delivery"))).toHaveLength(1);
    await db.delete(surveyTemplates).where(eq(surveyTemplates.category, "delivery"));
  });

  it("escapes CSV cells that a spreadsheet would run as formulas", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("plain, with comma")).toBe(`"plain, with comma"`);
    expect(csvCell(null)).toBe("");
  });
});
