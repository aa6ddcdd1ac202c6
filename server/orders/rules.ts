import type { orders } from "@/db/schema";
import type { ErrorCode } from "@/server/errors";

export type OrderStatus = (typeof orders.$inferSelect)["status"];
export type RequestKind = "return" | "refund" | "cancellation";

export const requestKinds = ["return", "refund", "cancellation"] as const satisfies readonly RequestKind[];

/** The reasons offered for each request, in display order; "other" needs a few words of detail. */
export const requestReasons = {
  return: ["changed_mind", "defective", "damaged", "wrong_item", "not_as_described", "other"],
  refund: ["damaged", "missing_item", "returned_not_refunded", "charged_twice", "other"],
  cancellation: ["ordered_by_mistake", "found_cheaper", "delivery_too_slow", "changed_mind", "other"],
} as const satisfies Record<RequestKind, readonly string[]>;

export const allRequestReasons = [...new Set(Object.values(requestReasons).flat())] as [string, ...string[]];

/** Returns are accepted this many days after delivery (the legal minimum in the EU is 14). */
export const RETURN_WINDOW_DAYS = 30;
export const DETAILS_MAX_LENGTH = 2000;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Where each exit point makes sense:
 * - cancellation: until the parcel leaves the warehouse (pending, paid, processing); after that the
 *   customer refuses delivery or returns it;
 * - return: a delivered order, within RETURN_WINDOW_DAYS of delivery;
 * - refund: a delivered order (damaged or missing items, a double charge) or a returned one whose
 *   money has not come back yet.
 * Returns the refusal's error code, or null when allowed.
 */
export function refusalFor(kind: RequestKind, order: { status: OrderStatus; deliveredAt: Date | null }, now = new Date()): ErrorCode | null {
  switch (kind) {
    case "cancellation":
      if (order.status === "shipped" || order.status === "delivered") return "orders.cannotCancelShipped";
      return ["pending", "paid", "processing"].includes(order.status) ? null : "orders.cannotCancel";
    case "return":
      if (order.status !== "delivered") return "orders.cannotReturn";
      if (order.deliveredAt && now.getTime() - order.deliveredAt.getTime() > RETURN_WINDOW_DAYS * DAY_MS) return "orders.returnWindowClosed";
      return null;
    case "refund":
      return order.status === "delivered" || order.status === "returned" ? null : "orders.cannotRefund";
  }
}

export const isReasonOf = (kind: RequestKind, reason: string) => (requestReasons[kind] as readonly string[]).includes(reason);

/** The case category each request files under (server/cases' categories). */
export const caseCategoryOf = { return: "returns", refund: "refund", cancellation: "cancellation" } as const satisfies Record<RequestKind, string>;

export const journeyTypeOf = { return: "return_requested", refund: "refund_requested", cancellation: "cancellation_requested" } as const satisfies Record<RequestKind, string>;
