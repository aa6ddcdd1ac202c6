import { mergeCases } from "@/server/cases/merge-cases";
import { findKbLinks, getTimeline, getWorkspaceOptions, heartbeat, leaveCase, linkCase, sendFromWorkspace, splitCase } from "@/server/cases/workspace";
import { caseRefInput, heartbeatInput, kbLinksInput, linkInput, mergeCasesInput, sendInput, splitInput } from "@/server/cases/workspace-schemas";
import { agentProcedure, createTRPCRouter } from "../trpc";

/** The case workspace (/agent/cases/[number]); the case itself is read by cases.agentGet. */
export const workspaceRouter = createTRPCRouter({
  timeline: agentProcedure.input(caseRefInput).query(({ ctx, input }) => getTimeline(ctx.db, ctx.actor, input)),
  options: agentProcedure.query(({ ctx }) => getWorkspaceOptions(ctx.db)),
  kbLinks: agentProcedure.input(kbLinksInput).query(({ ctx, input }) => findKbLinks(ctx.db, ctx.actor, input)),
  send: agentProcedure.input(sendInput).mutation(async ({ ctx, input }) => sendFromWorkspace(ctx.db, await ctx.getQueue(), ctx.actor, input)),
  heartbeat: agentProcedure.input(heartbeatInput).mutation(({ ctx, input }) => heartbeat(ctx.db, ctx.actor, input)),
  leave: agentProcedure.input(caseRefInput).mutation(({ ctx, input }) => leaveCase(ctx.db, ctx.actor, input)),
  merge: agentProcedure.input(mergeCasesInput).mutation(async ({ ctx, input }) => mergeCases(ctx.db, await ctx.getQueue(), ctx.actor, input)),
  split: agentProcedure.input(splitInput).mutation(async ({ ctx, input }) => splitCase(ctx.db, await ctx.getQueue(), ctx.actor, input)),
  link: agentProcedure.input(linkInput).mutation(({ ctx, input }) => linkCase(ctx.db, ctx.actor, input)),
});
