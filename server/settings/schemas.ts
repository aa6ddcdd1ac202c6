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
