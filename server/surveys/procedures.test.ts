import { and, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentProfiles, caseEvents, cases, emailOutbox, queueMembers, queues, rateLimits, surveyInvitations, surveyResponses, surveyTemplates } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { createCaller } from "@/server/api/root";
import { createCase } from "@/server/cases";
import { assignTo, changeStatus } from "@/server/cases/actions";
import en from "@/server/i18n/messages/en.json";
import fr from "@/server/i18n/messages/fr.json";
import { resumedDueDates } from "@/server/sla";
import { createCustomerUser, createStaffUser, type ArrangedStaff } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { followUpQuestions, surveyTemplateInput } from "@/tests/support/surveys";
import { attempt, contextFor, lazyQueue } from "@/tests/support/trpc";
import { ANSWERS_PER_HOUR, saveSurveyTemplate, sendSurveyInvitation, signSurveyToken, submitSurvey } from "./index";

const { db, url } = await setupTestDatabase();
const jobs = lazyQueue(url);
afterAll(() => jobs.stop());

let agent: ArrangedStaff;
let lead: ArrangedStaff;
let admin: ArrangedStaff;
let defaultTemplateId: string;
const HOUR = 3_600_000;

beforeAll(async () => {
  const queueIds = (await seedCaseReference(db)).queues;
  agent = await createStaffUser(db, { role: "agent" });
  lead = await createStaffUser(db, { role: "agent" });
  admin = await createStaffUser(db, { role: "admin" });
  await db.insert(agentProfiles).values({ userId: agent.userId, displayName: agent.email, languages: ["en", "fr", "it"], capacity: 500, presence: "available" }).onConflictDoNothing();
  await db.insert(queueMembers).values(Object.values(queueIds).map((queueId) => ({ queueId, userId: agent.userId }))).onConflictDoNothing();
  await db.update(queues).set({ leadUserId: lead.userId });
  defaultTemplateId = (await saveSurveyTemplate(db, admin.actor, surveyTemplateInput({ questions: followUpQuestions }))).id;
});

const queue = () => jobs.getQueue();
const anonymous = (locale: "en" | "fr" = "en") => contextFor(db, null, { locale, getQueue: jobs.getQueue });
const asAnonymous = () => createCaller(anonymous());
const asAdmin = () => createCaller(contextFor(db, admin.actor, { getQueue: jobs.getQueue }));
const caseRow = async (id: string) => (await db.select().from(cases).where(eq(cases.id, id)))[0]!;
const eventsOf = async (caseId: string, kind: (typeof caseEvents.$inferSelect)["kind"]) => db.select().from(caseEvents).where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.kind, kind)));
const responsesOf = async (caseId: string) => db.select().from(surveyResponses).where(eq(surveyResponses.caseId, caseId));
const invitationOf = async (caseId: string) => (await db.select().from(surveyInvitations).where(eq(surveyInvitations.caseId, caseId)))[0]!;

/** A new customer's case in `category`, resolved by the agent at `resolvedAt` and its survey sent: the token its email carries. */
async function sentSurvey(subject: string, options: { category?: string; isVip?: boolean; resolvedAt?: Date; beforeResolving?: (c: { id: string; number: string }) => Promise<void> } = {}) {
  const customer = await createCustomerUser(db, { isVip: options.isVip });
  const created = await createCase(db, await queue(), { customerId: customer.customerId, channel: "portal", category: options.category ?? "delivery", subject, description: "Where is my parcel?" }, { notify: false });
  await options.beforeResolving?.(created);
  const resolvedAt = options.resolvedAt ?? new Date();
  await changeStatus(db, await queue(), agent.actor, { number: created.number, status: "resolved" }, resolvedAt);
  const invitation = await invitationOf(created.id);
  expect(await sendSurveyInvitation(db, await queue(), invitation.id, resolvedAt)).toBe("sent");
  const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, `survey/${created.id}`));
  const token = decodeURIComponent((mail!.props as { surveyUrl: string }).surveyUrl.split("/survey/")[1]!.split("?")[0]!);
  return { created, customer, invitation, token, resolvedAt };
}

