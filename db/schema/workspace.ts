import { boolean, index, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { users } from "./identity";

/**
 * Who has a case open in the workspace right now (heartbeat every ~15 s): the collision notice
 * reads rows seen recently; stale rows are ignored, and replaced by the next heartbeat.
 */
export const caseViewers = pgTable(
  "case_viewers",
  {
    caseId: uuid().notNull().references(() => cases.id, { onDelete: "cascade" }),
    userId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
    isTyping: boolean().notNull().default(false),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index().on(t.userId)],
);
