import { listMySessions, revokeMySession, setLocale, signOutEverywhere, signOutOtherSessions } from "@/server/accounts";
import { accountDeletionInput, localeInput, requestEmailChangeInput, revokeSessionInput, updateProfileInput } from "@/server/accounts/schemas";
import { exportMyData, requestAccountDeletion, requestEmailChange, updateMyProfile } from "@/server/accounts/self-care";
import { getMyProfileOrThrow } from "@/server/customers";
import { createTRPCRouter, customerProcedure, protectedProcedure, publicProcedure } from "../trpc";

export const accountRouter = createTRPCRouter({
  /** Who is signed in (null when nobody): drives the header on every page. */
  me: publicProcedure.query(({ ctx }) =>
    ctx.actor ? { name: ctx.actor.name, email: ctx.actor.email, role: ctx.actor.role, locale: ctx.actor.locale } : null,
  ),
  profile: customerProcedure.query(({ ctx }) => getMyProfileOrThrow(ctx.db, ctx.actor)),
  updateProfile: customerProcedure.input(updateProfileInput).mutation(({ ctx, input }) => updateMyProfile(ctx.db, ctx.actor, input)),
  requestEmailChange: customerProcedure.input(requestEmailChangeInput).mutation(async ({ ctx, input }) => requestEmailChange(ctx.db, await ctx.getQueue(), ctx.actor, input)),
  setLocale: protectedProcedure.input(localeInput).mutation(({ ctx, input }) => setLocale(ctx.db, ctx.actor, input)),
  sessions: protectedProcedure.query(({ ctx }) => listMySessions(ctx.db, ctx.actor)),
  signOutOtherSessions: protectedProcedure.mutation(({ ctx }) => signOutOtherSessions(ctx.db, ctx.actor)),
  revokeSession: protectedProcedure.input(revokeSessionInput).mutation(({ ctx, input }) => revokeMySession(ctx.db, ctx.actor, input.sessionId)),
  signOutEverywhere: protectedProcedure.mutation(({ ctx }) => signOutEverywhere(ctx.db, ctx.actor)),
  exportData: customerProcedure.query(({ ctx }) => exportMyData(ctx.db, ctx.actor)),
  requestDeletion: customerProcedure.input(accountDeletionInput).mutation(async ({ ctx, input }) => requestAccountDeletion(ctx.db, await ctx.getQueue(), ctx.actor, input)),
});