describe("the public survey procedures", () => {
  it("reading the survey records nothing (not even a rate-limit counter); the POST records the answer once and the next POST edits it", async () => {
    const { created, invitation, token } = await sentSurvey("Read, then answer");
    const read = await asAnonymous().surveys.survey({ token });
    expect(read).toMatchObject({ status: "open", caseNumber: created.number, csatQuestion: "How satisfied are you?", response: null, isOptedOut: false });
    // Only what the page shows: no customer, assignee or internal field of the case.
    expect(Object.keys(read).sort()).toEqual(["caseNumber", "caseSubject", "cesQuestion", "csatQuestion", "expiresAt", "isOptedOut", "locale", "lowScoreThreshold", "questions", "response", "status"]);
    await asAnonymous().surveys.survey({ token });
    expect(await responsesOf(created.id)).toHaveLength(0);
    expect(await eventsOf(created.id, "survey")).toHaveLength(0);
    expect(await db.select().from(rateLimits).where(like(rateLimits.key, `%${invitation.id}%`))).toHaveLength(0);
    expect((await invitationOf(created.id)).status).toBe("sent");

    expect(await asAnonymous().surveys.respond({ token, csat: 4, ces: 6, answers: { channel: "Email" } })).toMatchObject({ isUpdate: false, isLowScore: false });
    expect(await asAnonymous().surveys.respond({ token, csat: 5, ces: 7, answers: {} })).toMatchObject({ isUpdate: true, isLowScore: false });
    const responses = await responsesOf(created.id);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ csat: 5, ces: 7, answers: [] });
    expect(await eventsOf(created.id, "survey")).toHaveLength(2);
    expect(await asAnonymous().surveys.survey({ token })).toMatchObject({ response: { csat: 5, ces: 7 } });
    expect((await caseRow(created.id)).status).toBe("resolved");
  });

  it("an altered link is not found and an expired one forbidden, in the caller's language; opting out still takes an expired link; nothing else is written", async () => {
    const { created, invitation, token } = await sentSurvey("Token checks");
    const expired = signSurveyToken(invitation.id, new Date(Date.now() - 1000));
    const tampered = token.slice(0, -3) + (token.endsWith("AAA") ? "BBB" : "AAA");
    const unknown = signSurveyToken("00000000-0000-4000-8000-000000000000", new Date(Date.now() + HOUR));
    for (const path of ["surveys.survey", "surveys.respond"]) {
      const input = (t: string) => (path === "surveys.respond" ? { token: t, csat: 1, ces: null, answers: {} } : { token: t });
      const gone = await attempt(anonymous("fr"), path, input(expired));
      expect(gone.ok ? "ok" : [gone.error.code, gone.shape.message, gone.shape.data.httpStatus]).toEqual(["FORBIDDEN", fr.errors.surveys.expired, 403]);
      for (const bad of [tampered, "garbage", `${token}.x`]) {
        const refused = await attempt(anonymous("fr"), path, input(bad));
        expect(refused.ok ? "ok" : [refused.error.code, refused.shape.message, refused.shape.data.httpStatus]).toEqual(["NOT_FOUND", fr.errors.surveys.invalidToken, 404]);
      }
    }
    // Signed by us but for no invitation: the page says not found, the answer is refused the same way.
    expect(await asAnonymous().surveys.survey({ token: unknown })).toEqual({ status: "invalid" });
    const noInvitation = await attempt(anonymous(), "surveys.respond", { token: unknown, csat: 1, ces: null, answers: {} });
    expect(noInvitation.ok ? "ok" : noInvitation.error.code).toBe("NOT_FOUND");
    expect(await responsesOf(created.id)).toHaveLength(0);
    expect(await eventsOf(created.id, "survey")).toHaveLength(0);
    expect((await caseRow(created.id)).status).toBe("resolved");

    const tamperedOptOut = await attempt(anonymous(), "surveys.optOut", { token: tampered });
    expect(tamperedOptOut.ok ? "ok" : tamperedOptOut.error.code).toBe("NOT_FOUND");
    expect(await asAnonymous().surveys.optOut({ token: expired })).toEqual({ isOptedOut: true });
    expect(await asAnonymous().surveys.survey({ token })).toMatchObject({ isOptedOut: true });
  });

  it("refuses bad input with a translated message and changes nothing", async () => {
    const { created, token } = await sentSurvey("Bad input");
    const refusals: [unknown, string, string?][] = [
      [{ token, csat: 9, ces: null, answers: {} }, en.errors.common.invalidInput, en.errors.surveys.ratingRequired],
      [{ token, csat: "5", ces: null, answers: {} }, en.errors.common.invalidInput, en.errors.surveys.ratingRequired],
      [{ token, csat: 5, ces: 8, answers: {} }, en.errors.common.invalidInput, en.errors.validation.tooLarge],
      [{ token, csat: 5, ces: null, answers: { channel: "x".repeat(1024 * 1024) } }, en.errors.common.invalidInput, en.errors.validation.tooLong],
      [{ token, csat: 5, ces: null, answers: { channel: "Em\u0000ail" } }, en.errors.common.invalidInput],
      [{ token, csat: 5, ces: null, answers: { channel: "\uD800" } }, en.errors.common.invalidInput],
      [{ token, csat: 5, ces: null, answers: {}, customerId: "someone" }, en.errors.common.invalidInput],
      [{ token: "x".repeat(1024 * 1024), csat: 5, ces: null, answers: {} }, en.errors.common.invalidInput, en.errors.surveys.invalidToken],
      [{ token, csat: 5, ces: null, answers: { channel: "Carrier pigeon" } }, en.errors.surveys.invalidAnswer],
    ];
    for (const [input, message, fieldMessage] of refusals) {
      const outcome = await attempt(anonymous(), "surveys.respond", input);
      expect(outcome.ok, JSON.stringify(input).slice(0, 120)).toBe(false);
      if (outcome.ok) continue;
      expect(outcome.error.code).toBe("BAD_REQUEST");
      expect(outcome.shape.message).toBe(message);
      if (fieldMessage) expect(Object.values(outcome.shape.data.fieldErrors ?? {}).flat()).toContain(fieldMessage);
    }
    expect(await responsesOf(created.id)).toHaveLength(0);
    expect(await eventsOf(created.id, "survey")).toHaveLength(0);
  });

  it(`takes ${ANSWERS_PER_HOUR} answers per survey and hour, then refuses with 429 and records nothing; another survey is not held back`, async () => {
    const { created, token } = await sentSurvey("Flood");
    for (let i = 0; i < ANSWERS_PER_HOUR; i++) await asAnonymous().surveys.respond({ token, csat: i % 2 ? 4 : 5, ces: null, answers: {} });
    const refused = await attempt(anonymous("fr"), "surveys.respond", { token, csat: 3, ces: null, answers: {} });
    expect(refused.ok ? "ok" : [refused.error.code, refused.shape.message, refused.shape.data.httpStatus]).toEqual(["TOO_MANY_REQUESTS", fr.errors.surveys.rateLimited, 429]);
    expect(await eventsOf(created.id, "survey")).toHaveLength(ANSWERS_PER_HOUR);
    expect((await responsesOf(created.id))[0]!.csat).toBe(ANSWERS_PER_HOUR % 2 ? 5 : 4);
    // Reading is never limited.
    expect(await asAnonymous().surveys.survey({ token })).toMatchObject({ status: "open" });

    const other = await sentSurvey("Someone else's survey");
    expect(await asAnonymous().surveys.respond({ token: other.token, csat: 5, ces: null, answers: {} })).toMatchObject({ isUpdate: false });
  });
});

