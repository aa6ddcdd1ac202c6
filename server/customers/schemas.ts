import { z } from "zod";

export const searchCustomersInput = z.strictObject({
  query: z.string().trim().max(100, "errors.validation.tooLong").default(""),
  limit: z.number().int().min(1, "errors.validation.tooSmall").max(100, "errors.validation.tooLarge").default(25),
});
export type SearchCustomersInput = z.infer<typeof searchCustomersInput>;

export const getCustomerInput = z.strictObject({
  id: z.uuid("errors.validation.invalid"),
  page: z.number().int("errors.validation.invalid").min(1, "errors.validation.tooSmall").max(1000, "errors.validation.tooLarge").default(1),
});
export type GetCustomerInput = z.infer<typeof getCustomerInput>;

export const mergePreviewInput = z.strictObject({ fromId: z.uuid("errors.validation.invalid"), intoId: z.uuid("errors.validation.invalid") });
export type MergePreviewInput = z.infer<typeof mergePreviewInput>;
