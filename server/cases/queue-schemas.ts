import { z } from "zod";
import { caseCategoryKeys, caseChannels, caseNumber } from "./schemas";

export const queueViews = ["mine", "unassigned", "breaching", "all"] as const;
export type QueueView = (typeof queueViews)[number];
export const queueSorts = ["sla", "priority", "newest", "oldest"] as const;
export type QueueSort = (typeof queueSorts)[number];
/** Queue views list only cases still being worked on. */
export const openStatuses = ["new", "open", "pending_customer", "on_hold"] as const;
export const priorities = ["low", "normal", "high", "urgent"] as const;
export const tiers = ["none", "standard", "premium", "enterprise"] as const;
export const languages = ["en", "fr", "it"] as const;
export const QUEUE_PAGE_SIZE = 50;
export const BULK_LIMIT = 100;

const list = <T extends z.ZodType>(item: T) => z.array(item).max(50, "errors.validation.tooLong").optional();
const uuid = z.uuid("errors.validation.invalid");

export const queueFilters = z.strictObject({
  status: list(z.enum(openStatuses)),
  priority: list(z.enum(priorities)),
  channel: list(z.enum(caseChannels)),
  category: list(z.enum(caseCategoryKeys)),
  tier: list(z.enum(tiers)),
  language: list(z.enum(languages)),
  // "none" stands for unassigned.
  assigneeId: list(z.union([uuid, z.literal("none")])),
  queueId: list(uuid),
});
export type QueueFilters = z.infer<typeof queueFilters>;

export const queueViewInput = z.strictObject({
  view: z.enum(queueViews),
  filters: queueFilters.default({}),
  sort: z.enum(queueSorts).default("sla"),
  // Opaque keyset cursor from the previous page's nextCursor.
  cursor: z.string().max(300, "errors.validation.tooLong").nullish(),
  // Sent by TanStack's infinite queries; pages only go forward.
  direction: z.enum(["forward", "backward"]).optional(),
});
export type QueueViewInput = z.input<typeof queueViewInput>;

const viewName = z
  .string()
  .trim()
  .min(1, "errors.validation.required")
  .max(60, "errors.validation.tooLong")
  .refine((s) => !/[\r\n]/.test(s), "errors.validation.invalid");

// With an id: renames (and re-filters) that view of the caller's; without: creates one.
export const saveViewInput = z.strictObject({ id: uuid.optional(), name: viewName, base: z.enum(queueViews), filters: queueFilters, sort: z.enum(queueSorts) });
export type SaveViewInput = z.infer<typeof saveViewInput>;
export const deleteViewInput = z.strictObject({ id: uuid });

export const bulkUpdateInput = z.strictObject({
  numbers: z.array(caseNumber).min(1, "errors.validation.required").max(BULK_LIMIT, "errors.queues.tooManyCases"),
  action: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("assign"), assigneeId: uuid.nullable() }),
    z.strictObject({ kind: z.literal("assignToMe") }),
    z.strictObject({ kind: z.literal("status"), status: z.enum(["open", "pending_customer", "on_hold", "resolved", "closed"]) }),
    z.strictObject({ kind: z.literal("priority"), priority: z.enum(priorities) }),
    // Into the oldest selected case; every case must belong to the same customer.
    z.strictObject({ kind: z.literal("merge") }),
  ]),
});
export type BulkUpdateInput = z.infer<typeof bulkUpdateInput>;
