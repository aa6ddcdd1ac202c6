import {
  closeAsCustomer,
  createCaseAsCustomer,
  getCaseForAgentOrThrow,
  getCaseOfCustomerOrThrow,
  listCasesOfCustomer,
  mergeCustomers,
  reopenAsCustomer,
  replyAsCustomer,
  setMyPresence,
} from "@/server/cases";
import { changePriority, changeStatus, assignTo, moveToQueue } from "@/server/cases/actions";
import { agentGetInput, assignInput, closeInput, correctScoresInput, getMyCaseInput, listMyCasesInput, mergeCustomersInput, portalCaseInput, moveToQueueInput, replyInput, setPresenceInput, setPriorityInput, setStatusInput } from "@/server/cases/schemas";
import { correctScores, getMatrix, listCategories, updateMatrix } from "@/server/scoring";
import { updateMatrixInput } from "@/server/scoring/schemas";
import { adminProcedure, agentProcedure, createTRPCRouter, customerProcedure, protectedProcedure } from "../trpc";

export const casesRouter = createTRPCRouter({
  categories: protectedProcedure.query(({ ctx }) => listCategories(ctx.db)),
  list: customerProcedure.input(listMyCasesInput).query(({ ctx, input }) => listCasesOfCustomer(ctx.db, ctx.actor, input)),
  get: customerProcedure.input(getMyCaseInput).query(({ ctx, input }) => getCaseOfCustomerOrThrow(ctx.db, ctx.actor, input.number)),
  create: customerProcedure.input(portalCaseInput).mutation(async ({ ctx, input }) => createCaseAsCustomer(ctx.db, await ctx.getQueue(), ctx.actor, input)),
  reply: customerProcedure.input(replyInput).mutation(async ({ ctx, input }) => replyAsCustomer(ctx.db, await ctx.getQueue(), ctx.actor, input)),
  close: customerProcedure.input(closeInput).mutation(async ({ ctx, input }) => closeAsCustomer(ctx.db, await ctx.getQueue(), ctx.actor, input)),
  reopen: customerProcedure.input(closeInput).mutation(async ({ ctx, input }) => reopenAsCustomer(ctx.db, await ctx.getQueue(), ctx.actor, input)),

  agentGet: agentProcedure.input(agentGetInput).query(({ ctx, input }) => getCaseForAgentOrThrow(ctx.db, ctx.actor, input.number)),
  correctScores: agentProcedure.input(correctScoresInput).mutation(({ ctx, input }) => correctScores(ctx.db, ctx.actor, input)),
  mergeCustomers: agentProcedure.input(mergeCustomersInput).mutation(({ ctx, input }) => mergeCustomers(ctx.db, ctx.actor, input)),
  setStatus: agentProcedure.input(setStatusInput).mutation(async ({ ctx, input }) => changeStatus(ctx.db, await ctx.getQueue(), ctx.actor, input)),
  setPriority: agentProcedure.input(setPriorityInput).mutation(({ ctx, input }) => changePriority(ctx.db, ctx.actor, input)),
  assign: agentProcedure.input(assignInput).mutation(({ ctx, input }) => assignTo(ctx.db, ctx.actor, input)),
  moveToQueue: agentProcedure.input(moveToQueueInput).mutation(({ ctx, input }) => moveToQueue(ctx.db, ctx.actor, input)),
  setPresence: agentProcedure.input(setPresenceInput).mutation(({ ctx, input }) => setMyPresence(ctx.db, ctx.actor, input)),
  matrix: agentProcedure.query(({ ctx }) => getMatrix(ctx.db)),
  updateMatrix: adminProcedure.input(updateMatrixInput).mutation(({ ctx, input }) => updateMatrix(ctx.db, ctx.actor, input.cells)),
});
