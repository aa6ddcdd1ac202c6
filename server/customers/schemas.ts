import { z } from "zod";

export const searchCustomersInput = z.strictObject({
  query: z.string().trim().max(100, "errors.validation.tooLong").default(""),
  limit: z.number().int().min(1, "errors.validation.tooSmall").max(100, "errors.validation.tooLarge").default(25),
});
export type SearchCustomersInput = z.infer<typeof searchCustomersInput>;
