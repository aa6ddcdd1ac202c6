import { listUsers, setUserDisabled, setUserRole } from "@/server/accounts";
import { listUsersInput, setUserDisabledInput, setUserRoleInput } from "@/server/accounts/schemas";
import { adminProcedure, createTRPCRouter } from "../trpc";

export const usersRouter = createTRPCRouter({
  list: adminProcedure.input(listUsersInput).query(({ ctx, input }) => listUsers(ctx.db, input)),
  setRole: adminProcedure.input(setUserRoleInput).mutation(({ ctx, input }) => setUserRole(ctx.db, ctx.actor, input)),
  setDisabled: adminProcedure.input(setUserDisabledInput).mutation(({ ctx, input }) => setUserDisabled(ctx.db, ctx.actor, input)),
});
