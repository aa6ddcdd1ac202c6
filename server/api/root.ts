import { accountRouter } from "./routers/account";
import { customersRouter } from "./routers/customers";
import { casesRouter } from "./routers/cases";
import { ordersRouter } from "./routers/orders";
import { systemRouter } from "./routers/system";
import { usersRouter } from "./routers/users";
import { kbRouter } from "./routers/kb";
import { forumRouter } from "./routers/forum";
import { workspaceRouter } from "./routers/workspace";
import { macrosRouter } from "./routers/macros";
import { settingsRouter } from "./routers/settings";
import { queuesRouter } from "./routers/queues";
import { surveysRouter } from "./routers/surveys";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  queues: queuesRouter,
  account: accountRouter,
  customers: customersRouter,
  cases: casesRouter,
  orders: ordersRouter,
  system: systemRouter,
  users: usersRouter,
  kb: kbRouter,
  forum: forumRouter,
  workspace: workspaceRouter,
  macros: macrosRouter,
  settings: settingsRouter,
  surveys: surveysRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