describe("the closed loop of a low score", () => {
  it("reopens the case through the shared status change: SLA resumed from the pause, handed back to routing, on the timeline as the system for the survey, the customer emailed", async () => {
    const resolvedAt = new Date(Date.now() - 3 * HOUR);
    // A VIP's policy runs on the 24/7 calendar: the time the case spent resolved is plain clock time.
    const { created, customer, token } = await sentSurvey("Low score", {
      // A category that asks for no skill, so the agent can take it.
      category: "account",
      isVip: true,
      resolvedAt,
      // Nobody holds it when it is resolved: reopening must hand it back to routing.
      beforeResolving: async (c) => void (await assignTo(db, agent.actor, { number: c.number, assigneeId: null })),
    });
    const resolved = await caseRow(created.id);
    expect(resolved).toMatchObject({ status: "resolved", assigneeId: null, slaPausedAt: resolvedAt });
    expect(resolved.queueId).not.toBeNull();
    expect(resolved.resolutionDueAt).not.toBeNull();

    const answeredAt = new Date();
    expect(await submitSurvey(db, await queue(), { token, csat: 1, ces: 2, answers: { "what-went-wrong": "Nobody called back" } }, answeredAt)).toMatchObject({ isLowScore: true });

    const reopened = await caseRow(created.id);
    const expectedDue = await resumedDueDates(db, resolved, answeredAt);
    expect(reopened).toMatchObject({ status: "open", slaPausedAt: null, resolvedAt: null, closedAt: null, ...expectedDue });
    // The three hours the case spent resolved did not count against it: every running clock moved by them.
    const paused = answeredAt.getTime() - resolvedAt.getTime();
    expect(reopened.resolutionDueAt!.getTime() - resolved.resolutionDueAt!.getTime()).toBe(paused);
    if (resolved.nextResponseDueAt) expect(reopened.nextResponseDueAt!.getTime() - resolved.nextResponseDueAt.getTime()).toBe(paused);
    const [slaJob] = await db.execute<{ id: string }>(sql`select id from pgboss.job where name = 'sla-check' and singleton_key = ${`${created.id}:resolution:${reopened.resolutionDueAt!.toISOString()}`}`);
    expect(slaJob).toBeDefined();

    const reopening = (await eventsOf(created.id, "status")).find((e) => (e.data as { to?: string }).to === "open");
    expect(reopening).toMatchObject({ author: "system", authorUserId: null, visibility: "public", data: { from: "resolved", to: "open", reason: "survey" }, createdAt: answeredAt });
    expect(reopened.assigneeId).toBe(agent.userId);
    const handBack = (await eventsOf(created.id, "assignment")).filter((e) => e.createdAt.getTime() === answeredAt.getTime());
    expect(handBack.map((e) => (e.data as { assigneeId?: string }).assigneeId)).toEqual([agent.userId]);
    const [task] = await eventsOf(created.id, "task");
    expect(task).toMatchObject({ author: "system", data: { assigneeUserId: lead.userId, reasonCode: "lowCsat", csat: 1 } });

    const customerMails = await db.select().from(emailOutbox).where(and(eq(emailOutbox.to, customer.email), like(emailOutbox.idempotencyKey, `case-status/${created.id}/open/%`)));
    expect(customerMails).toHaveLength(1);
    const leadMails = await db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, `survey-follow-up/${(await responsesOf(created.id))[0]!.id}`));
    expect(leadMails[0]).toMatchObject({ to: lead.email, props: expect.objectContaining({ isReopened: true }) });
  });

  it("records the answer and the reopening together or not at all", async () => {
    const { created, invitation, token } = await sentSurvey("All or nothing");
    const before = await caseRow(created.id);
    // A real failure half-way through the transaction: the database refuses the follow-up task.
    const fn = `refuse_task_${created.id.replace(/-/g, "")}`;
    await db.execute(sql.raw(`create function ${fn}() returns trigger language plpgsql as $$ begin if new.kind = 'task' and new.case_id = '${created.id}' then raise exception 'refused by the test'; end if; return new; end $$`));
    await db.execute(sql.raw(`create trigger ${fn} before insert on case_events for each row execute function ${fn}()`));
    try {
      await expect(submitSurvey(db, await queue(), { token, csat: 1, ces: null, answers: {} })).rejects.toThrow();
    } finally {
      await db.execute(sql.raw(`drop trigger ${fn} on case_events; drop function ${fn}()`));
    }
    expect(await responsesOf(created.id)).toHaveLength(0);
    expect(await eventsOf(created.id, "survey")).toHaveLength(0);
    expect((await eventsOf(created.id, "status")).filter((e) => (e.data as { to?: string }).to === "open")).toHaveLength(0);
    expect(await caseRow(created.id)).toMatchObject({ status: "resolved", slaPausedAt: before.slaPausedAt, resolutionDueAt: before.resolutionDueAt });
    expect((await invitationOf(created.id)).status).toBe("sent");

    await submitSurvey(db, await queue(), { token, csat: 1, ces: null, answers: {} });
    expect((await caseRow(created.id)).status).toBe("open");
    expect(await responsesOf(created.id)).toHaveLength(1);
    expect((await invitationOf(created.id)).id).toBe(invitation.id);
  });
});

