import { z } from "zod";

export const caseChannels = ["portal", "email", "sms", "chat", "social", "phone", "forum", "order", "generic"] as const;
export type CaseChannel = (typeof caseChannels)[number];
export const caseCategoryKeys = ["delivery", "returns", "refund", "cancellation", "warranty", "technical", "billing", "account", "other"] as const;
export const caseStatuses = ["new", "open", "pending_customer", "on_hold", "resolved", "closed"] as const;
export type CaseStatus = (typeof caseStatuses)[number];

const locales = ["en", "fr", "it"] as const;

// Rejects CR/LF in one-line fields: a subject ends up in email headers.
const oneLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "errors.validation.required")
    .max(max, "errors.validation.tooLong")
    .refine((s) => !/[\r\n]/.test(s), "errors.validation.invalid");

const body = z.string().trim().min(1, "errors.validation.required").max(20_000, "errors.validation.tooLong");

/** What every channel hands to createCase (portal form, webhooks, forum escalations, order requests). */
export const createCaseInput = z.strictObject({
  customerId: z.uuid(),
  channel: z.enum(caseChannels),
  category: z.string().trim().min(1, "errors.validation.required").max(40, "errors.validation.tooLong"),
  subject: oneLine(200),
  description: body,
  orderId: z.uuid().nullish(),
  locale: z.enum(locales).optional(),
  // Makes intake idempotent for callers with their own id (a return request, a forum thread).
  externalReference: z.strictObject({ kind: z.string().min(1).max(40), id: z.string().min(1).max(200) }).nullish(),
});
export type CreateCaseInput = z.infer<typeof createCaseInput>;

export const caseNumber = z
  .string()
  .trim()
  .regex(/^C-\d{1,12}$/, "errors.validation.invalid");

export const listMyCasesInput = z.strictObject({
  status: z.enum(["open", "closed", "all"]).default("all"),
  cursor: z.strictObject({ createdAt: z.coerce.date().min(new Date("1970-01-01T00:00:00Z"), "errors.validation.invalid"), id: z.uuid() }).nullish(),
  limit: z.number().int().min(1, "errors.validation.tooSmall").max(100, "errors.validation.tooLarge").default(20),
});
export type ListMyCasesInput = z.infer<typeof listMyCasesInput>;

export const getMyCaseInput = z.strictObject({ number: caseNumber });

/** The portal form without files (the form posts files to a Server Action that validates them separately). */
export const portalCaseInput = z.strictObject({
  category: z.enum(caseCategoryKeys, "errors.validation.required"),
  subject: oneLine(200),
  description: body,
  orderNumber: z.string().trim().max(40, "errors.validation.tooLong").optional(),
});
export type PortalCaseInput = z.infer<typeof portalCaseInput>;

export const replyInput = z.strictObject({ number: caseNumber, body });
export const closeInput = z.strictObject({ number: caseNumber });

export const agentGetInput = z.strictObject({ number: caseNumber });

export const correctScoresInput = z.strictObject({
  number: caseNumber,
  complexity: z.enum(["low", "medium", "high"]),
  severity: z.enum(["low", "medium", "high"]),
  effort: z.enum(["low", "medium", "high"]),
  note: z.string().trim().max(500, "errors.validation.tooLong").optional(),
});

export const mergeCustomersInput = z.strictObject({ fromId: z.uuid("errors.validation.invalid"), intoId: z.uuid("errors.validation.invalid") });
export type MergeCustomersInput = z.infer<typeof mergeCustomersInput>;

export const agentPresences = ["available", "busy", "away", "offline"] as const;
export const setPresenceInput = z.strictObject({ presence: z.enum(agentPresences) });

export const agentStatuses = ["open", "pending_customer", "on_hold", "resolved", "closed"] as const;
export const setStatusInput = z.strictObject({ number: caseNumber, status: z.enum(agentStatuses) });
export const setPriorityInput = z.strictObject({ number: caseNumber, priority: z.enum(["low", "normal", "high", "urgent"]) });
export const assignInput = z.strictObject({ number: caseNumber, assigneeId: z.uuid("errors.validation.invalid").nullable() });
export const moveToQueueInput = z.strictObject({ number: caseNumber, queueId: z.uuid("errors.validation.invalid"), reason: z.string().trim().max(500, "errors.validation.tooLong").optional() });
