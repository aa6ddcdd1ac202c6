import { and, asc, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { invoices, orderItems, orders, products, shipments, trackingEvents } from "@/db/schema";

export const orderSummaryColumns = {
  id: orders.id,
  number: orders.number,
  status: orders.status,
  totalCents: orders.totalCents,
  currency: orders.currency,
  placedAt: orders.placedAt,
};

export async function listOrdersOfCustomer(db: Database, params: { customerId: string; before: { placedAt: Date; id: string } | null; limit: number }) {
  const after = params.before;
  return db
    .select(orderSummaryColumns)
    .from(orders)
    .where(
      and(
        eq(orders.customerId, params.customerId),
        after ? or(lt(orders.placedAt, after.placedAt), and(eq(orders.placedAt, after.placedAt), lt(orders.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(params.limit);
}

/** The order only if it belongs to the customer: another customer's order reads as missing. */
export async function findOrderOfCustomer(db: Database, params: { customerId: string; number: string }) {
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.customerId, params.customerId), eq(orders.number, params.number)))
    .limit(1);
  return order ?? null;
}

export async function findOrderDetails(db: Database, orderId: string) {
  const [items, orderShipments, orderInvoices] = await Promise.all([
    db
      .select({ id: orderItems.id, quantity: orderItems.quantity, unitPriceCents: orderItems.unitPriceCents, name: products.name, sku: products.sku })
      .from(orderItems)
      .innerJoin(products, eq(products.id, orderItems.productId))
      .where(eq(orderItems.orderId, orderId))
      .orderBy(asc(products.name)),
    db.select().from(shipments).where(eq(shipments.orderId, orderId)).orderBy(asc(shipments.shippedAt)),
    db.select({ number: invoices.number, issuedAt: invoices.issuedAt, totalCents: invoices.totalCents }).from(invoices).where(eq(invoices.orderId, orderId)),
  ]);
  const events = orderShipments.length
    ? await db
        .select()
        .from(trackingEvents)
        .where(inArray(trackingEvents.shipmentId, orderShipments.map((s) => s.id)))
        .orderBy(desc(trackingEvents.occurredAt))
    : [];
  return { items, shipments: orderShipments, events, invoices: orderInvoices };
}

export async function countOrdersByStatus(db: Database, customerId: string) {
  return db
    .select({ status: orders.status, count: sql<number>`count(*)::int` })
    .from(orders)
    .where(eq(orders.customerId, customerId))
    .groupBy(orders.status);
}
