import { getCustomerOrThrow, previewCustomerMerge, searchCustomers } from "@/server/customers";
import { getCustomerInput, mergePreviewInput, searchCustomersInput } from "@/server/customers/schemas";
import { agentProcedure, createTRPCRouter } from "../trpc";

export const customersRouter = createTRPCRouter({
  search: agentProcedure.input(searchCustomersInput).query(({ ctx, input }) => searchCustomers(ctx.db, input)),
  get: agentProcedure.input(getCustomerInput).query(({ ctx, input }) => getCustomerOrThrow(ctx.db, input)),
  mergePreview: agentProcedure.input(mergePreviewInput).query(({ ctx, input }) => previewCustomerMerge(ctx.db, input)),
});
