import { createMacro, deleteMacro, listAllMacros, listMacros, renderMacro, updateMacro } from "@/server/macros";
import { createMacroInput, deleteMacroInput, listMacrosInput, renderMacroInput, updateMacroInput } from "@/server/macros/schemas";
import { adminProcedure, agentProcedure, createTRPCRouter } from "../trpc";

export const macrosRouter = createTRPCRouter({
  list: agentProcedure.input(listMacrosInput).query(({ ctx, input }) => listMacros(ctx.db, ctx.actor, input)),
  render: agentProcedure.input(renderMacroInput).query(({ ctx, input }) => renderMacro(ctx.db, ctx.actor, input)),
  listAll: adminProcedure.query(({ ctx }) => listAllMacros(ctx.db)),
  create: adminProcedure.input(createMacroInput).mutation(({ ctx, input }) => createMacro(ctx.db, ctx.actor, input)),
  update: adminProcedure.input(updateMacroInput).mutation(({ ctx, input }) => updateMacro(ctx.db, ctx.actor, input)),
  delete: adminProcedure.input(deleteMacroInput).mutation(({ ctx, input }) => deleteMacro(ctx.db, ctx.actor, input)),
});
