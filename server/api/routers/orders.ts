import {
  addTrackingEvent,
  getMyInvoiceOrThrow,
  getMyOrderOrThrow,
  getOrderTracking,
  getOrderViewer,
  listMyInvoices,
  listMyOrders,
  listMyOrdersInTransit,
  recordAbandonedRequest,
  requestOnOrder,
} from "@/server/orders";
import { abandonRequestInput, addTrackingEventInput, getMyOrderInput, listInvoicesInput, listMyOrdersInput, orderRequestInput } from "@/server/orders/schemas";
import { agentProcedure, createTRPCRouter, customerProcedure } from "../trpc";

export const ordersRouter = createTRPCRouter({
  list: customerProcedure.input(listMyOrdersInput).query(({ ctx, input }) => listMyOrders(ctx.db, ctx.actor, input)),
  viewer: customerProcedure.query(({ ctx }) => getOrderViewer(ctx.db, ctx.actor)),
  inTransit: customerProcedure.query(({ ctx }) => listMyOrdersInTransit(ctx.db, ctx.actor)),
  get: customerProcedure.input(getMyOrderInput).query(({ ctx, input }) => getMyOrderOrThrow(ctx.db, ctx.actor, input.number)),
  tracking: customerProcedure.input(getMyOrderInput).query(({ ctx, input }) => getOrderTracking(ctx.db, ctx.actor, input.number)),
  createRequest: customerProcedure.input(orderRequestInput).mutation(async ({ ctx, input }) => requestOnOrder(ctx.db, await ctx.getQueue(), ctx.actor, input)),
  abandonRequest: customerProcedure.input(abandonRequestInput).mutation(({ ctx, input }) => recordAbandonedRequest(ctx.db, ctx.actor, input)),
  listInvoices: customerProcedure.input(listInvoicesInput).query(({ ctx, input }) => listMyInvoices(ctx.db, ctx.actor, input)),
  getInvoice: customerProcedure.input(getMyOrderInput).query(({ ctx, input }) => getMyInvoiceOrThrow(ctx.db, ctx.actor, input.number)),
  /** Staff only: stands in for the carrier feed (the e2e test and demos add events with it). */
  addTrackingEvent: agentProcedure.input(addTrackingEventInput).mutation(({ ctx, input }) => addTrackingEvent(ctx.db, ctx.actor, input)),
});
