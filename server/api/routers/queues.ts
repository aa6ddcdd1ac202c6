import { caseChanges } from "@/server/cases/live-updates";
import { bulkUpdateInput, deleteViewInput, queueViewInput, saveViewInput } from "@/server/cases/queue-schemas";
import {
  bulkUpdate,
  countQueueViews,
  deleteView,
  findNextCase,
  getMyPresence,
  listMySavedViews,
  listQueueView,
  queueViewOptions,
  saveView,
} from "@/server/cases/queue-views";
import { agentProcedure, createTRPCRouter } from "../trpc";

export const queuesRouter = createTRPCRouter({
  view: agentProcedure.input(queueViewInput).query(({ ctx, input }) => listQueueView(ctx.db, ctx.actor, input)),
  counts: agentProcedure.query(({ ctx }) => countQueueViews(ctx.db, ctx.actor)),
  options: agentProcedure.query(({ ctx }) => queueViewOptions(ctx.db)),
  me: agentProcedure.query(({ ctx }) => getMyPresence(ctx.db, ctx.actor)),
  next: agentProcedure.query(({ ctx }) => findNextCase(ctx.db, ctx.actor)),
  savedViews: agentProcedure.query(({ ctx }) => listMySavedViews(ctx.db, ctx.actor)),
  saveView: agentProcedure.input(saveViewInput).mutation(({ ctx, input }) => saveView(ctx.db, ctx.actor, input)),
  deleteView: agentProcedure.input(deleteViewInput).mutation(({ ctx, input }) => deleteView(ctx.db, ctx.actor, input)),
  bulkUpdate: agentProcedure.input(bulkUpdateInput).mutation(async ({ ctx, input }) => bulkUpdate(ctx.db, await ctx.getQueue(), ctx.actor, input, ctx.locale)),
  // Server-sent events: one message per committed change to cases; the page debounces and refetches.
  onChange: agentProcedure.subscription(({ ctx, signal }) => caseChanges(ctx.db, signal)),
});
