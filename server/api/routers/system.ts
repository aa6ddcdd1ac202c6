import { pingDatabase } from "@/server/system";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const systemRouter = createTRPCRouter({
  health: publicProcedure.query(({ ctx }) => pingDatabase(ctx.db)),
});
