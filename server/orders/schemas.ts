import { z } from "zod";

/** Keyset cursor: the last row of the previous page, so page N costs the same as page 1. */
// The lower bound keeps JS dates PostgreSQL cannot store (before 4713 BC) from reaching the query as a 500.
export const orderCursor = z.strictObject({ placedAt: z.coerce.date().min(new Date("1970-01-01T00:00:00Z"), "errors.validation.invalid"), id: z.uuid() });

export const listMyOrdersInput = z.strictObject({
  cursor: orderCursor.nullish(),
  limit: z.number().int().min(1, "errors.validation.tooSmall").max(100, "errors.validation.tooLarge").default(20),
});
export type ListMyOrdersInput = z.infer<typeof listMyOrdersInput>;

export const getMyOrderInput = z.strictObject({ number: z.string().trim().min(1, "errors.validation.required").max(40, "errors.validation.tooLong") });
