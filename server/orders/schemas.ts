import { z } from "zod";

/** Keyset cursor: the last row of the previous page, so page N costs the same as page 1. */
export const orderCursor = z.object({ placedAt: z.coerce.date(), id: z.uuid() });

export const listMyOrdersInput = z.object({
  cursor: orderCursor.nullish(),
  limit: z.number().int().min(1, "errors.validation.tooSmall").max(100, "errors.validation.tooLarge").default(20),
});
export type ListMyOrdersInput = z.infer<typeof listMyOrdersInput>;

export const getMyOrderInput = z.object({ number: z.string().trim().min(1, "errors.validation.required").max(40, "errors.validation.tooLong") });
