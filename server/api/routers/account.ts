import { setLocale, signOutEverywhere } from "@/server/accounts";
import { localeInput } from "@/server/accounts/schemas";
import { getMyProfileOrThrow } from "@/server/customers";
import { createTRPCRouter, customerProcedure, protectedProcedure, publicProcedure } from "../trpc";

export const accountRouter = createTRPCRouter({
  /** Who is signed in (null when nobody): drives the header on every page. */
  me: publicProcedure.query(({ ctx }) =>
    ctx.actor ? { name: ctx.actor.name, email: ctx.actor.email, role: ctx.actor.role, locale: ctx.actor.locale } : null,
  ),
  profile: customerProcedure.query(({ ctx }) => getMyProfileOrThrow(ctx.db, ctx.actor)),
  setLocale: protectedProcedure.input(localeInput).mutation(({ ctx, input }) => setLocale(ctx.db, ctx.actor, input)),
  signOutEverywhere: protectedProcedure.mutation(({ ctx }) => signOutEverywhere(ctx.db, ctx.actor)),
});
