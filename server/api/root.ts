import { accountRouter } from "./routers/account";
import { customersRouter } from "./routers/customers";
import { ordersRouter } from "./routers/orders";
import { systemRouter } from "./routers/system";
import { usersRouter } from "./routers/users";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  customers: customersRouter,
  orders: ordersRouter,
  system: systemRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
