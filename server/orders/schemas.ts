import { z } from "zod";
import { orderStatus, shipmentStatus } from "@/db/schema";

/** The statuses a customer can filter the orders list by. */
export const orderStatuses = orderStatus.enumValues;
import { allRequestReasons, DETAILS_MAX_LENGTH, requestKinds } from "./rules";

/** Keyset cursor: the last row of the previous page, so page N costs the same as page 1. */
// The lower bound keeps JS dates PostgreSQL cannot store (before 4713 BC) from reaching the query as a 500.
// z.guid(): any well-formed UUID; rows imported or generated in bulk (md5()::uuid) are not RFC 9562 variants.
export const orderCursor = z.strictObject({ placedAt: z.coerce.date().min(new Date("1970-01-01T00:00:00Z"), "errors.validation.invalid"), id: z.guid() });
export type OrderCursor = z.infer<typeof orderCursor>;

export const orderNumber = z.string().trim().min(1, "errors.validation.required").max(40, "errors.validation.tooLong");

export const listMyOrdersInput = z.strictObject({
  cursor: orderCursor.nullish(),
  /** "older" pages from the cursor on (the default), "newer" pages back towards the newest. */
  direction: z.enum(["older", "newer"]).default("older"),
  limit: z.number().int().min(1, "errors.validation.tooSmall").max(100, "errors.validation.tooLarge").default(20),
  /** An order number or part of a product name. */
  query: z.string().trim().max(60, "errors.validation.tooLong").optional(),
  status: z.enum(orderStatus.enumValues).optional(),
  /** "organization": an organization administrator's view of every member's orders (others get their own). */
  scope: z.enum(["mine", "organization"]).default("mine"),
});
export type ListMyOrdersInput = z.infer<typeof listMyOrdersInput>;

export const getMyOrderInput = z.strictObject({ number: orderNumber });

export const orderRequestInput = z.strictObject({
  number: orderNumber,
  kind: z.enum(requestKinds),
  reason: z.enum(allRequestReasons, "errors.validation.invalid"),
  details: z.string().trim().max(DETAILS_MAX_LENGTH, "errors.validation.tooLong").default(""),
});
export type OrderRequestInput = z.infer<typeof orderRequestInput>;

export const abandonRequestInput = z.strictObject({
  number: orderNumber,
  kind: z.enum(requestKinds),
  /** How far the form got: opened only, or a reason picked. */
  step: z.enum(["opened", "reason_chosen", "details_written"]),
});

export const addTrackingEventInput = z.strictObject({
  number: orderNumber,
  status: z.enum(shipmentStatus.enumValues),
  location: z.string().trim().min(1, "errors.validation.required").max(120, "errors.validation.tooLong"),
  description: z.string().trim().min(1, "errors.validation.required").max(300, "errors.validation.tooLong"),
});
export type AddTrackingEventInput = z.infer<typeof addTrackingEventInput>;

export const listInvoicesInput = z.strictObject({
  cursor: orderCursor.nullish(),
  limit: z.number().int().min(1, "errors.validation.tooSmall").max(100, "errors.validation.tooLarge").default(20),
});
export type ListInvoicesInput = z.infer<typeof listInvoicesInput>;

export const getInvoiceInput = z.strictObject({ number: z.string().trim().min(1, "errors.validation.required").max(40, "errors.validation.tooLong") });
