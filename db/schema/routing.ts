import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { users } from "./identity";

export const scoreLevel = pgEnum("score_level", ["low", "medium", "high"]);
export const casePriority = pgEnum("case_priority", ["low", "normal", "high", "urgent"]);
export const assignmentStrategy = pgEnum("assignment_strategy", ["least_load", "round_robin"]);
export const conditionMatch = pgEnum("condition_match", ["all", "any"]);
/** Where the scoring matrix sends a combination of scores. */
export const serviceChannel = pgEnum("service_channel", ["self_service", "bot", "forum", "chat", "email", "phone_callback", "on_site"]);

/**
 * One typed condition of a routing rule or SLA policy. `field` names a fact of the case
 * (server/routing/conditions.ts lists them); `values` is what the fact is compared with.
 */
export type RuleCondition = {
  field: "channel" | "category" | "locale" | "tier" | "isVip" | "complexity" | "severity" | "effort" | "organizationId" | "priority";
  op: "in" | "notIn" | "atLeast";
  values: string[];
};

/** Minutes of business time per metric. */
export type SlaTarget = { firstResponse: number; nextResponse: number; resolution: number };
export type SlaTargets = Record<"low" | "normal" | "high" | "urgent", SlaTarget>;

/** Opening hours per ISO weekday (1 = Monday … 7 = Sunday), "HH:mm" in the calendar's time zone. */
export type WeeklyHours = Partial<Record<"1" | "2" | "3" | "4" | "5" | "6" | "7", { start: string; end: string }[]>>;

export const businessCalendars = pgTable("business_calendars", {
  id: uuid().primaryKey().defaultRandom(),
  key: text().notNull().unique(),
  name: text().notNull(),
  // IANA zone: business hours and holidays are read in it, so DST moves them with the wall clock.
  timeZone: text().notNull(),
  weeklyHours: jsonb().$type<WeeklyHours>().notNull(),
  // "YYYY-MM-DD" dates, closed all day.
  holidays: jsonb().$type<string[]>().notNull().default([]),
});

export const queues = pgTable(
  "queues",
  {
    id: uuid().primaryKey().defaultRandom(),
    key: text().notNull().unique(),
    name: text().notNull(),
    strategy: assignmentStrategy().notNull().default("least_load"),
    // Where cases go when no member of this queue can take them.
    fallbackQueueId: uuid().references((): AnyPgColumn => queues.id, { onDelete: "set null" }),
    // The queue every case lands in when no routing rule matches (exactly one is expected).
    isDefault: boolean().notNull().default(false),
    leadUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    // Round robin resumes after this agent.
    lastAssignedUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.fallbackQueueId), index().on(t.leadUserId), index().on(t.lastAssignedUserId)],
);

export const queueMembers = pgTable(
  "queue_members",
  {
    queueId: uuid().notNull().references(() => queues.id, { onDelete: "cascade" }),
    userId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.queueId, t.userId] }), index().on(t.userId)],
);

export const routingRules = pgTable(
  "routing_rules",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    // Evaluated in ascending order; the first rule whose conditions all hold wins.
    position: integer().notNull(),
    isActive: boolean().notNull().default(true),
    conditions: jsonb().$type<RuleCondition[]>().notNull(),
    queueId: uuid().notNull().references(() => queues.id, { onDelete: "cascade" }),
    // Null keeps the priority computed from the scores.
    priority: casePriority(),
    requiredSkill: text(),
    minProficiency: smallint().notNull().default(1),
  },
  (t) => [index().on(t.position), index().on(t.queueId)],
);

export const slaPolicies = pgTable(
  "sla_policies",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    position: integer().notNull(),
    isActive: boolean().notNull().default(true),
    match: conditionMatch().notNull().default("all"),
    conditions: jsonb().$type<RuleCondition[]>().notNull(),
    calendarId: uuid().notNull().references(() => businessCalendars.id),
    targets: jsonb().$type<SlaTargets>().notNull(),
    // A warning event fires when this share of the target (business time) has elapsed.
    warnAtPercent: smallint().notNull().default(75),
  },
  (t) => [index().on(t.position), index().on(t.calendarId)],
);

/** The 27 cells: each combination of scores → the channels to propose, best first. */
export const scoringMatrix = pgTable(
  "scoring_matrix",
  {
    complexity: scoreLevel().notNull(),
    severity: scoreLevel().notNull(),
    effort: scoreLevel().notNull(),
    primaryChannel: serviceChannel().notNull(),
    secondaryChannel: serviceChannel().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.complexity, t.severity, t.effort] }), index().on(t.updatedBy)],
);
