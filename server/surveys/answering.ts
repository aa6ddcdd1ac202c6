import type { Database } from "@/db/client";
import type { SurveyAnswer, SurveyQuestion } from "@/db/schema";
import * as caseQueries from "@/server/cases/queries";
import { DomainError } from "@/server/errors";
import type { JobQueue } from "@/server/jobs/queue";
import { createLimiter } from "@/server/security/rate-limit";
import { finishFollowUp, startFollowUp } from "./follow-up";
import * as queries from "./queries";
import { submitSurveyInput, type SubmitSurveyInput } from "./schemas";
import { invitationTemplate } from "./templates";
import { readSurveyToken, surveyInvitationIdOrThrow } from "./tokens";

/** Answers (first one and edits) per survey and hour: plenty for a person, not for a script filling the timeline. */
export const ANSWERS_PER_HOUR = 20;
/** "No more surveys" posts per survey and hour. */
export const OPT_OUTS_PER_HOUR = 10;

const templateOf = (db: Database, context: NonNullable<Awaited<ReturnType<typeof queries.findInvitationContext>>>) =>
  invitationTemplate(db, { template: context.template, caseCategory: context.caseRow.category, locale: context.invitation.locale });

/** Within the hourly budget of one survey (the token is checked first, so only a holder spends it). */
async function consumeSurveyBudget(db: Database, name: "survey-answer" | "survey-opt-out", invitationId: string) {
  const points = name === "survey-answer" ? ANSWERS_PER_HOUR : OPT_OUTS_PER_HOUR;
  const limit = await createLimiter(db, { name, points, durationSeconds: 3600 }).consume(invitationId);
  if (!limit.isAllowed) throw new DomainError("surveys.rateLimited", { retryAfterSeconds: limit.retryAfterSeconds });
}

/** A question is asked when it has no condition, or when the rating is low enough for it. */
export const isQuestionAsked = (question: SurveyQuestion, csat: number | null, threshold: number) => !question.onlyIfLowScore || (csat !== null && csat <= threshold);

/**
 * What the survey page shows for a token. Reading it changes nothing: the one-click rating in the
 * email only preselects the answer, which the customer confirms with a POST (submitSurvey).
 */
export async function describeSurvey(db: Database, token: string, now = new Date()) {
  const reading = readSurveyToken(token, now);
  if (reading.status !== "valid") return { status: reading.status } as const;
  const context = await queries.findInvitationContext(db, reading.invitationId);
  const template = context ? await templateOf(db, context) : null;
  if (!context || !template) return { status: "invalid" } as const;
  const { invitation, caseRow } = context;
  if (invitation.status === "cancelled" || invitation.status === "scheduled" || invitation.status === "skipped") return { status: "withdrawn" } as const;
  const response = await queries.findResponse(db, invitation.id);
  return {
    status: "open",
    locale: invitation.locale,
    caseNumber: caseRow.number,
    caseSubject: caseRow.subject,
    csatQuestion: template.csatQuestion,
    cesQuestion: template.cesQuestion,
    questions: template.questions,
    lowScoreThreshold: template.lowScoreThreshold,
    expiresAt: reading.expiresAt,
    isOptedOut: await queries.isOptedOut(db, invitation.customerId),
    response: response ? { csat: response.csat, ces: response.ces, answers: Object.fromEntries(response.answers.map((a) => [a.questionId, a.value])), isLowScore: response.isLowScore, answeredAt: response.updatedAt } : null,
  } as const;
}

/**
 * Records the customer's answer: one response per invitation, updated by later posts until the link
 * expires. Each post adds a survey event to the case timeline. The first low score starts the closed
 * loop once (reopen or task, email to the queue lead); editing the answer never starts it again.
 */
export async function submitSurvey(db: Database, queue: JobQueue, rawInput: SubmitSurveyInput, now = new Date()) {
  const input = submitSurveyInput.parse(rawInput);
  const context = await queries.findInvitationContext(db, surveyInvitationIdOrThrow(input.token, {}, now));
  const template = context ? await templateOf(db, context) : null;
  if (!context || !template) throw new DomainError("surveys.invalidToken");
  const { invitation, caseRow } = context;
  if (invitation.status !== "sent" && invitation.status !== "answered") throw new DomainError("surveys.withdrawn");
  await consumeSurveyBudget(db, "survey-answer", invitation.id);

  const answers: SurveyAnswer[] = [];
  for (const question of template.questions) {
    const value = input.answers[question.id]?.trim() ?? "";
    if (!value || !isQuestionAsked(question, input.csat, template.lowScoreThreshold)) continue;
    const isValid = question.kind === "text" || (question.kind === "rating" ? /^[1-5]$/.test(value) : (question.options ?? []).includes(value));
    if (!isValid) throw new DomainError("surveys.invalidAnswer");
    answers.push({ questionId: question.id, label: question.label, value });
  }
  const comment = answers.filter((a) => template.questions.find((q) => q.id === a.questionId)?.kind === "text").map((a) => a.value).join("\n\n") || null;
  const isLowScore = input.csat <= template.lowScoreThreshold;

  const result = await db.transaction(async (tx) => {
    const response = await queries.upsertResponse(tx, { invitationId: invitation.id, caseId: caseRow.id, csat: input.csat, ces: input.ces, answers, comment, isLowScore, createdAt: now, updatedAt: now });
    await queries.transitionInvitation(tx, invitation.id, ["sent"], { status: "answered" });
    await caseQueries.insertEvents(tx, [
      {
        caseId: caseRow.id,
        kind: "survey",
        visibility: "internal",
        author: "customer",
        data: { invitationId: invitation.id, csat: input.csat, ces: input.ces, answers: answers.map(({ label, value }) => ({ label, value })), lowScore: isLowScore },
        createdAt: now,
      },
    ]);
    const followUp = isLowScore && (await queries.claimFollowUp(tx, response.id, now)) ? { caseId: caseRow.id, action: template.lowScoreAction, csat: input.csat, comment, responseId: response.id } : null;
    const outcome = followUp ? await startFollowUp(tx, followUp, now) : null;
    return { isUpdate: !response.isNew, followUp, outcome };
  });
  if (result.followUp && result.outcome) await finishFollowUp(db, queue, result.outcome, result.followUp, now);
  return { isUpdate: result.isUpdate, isLowScore, hasFollowUp: isLowScore };
}

/** "No more surveys": honoured even from an expired link, since the signature proves it is ours. */
export async function optOutOfSurveys(db: Database, token: string, now = new Date()) {
  const invitation = await queries.findInvitation(db, surveyInvitationIdOrThrow(token, { isExpiredAccepted: true }, now));
  if (!invitation) throw new DomainError("surveys.invalidToken");
  await consumeSurveyBudget(db, "survey-opt-out", invitation.id);
  await queries.insertOptOut(db, invitation.customerId);
  return { isOptedOut: true as const };
}