describe("deleting a survey template", () => {
  it("an admin deletes a category's template: its invitations and answers stay, and a survey still open is answered with the template that applies now", async () => {
    const { id: templateId } = await saveSurveyTemplate(db, admin.actor, surveyTemplateInput({ name: "Billing", category: "billing", csatQuestion: "Was the billing answer right?", questions: [{ id: "clear", kind: "rating", label: "Was the invoice clear?" }] }));
    const answered = await sentSurvey("Answered before", { category: "billing" });
    const open = await sentSurvey("Still open", { category: "billing" });
    expect(answered.invitation.templateId).toBe(templateId);
    expect(await asAnonymous().surveys.survey({ token: open.token })).toMatchObject({ csatQuestion: "Was the billing answer right?" });
    await asAnonymous().surveys.respond({ token: answered.token, csat: 4, ces: 5, answers: { clear: "3" } });

    expect(await asAdmin().surveys.deleteTemplate({ id: templateId })).toEqual({ id: templateId });
    expect(await db.select().from(surveyTemplates).where(eq(surveyTemplates.id, templateId))).toHaveLength(0);
    for (const { created, invitation } of [answered, open]) expect(await invitationOf(created.id)).toMatchObject({ id: invitation.id, status: invitation.id === answered.invitation.id ? "answered" : "sent", templateId: null });
    expect(await responsesOf(answered.created.id)).toMatchObject([{ csat: 4, ces: 5, answers: [{ questionId: "clear", label: "Was the invoice clear?", value: "3" }] }]);
    expect(await eventsOf(answered.created.id, "survey")).toHaveLength(1);

    expect(await asAnonymous().surveys.survey({ token: open.token })).toMatchObject({ status: "open", csatQuestion: "How satisfied are you?" });
    expect(await asAnonymous().surveys.respond({ token: open.token, csat: 5, ces: null, answers: { channel: "Phone" } })).toMatchObject({ isUpdate: false });
    expect(await asAnonymous().surveys.survey({ token: answered.token })).toMatchObject({ status: "open", response: { csat: 4 } });

    const again = await attempt(contextFor(db, admin.actor, { getQueue: jobs.getQueue }), "surveys.deleteTemplate", { id: templateId });
    expect(again.ok ? "ok" : again.error.code).toBe("NOT_FOUND");
  });

  it("refuses to delete the default template, in the admin's language, and deletes nothing; an agent may not delete at all", async () => {
    const refused = await attempt(contextFor(db, admin.actor, { locale: "fr", getQueue: jobs.getQueue }), "surveys.deleteTemplate", { id: defaultTemplateId });
    expect(refused.ok ? "ok" : [refused.error.code, refused.shape.message]).toEqual(["BAD_REQUEST", fr.errors.surveys.defaultTemplateDelete]);
    const { id: otherId } = await saveSurveyTemplate(db, admin.actor, surveyTemplateInput({ name: "Returns", category: "returns" }));
    const byAgent = await attempt(contextFor(db, agent.actor, { getQueue: jobs.getQueue }), "surveys.deleteTemplate", { id: otherId });
    expect(byAgent.ok ? "ok" : byAgent.error.code).toBe("FORBIDDEN");
    const malformed = await attempt(contextFor(db, admin.actor, { getQueue: jobs.getQueue }), "surveys.deleteTemplate", { id: "'; delete from survey_templates; --" });
    expect(malformed.ok ? "ok" : malformed.error.code).toBe("BAD_REQUEST");
    expect((await db.select({ id: surveyTemplates.id }).from(surveyTemplates)).map((t) => t.id)).toEqual(expect.arrayContaining([defaultTemplateId, otherId]));
  });
});
