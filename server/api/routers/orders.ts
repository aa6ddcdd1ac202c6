import { getMyOrderOrThrow, listMyOrders } from "@/server/orders";
import { getMyOrderInput, listMyOrdersInput } from "@/server/orders/schemas";
import { createTRPCRouter, customerProcedure } from "../trpc";

export const ordersRouter = createTRPCRouter({
  list: customerProcedure.input(listMyOrdersInput).query(({ ctx, input }) => listMyOrders(ctx.db, ctx.actor, input)),
  get: customerProcedure.input(getMyOrderInput).query(({ ctx, input }) => getMyOrderOrThrow(ctx.db, ctx.actor, input.number)),
});
