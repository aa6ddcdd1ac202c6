import { IANAZone, DateTime } from "luxon";
import { z } from "zod";

const id = z.uuid("errors.validation.invalid");
const name = z.string().trim().min(1, "errors.validation.required").max(120, "errors.validation.tooLong");
const key = z
  .string()
  .trim()
  .min(1, "errors.validation.required")
  .max(40, "errors.validation.tooLong")
  .regex(/^[a-z0-9][a-z0-9-]*$/, "errors.settings.keyFormat");
const level = z.enum(["low", "medium", "high"], "errors.validation.invalid");
const priority = z.enum(["low", "normal", "high", "urgent"], "errors.validation.invalid");
const tier = z.enum(["none", "standard", "premium", "enterprise"], "errors.validation.invalid");
// The case_channel enum (db/schema/cases.ts), spelled out so client forms need not import the schema.
export const caseChannels = ["portal", "email", "sms", "chat", "social", "phone", "forum", "order", "generic"] as const;
const locale = z.enum(["en", "fr", "it"], "errors.validation.invalid");

export const ruleFields = ["channel", "category", "locale", "tier", "isVip", "complexity", "severity", "effort", "organizationId", "priority"] as const;
// Fields with an ordered scale accept "atLeast" (server/routing/conditions.ts).
export const scaledFields = ["complexity", "severity", "effort", "priority", "tier"] as const;

export const ruleCondition = z
  .strictObject({
    field: z.enum(ruleFields, "errors.validation.invalid"),
    op: z.enum(["in", "notIn", "atLeast"], "errors.validation.invalid"),
    values: z
      .array(z.string().trim().min(1, "errors.validation.required").max(80, "errors.validation.tooLong"))
      .min(1, "errors.settings.conditionValues")
      .max(20, "errors.validation.tooLarge"),
  })
  .refine((c) => c.op !== "atLeast" || ((scaledFields as readonly string[]).includes(c.field) && c.values.length === 1), {
    message: "errors.settings.atLeastScale",
    path: ["op"],
  });
export type RuleConditionInput = z.infer<typeof ruleCondition>;
const conditions = z.array(ruleCondition).max(10, "errors.validation.tooLarge");

export const routingRuleData = z.strictObject({
  name,
  isActive: z.boolean().default(true),
  conditions,
  queueId: id,
  priority: priority.nullable().default(null),
  requiredSkill: key.nullable().default(null),
  minProficiency: z.number().int("errors.validation.invalid").min(1, "errors.validation.tooSmall").max(5, "errors.validation.tooLarge").default(1),
});
export const createRoutingRuleInput = routingRuleData;
export type CreateRoutingRuleInput = z.infer<typeof createRoutingRuleInput>;
export const updateRoutingRuleInput = z.strictObject({ id, data: routingRuleData });
export type UpdateRoutingRuleInput = z.infer<typeof updateRoutingRuleInput>;
export const byIdInput = z.strictObject({ id });
export type ByIdInput = z.infer<typeof byIdInput>;
/** Moves a rule one place up or down in the evaluation order. */
export const moveRuleInput = z.strictObject({ id, direction: z.enum(["up", "down"], "errors.validation.invalid") });
export type MoveRuleInput = z.infer<typeof moveRuleInput>;

/** The facts of an imaginary case for "test a case against the rules". */
export const testRoutingInput = z.strictObject({
  channel: z.enum(caseChannels, "errors.validation.invalid"),
  category: z.string().trim().min(1, "errors.validation.required").max(60, "errors.validation.tooLong"),
  locale,
  tier,
  isVip: z.boolean(),
  complexity: level,
  severity: level,
  effort: level,
  priority: priority.default("normal"),
  organizationId: id.nullable().default(null),
});
export type TestRoutingInput = z.infer<typeof testRoutingInput>;

export const rotateChannelSecretInput = z.strictObject({ channel: z.enum(["email", "sms", "social", "generic"], "errors.validation.invalid") });
export type RotateChannelSecretInput = z.infer<typeof rotateChannelSecretInput>;

export const listAuditInput = z.strictObject({
  entityType: z.string().trim().max(40, "errors.validation.tooLong").optional(),
  limit: z.number().int().min(1, "errors.validation.tooSmall").max(200, "errors.validation.tooLarge").default(50),
});
export type ListAuditInput = z.infer<typeof listAuditInput>;

const userId = id;
export const queueData = z.strictObject({
  key,
  name,
  strategy: z.enum(["least_load", "round_robin"], "errors.validation.invalid"),
  fallbackQueueId: id.nullable().default(null),
  isDefault: z.boolean().default(false),
  leadUserId: userId.nullable().default(null),
  memberIds: z.array(userId).max(500, "errors.validation.tooLarge").default([]),
});
export const createQueueInput = queueData;
export type QueueData = z.infer<typeof queueData>;
export const updateQueueInput = z.strictObject({ id, data: queueData });
export type UpdateQueueInput = z.infer<typeof updateQueueInput>;

