import {
  deleteSurveyTemplate,
  describeSurvey,
  getSurveyResults,
  getSurveyTemplateOrThrow,
  listSurveyTemplates,
  optOutOfSurveys,
  saveSurveyTemplate,
  submitSurvey,
  surveyInvitationIdOrThrow,
} from "@/server/surveys";
import { resultsInput, saveTemplateInput, submitSurveyInput, surveyPageOutput, surveyTokenInput, templateIdInput } from "@/server/surveys/schemas";
import { adminProcedure, agentProcedure, createTRPCRouter, publicProcedure } from "../trpc";

/**
 * The survey behind an email's links, for whoever holds the link: no account, but a token we signed
 * that has not expired (a tampered one is not found, an expired one forbidden). Opting out also takes
 * an expired link, whose signature still proves whose it is.
 */
const surveyLinkProcedure = publicProcedure.input(surveyTokenInput.loose()).use(({ input, next }) => {
  surveyInvitationIdOrThrow(input.token);
  return next();
});
const expiredSurveyLinkProcedure = publicProcedure.input(surveyTokenInput).use(({ input, next }) => {
  surveyInvitationIdOrThrow(input.token, { isExpiredAccepted: true });
  return next();
});

export const surveysRouter = createTRPCRouter({
  /** Reading records nothing: the rating clicked in the email is only preselected on the page. */
  survey: surveyLinkProcedure.input(surveyTokenInput).output(surveyPageOutput).query(({ ctx, input }) => describeSurvey(ctx.db, input.token)),
  /** The confirming POST: the only way an answer is recorded (one per survey, editable until it expires). */
  respond: surveyLinkProcedure.input(submitSurveyInput).mutation(async ({ ctx, input }) => submitSurvey(ctx.db, await ctx.getQueue(), input)),
  optOut: expiredSurveyLinkProcedure.mutation(({ ctx, input }) => optOutOfSurveys(ctx.db, input.token)),

  results: agentProcedure.input(resultsInput).query(({ ctx, input }) => getSurveyResults(ctx.db, input)),
  templates: adminProcedure.query(({ ctx }) => listSurveyTemplates(ctx.db)),
  template: adminProcedure.input(templateIdInput).query(({ ctx, input }) => getSurveyTemplateOrThrow(ctx.db, input.id)),
  saveTemplate: adminProcedure.input(saveTemplateInput).mutation(({ ctx, input }) => saveSurveyTemplate(ctx.db, ctx.actor, input)),
  deleteTemplate: adminProcedure.input(templateIdInput).mutation(({ ctx, input }) => deleteSurveyTemplate(ctx.db, ctx.actor, input.id)),
});
