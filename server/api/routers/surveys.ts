import { getSurveyResults, getSurveyTemplateOrThrow, listSurveyTemplates, saveSurveyTemplate } from "@/server/surveys";
import { resultsInput, saveTemplateInput, templateIdInput } from "@/server/surveys/schemas";
import { adminProcedure, agentProcedure, createTRPCRouter } from "../trpc";

export const surveysRouter = createTRPCRouter({
  results: agentProcedure.input(resultsInput).query(({ ctx, input }) => getSurveyResults(ctx.db, input)),
  templates: adminProcedure.query(({ ctx }) => listSurveyTemplates(ctx.db)),
  template: adminProcedure.input(templateIdInput).query(({ ctx, input }) => getSurveyTemplateOrThrow(ctx.db, input.id)),
  saveTemplate: adminProcedure.input(saveTemplateInput).mutation(({ ctx, input }) => saveSurveyTemplate(ctx.db, ctx.actor, input)),
});