export const skillData = z.strictObject({ key, name });
export const createSkillInput = skillData;
export type SkillData = z.infer<typeof skillData>;
export const updateSkillInput = z.strictObject({ id, data: skillData });
export type UpdateSkillInput = z.infer<typeof updateSkillInput>;

export const updateAgentInput = z.strictObject({
  userId,
  data: z.strictObject({
    displayName: name,
    languages: z.array(locale).max(3, "errors.validation.tooLarge"),
    capacity: z.number().int("errors.validation.invalid").min(1, "errors.validation.tooSmall").max(100, "errors.validation.tooLarge"),
    isQueueLead: z.boolean(),
    skills: z
      .array(
        z.strictObject({
          skillId: id,
          proficiency: z.number().int("errors.validation.invalid").min(1, "errors.validation.tooSmall").max(5, "errors.validation.tooLarge"),
        }),
      )
      .max(50, "errors.validation.tooLarge"),
  }),
});
export type UpdateAgentInput = z.infer<typeof updateAgentInput>;

const minutes = z.number("errors.validation.invalid").int("errors.validation.invalid").min(1, "errors.validation.tooSmall").max(525_600, "errors.validation.tooLarge");
const slaTarget = z
  .strictObject({ firstResponse: minutes, nextResponse: minutes, resolution: minutes })
  .refine((t) => t.firstResponse <= t.resolution, { message: "errors.settings.targetOrder", path: ["firstResponse"] });
export const slaPriorities = ["low", "normal", "high", "urgent"] as const;
export const slaMetrics = ["firstResponse", "nextResponse", "resolution"] as const;

export const slaPolicyData = z.strictObject({
  name,
  isActive: z.boolean().default(true),
  match: z.enum(["all", "any"], "errors.validation.invalid").default("all"),
  conditions,
  calendarId: id,
  targets: z.strictObject({ low: slaTarget, normal: slaTarget, high: slaTarget, urgent: slaTarget }),
  warnAtPercent: z.number("errors.validation.invalid").int("errors.validation.invalid").min(1, "errors.validation.tooSmall").max(99, "errors.validation.tooLarge").default(75),
});
export type SlaPolicyData = z.infer<typeof slaPolicyData>;
export const createSlaPolicyInput = slaPolicyData;
export const updateSlaPolicyInput = z.strictObject({ id, data: slaPolicyData });
export type UpdateSlaPolicyInput = z.infer<typeof updateSlaPolicyInput>;

// "HH:MM" on a 24-hour clock; an interval may end at "24:00" (midnight closing, see server/sla/calendar.ts).
const clock = /^([01]\d|2[0-3]):[0-5]\d$/;
const interval = z
  .strictObject({
    start: z.string().regex(clock, "errors.settings.timeFormat"),
    end: z.string().refine((v) => clock.test(v) || v === "24:00", "errors.settings.timeFormat"),
  })
  // "HH:MM" strings order like the times they name, "24:00" last; malformed times are reported above instead.
  .refine((i) => !clock.test(i.start) || i.start < i.end, { message: "errors.settings.intervalOrder", path: ["end"] });
const dayHours = z
  .array(interval)
  .max(6, "errors.validation.tooLarge")
  .superRefine((intervals, ctx) => {
    const sorted = intervals.map((i, index) => ({ ...i, index })).sort((a, b) => a.start.localeCompare(b.start));
    for (let k = 1; k < sorted.length; k++) {
      if (sorted[k]!.start < sorted[k - 1]!.end) ctx.addIssue({ code: "custom", message: "errors.settings.intervalOverlap", path: [sorted[k]!.index, "start"] });
    }
  });
export const weekdays = ["1", "2", "3", "4", "5", "6", "7"] as const;
const holiday = z.string().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && DateTime.fromISO(v).isValid, "errors.settings.holidayDate");

export const calendarData = z.strictObject({
  name,
  timeZone: z.string().trim().refine((v) => IANAZone.isValidZone(v), "errors.settings.timeZone"),
  weeklyHours: z.strictObject(Object.fromEntries(weekdays.map((d) => [d, dayHours.optional()])) as Record<(typeof weekdays)[number], z.ZodOptional<typeof dayHours>>),
  holidays: z
    .array(holiday)
    .max(200, "errors.validation.tooLarge")
    .refine((days) => new Set(days).size === days.length, "errors.settings.holidayTwice")
    .default([]),
});
export type CalendarData = z.infer<typeof calendarData>;
export const createCalendarInput = calendarData;
export const updateCalendarInput = z.strictObject({ id, data: calendarData });
export type UpdateCalendarInput = z.infer<typeof updateCalendarInput>;
