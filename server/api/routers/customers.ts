import { searchCustomers } from "@/server/customers";
import { searchCustomersInput } from "@/server/customers/schemas";
import { agentProcedure, createTRPCRouter } from "../trpc";

export const customersRouter = createTRPCRouter({
  search: agentProcedure.input(searchCustomersInput).query(({ ctx, input }) => searchCustomers(ctx.db, input)),
});
