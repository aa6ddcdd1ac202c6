import { sql } from "drizzle-orm";
import { jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./identity";

/** The built-in queue view a saved view narrows down. */
export const queueViewBase = pgEnum("queue_view_base", ["mine", "unassigned", "breaching", "all"]);
export const queueViewSort = pgEnum("queue_view_sort", ["sla", "priority", "newest", "oldest"]);

/** Filters of a queue view; each list is OR-ed inside, the lists are AND-ed together (server/cases/queue-schemas.ts). */
export type QueueViewFilters = {
  status?: string[];
  priority?: string[];
  channel?: string[];
  category?: string[];
  tier?: string[];
  language?: string[];
  assigneeId?: string[];
  queueId?: string[];
};

/** An agent's own named queue view, shown as a tab next to the built-in ones. */
export const savedViews = pgTable(
  "saved_views",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    base: queueViewBase().notNull(),
    filters: jsonb().$type<QueueViewFilters>().notNull().default(sql`'{}'::jsonb`),
    sort: queueViewSort().notNull().default("sla"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.ownerId, t.name)],
);
