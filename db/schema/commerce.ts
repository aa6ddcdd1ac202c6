import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { customers } from "./customers";

export const orderStatus = pgEnum("order_status", [
  "pending",
  "paid",
  "processing",
  "shipped",
  "delivered",
  "cancelled",
  "returned",
  "refunded",
]);
export const shipmentStatus = pgEnum("shipment_status", [
  "label_created",
  "in_transit",
  "out_for_delivery",
  "delivered",
  "exception",
]);

export type Address = { name: string; line1: string; line2?: string; postalCode: string; city: string; country: string };

export const products = pgTable("products", {
  id: uuid().primaryKey().defaultRandom(),
  sku: text().notNull().unique(),
  name: text().notNull(),
  family: text().notNull(),
  priceCents: integer().notNull(),
  currency: text().notNull().default("EUR"),
});

export const orders = pgTable(
  "orders",
  {
    id: uuid().primaryKey().defaultRandom(),
    number: text().notNull().unique(),
    customerId: uuid().notNull().references(() => customers.id, { onDelete: "cascade" }),
    status: orderStatus().notNull(),
    currency: text().notNull().default("EUR"),
    subtotalCents: integer().notNull(),
    shippingCents: integer().notNull().default(0),
    taxCents: integer().notNull(),
    totalCents: integer().notNull(),
    shippingAddress: jsonb().$type<Address>().notNull(),
    placedAt: timestamp({ withTimezone: true }).notNull(),
  },
  // "My orders" reads newest first for one customer: this index serves it without a sort.
  // The second serves the same list filtered by status (a rare status would otherwise be found by
  // walking every order of a big buyer).
  // Ascending on purpose: a backward scan serves "newest first" (ORDER BY ... DESC means NULLS FIRST,
  // which a Drizzle .desc() index, built NULLS LAST, cannot serve without a sort).
  (t) => [index("orders_customer_placed_idx").on(t.customerId, t.placedAt, t.id), index("orders_customer_status_placed_idx").on(t.customerId, t.status, t.placedAt, t.id)],
);

export const orderItems = pgTable(
  "order_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid().notNull().references(() => orders.id, { onDelete: "cascade" }),
    productId: uuid().notNull().references(() => products.id),
    quantity: integer().notNull(),
    unitPriceCents: integer().notNull(),
  },
  (t) => [index().on(t.orderId), index().on(t.productId)],
);

export const shipments = pgTable(
  "shipments",
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid().notNull().references(() => orders.id, { onDelete: "cascade" }),
    carrier: text().notNull(),
    trackingNumber: text().notNull(),
    status: shipmentStatus().notNull(),
    shippedAt: timestamp({ withTimezone: true }),
    expectedAt: timestamp({ withTimezone: true }),
    deliveredAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.orderId)],
);

export const trackingEvents = pgTable(
  "tracking_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    shipmentId: uuid().notNull().references(() => shipments.id, { onDelete: "cascade" }),
    status: shipmentStatus().notNull(),
    location: text().notNull(),
    description: text().notNull(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.shipmentId, t.occurredAt)],
);

export const invoices = pgTable(
  "invoices",
  {
    id: uuid().primaryKey().defaultRandom(),
    number: text().notNull().unique(),
    orderId: uuid().notNull().references(() => orders.id, { onDelete: "cascade" }),
    totalCents: integer().notNull(),
    taxCents: integer().notNull(),
    currency: text().notNull().default("EUR"),
    issuedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.orderId)],
);

export const orderRequestKind = pgEnum("order_request_kind", ["return", "refund", "cancellation"]);

/**
 * A customer's exit-point request on an order (return, refund, cancellation). The case that handles
 * it is created through server/cases; the request keeps its id and number so the order page can link
 * to it. One request of each kind per order: a second one would be a duplicate of the open case.
 */
export const orderRequests = pgTable(
  "order_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid().notNull().references(() => orders.id, { onDelete: "cascade" }),
    /** Who asked: the buyer, or an administrator of the buyer's organization. */
    requestedBy: uuid().notNull().references(() => customers.id, { onDelete: "cascade" }),
    kind: orderRequestKind().notNull(),
    /** A key from the reason list in server/orders/rules.ts. */
    reason: text().notNull(),
    details: text().notNull().default(""),
    caseId: uuid(),
    caseNumber: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.orderId, t.kind), index().on(t.requestedBy, t.createdAt), index().on(t.caseId)],
);
