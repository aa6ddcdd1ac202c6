import { and, asc, desc, eq, exists, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { customers, invoices, orderItems, orderRequests, orders, organizations, products, shipments, trackingEvents } from "@/db/schema";
import type { OrderCursor } from "./schemas";
import type { OrderStatus, RequestKind } from "./rules";

export const orderSummaryColumns = {
  id: orders.id,
  number: orders.number,
  status: orders.status,
  totalCents: orders.totalCents,
  currency: orders.currency,
  placedAt: orders.placedAt,
  customerId: orders.customerId,
};

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

const viewer = alias(customers, "viewer");
const colleague = alias(customers, "colleague");

/**
 * Ownership, in the WHERE clause: the viewer's own orders, plus those of every member of their
 * organization when they administer it. Anything else reads as missing.
 */
export function visibleTo(db: Database, customerId: string): SQL {
  const colleaguesOfAdmin = db
    .select({ id: colleague.id })
    .from(colleague)
    .innerJoin(viewer, eq(viewer.organizationId, colleague.organizationId))
    .where(and(eq(viewer.id, customerId), eq(viewer.organizationRole, "admin")));
  return or(eq(orders.customerId, customerId), inArray(orders.customerId, colleaguesOfAdmin))!;
}

export type ListFilter = { status?: OrderStatus; query?: string };
export type Page = { cursor: OrderCursor | null; direction: "older" | "newer"; limit: number };

function filterConditions(db: Database, filter: ListFilter, page: Page): SQL[] {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(orders.status, filter.status));
  if (filter.query) {
    const pattern = `%${escapeLike(filter.query)}%`;
    const byProduct = exists(
      db
        .select({ one: sql`1` })
        .from(orderItems)
        .innerJoin(products, eq(products.id, orderItems.productId))
        .where(and(eq(orderItems.orderId, orders.id), ilike(products.name, pattern))),
    );
    conditions.push(or(ilike(orders.number, pattern), byProduct)!);
  }
  if (page.cursor) {
    // A row comparison is an index condition on (customer_id, [status,] placed_at desc, id desc): the
    // scan starts at the cursor instead of walking every newer order, so page 500 costs as page 1.
    const at = sql`(${page.cursor.placedAt.toISOString()}::timestamptz, ${page.cursor.id}::uuid)`;
    conditions.push(page.direction === "older" ? sql`(${orders.placedAt}, ${orders.id}) < ${at}` : sql`(${orders.placedAt}, ${orders.id}) > ${at}`);
  }
  return conditions;
}

const pageOrder = (page: Page) => (page.direction === "older" ? [desc(orders.placedAt), desc(orders.id)] : [asc(orders.placedAt), asc(orders.id)]);

/** One customer's orders, one keyset page (rows in page direction: newest first for "older"). */
export async function listOrdersOfCustomer(db: Database, params: { customerId: string } & ListFilter & Page) {
  return db
    .select({ ...orderSummaryColumns, buyerName: sql<string | null>`null` })
    .from(orders)
    .where(and(eq(orders.customerId, params.customerId), ...filterConditions(db, params, params)))
    .orderBy(...pageOrder(params))
    .limit(params.limit);
}

/**
 * The orders of the viewer and, if they administer an organization, of its members: one index range
 * per member (LATERAL, each stopping after `limit` rows), merged. Cost grows with the number of
 * members times the page size, never with their order history.
 */
export async function listOrdersOfOrganization(db: Database, params: { customerId: string } & ListFilter & Page) {
  const conditions = filterConditions(db, params, params);
  const direction = params.direction === "older" ? sql`desc` : sql`asc`;
  const rows = await db.execute<{ id: string; number: string; status: OrderStatus; total_cents: number; currency: string; placed_at: string | Date; customer_id: string; buyer_name: string }>(sql`
    select o.id, o.number, o.status, o.total_cents, o.currency, o.placed_at, o.customer_id, m.display_name as buyer_name
    from ${customers} m
    cross join lateral (
      select ${orders.id}, ${orders.number}, ${orders.status}, ${orders.totalCents}, ${orders.currency}, ${orders.placedAt}, ${orders.customerId}
      from ${orders}
      where ${orders.customerId} = m.id ${conditions.length ? sql`and ${and(...conditions)}` : sql``}
      order by ${orders.placedAt} ${direction}, ${orders.id} ${direction}
      limit ${params.limit}
    ) o
    where m.id = ${params.customerId}
       or m.organization_id = (select v.organization_id from ${customers} v where v.id = ${params.customerId} and v.organization_role = 'admin')
    order by o.placed_at ${direction}, o.id ${direction}
    limit ${params.limit}`);
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    status: row.status,
    totalCents: row.total_cents,
    currency: row.currency,
    placedAt: new Date(row.placed_at),
    customerId: row.customer_id,
    buyerName: row.buyer_name as string | null,
  }));
}

/** The viewer's place in their organization (what they may see beyond their own orders). */
export async function findViewer(db: Database, customerId: string) {
  const [row] = await db
    .select({ organizationId: customers.organizationId, organizationRole: customers.organizationRole, organizationName: organizations.name, displayName: customers.displayName })
    .from(customers)
    .leftJoin(organizations, eq(organizations.id, customers.organizationId))
    .where(eq(customers.id, customerId))
    .limit(1);
  return row ?? null;
}

/** The order only if the viewer may see it: another organization's order reads as missing. */
export async function findOrderVisibleTo(db: Database, params: { customerId: string; number: string }) {
  const [order] = await db
    .select({ order: orders, buyerName: customers.displayName })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .where(and(eq(orders.number, params.number), visibleTo(db, params.customerId)))
    .limit(1);
  return order ? { ...order.order, buyerName: order.buyerName } : null;
}

export async function findOrderByNumber(db: Database, number: string) {
  const [order] = await db.select().from(orders).where(eq(orders.number, number)).limit(1);
  return order ?? null;
}

export async function findShipmentsWithEvents(db: Database, orderId: string) {
  const orderShipments = await db.select().from(shipments).where(eq(shipments.orderId, orderId)).orderBy(asc(shipments.shippedAt), asc(shipments.id));
  const events = orderShipments.length
    ? await db
        .select()
        .from(trackingEvents)
        .where(
          inArray(
            trackingEvents.shipmentId,
            orderShipments.map((s) => s.id),
          ),
        )
        .orderBy(desc(trackingEvents.occurredAt), desc(trackingEvents.id))
    : [];
  return { shipments: orderShipments, events };
}

export async function findOrderDetails(db: Database, orderId: string) {
  const [items, tracking, orderInvoices, requests] = await Promise.all([
    db
      .select({ id: orderItems.id, quantity: orderItems.quantity, unitPriceCents: orderItems.unitPriceCents, name: products.name, sku: products.sku })
      .from(orderItems)
      .innerJoin(products, eq(products.id, orderItems.productId))
      .where(eq(orderItems.orderId, orderId))
      .orderBy(asc(products.name)),
    findShipmentsWithEvents(db, orderId),
    db.select({ number: invoices.number, issuedAt: invoices.issuedAt, totalCents: invoices.totalCents }).from(invoices).where(eq(invoices.orderId, orderId)),
    listRequestsOfOrder(db, orderId),
  ]);
  return { items, ...tracking, invoices: orderInvoices, requests };
}

export async function listRequestsOfOrder(db: Database, orderId: string) {
  return db
    .select({ id: orderRequests.id, kind: orderRequests.kind, reason: orderRequests.reason, caseId: orderRequests.caseId, caseNumber: orderRequests.caseNumber, createdAt: orderRequests.createdAt })
    .from(orderRequests)
    .where(eq(orderRequests.orderId, orderId))
    .orderBy(asc(orderRequests.createdAt));
}

/** Null when a request of this kind already exists for the order (the unique index decides, so two clicks make one). */
export async function insertOrderRequest(db: Database, values: { orderId: string; requestedBy: string; kind: RequestKind; reason: string; details: string }) {
  const [row] = await db.insert(orderRequests).values(values).onConflictDoNothing().returning({ id: orderRequests.id });
  return row ?? null;
}

export async function linkRequestToCase(db: Database, params: { requestId: string; caseId: string; caseNumber: string }) {
  await db.update(orderRequests).set({ caseId: params.caseId, caseNumber: params.caseNumber }).where(eq(orderRequests.id, params.requestId));
}

export async function countOrdersByStatus(db: Database, customerId: string) {
  return db
    .select({ status: orders.status, count: sql<number>`count(*)::int` })
    .from(orders)
    .where(eq(orders.customerId, customerId))
    .groupBy(orders.status);
}

/** The customer's orders on their way (for the portal home), newest first. */
export async function listOrdersInTransit(db: Database, params: { customerId: string; limit: number }) {
  return db
    .select({ ...orderSummaryColumns, expectedAt: shipments.expectedAt, shipmentStatus: shipments.status, carrier: shipments.carrier })
    .from(orders)
    .innerJoin(shipments, eq(shipments.orderId, orders.id))
    .where(and(eq(orders.customerId, params.customerId), eq(orders.status, "shipped")))
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(params.limit);
}

/** The newest parcel of an order: where carrier events are added. */
export async function findLatestShipment(db: Database, orderId: string) {
  const [row] = await db.select().from(shipments).where(eq(shipments.orderId, orderId)).orderBy(desc(shipments.shippedAt), desc(shipments.id)).limit(1);
  return row ?? null;
}

export async function insertTrackingEvent(db: Database, values: typeof trackingEvents.$inferInsert) {
  const [row] = await db.insert(trackingEvents).values(values).returning();
  return row!;
}

export async function updateShipment(db: Database, shipmentId: string, changes: Partial<typeof shipments.$inferInsert>) {
  await db.update(shipments).set(changes).where(eq(shipments.id, shipmentId));
}

export async function updateOrderStatus(db: Database, orderId: string, status: OrderStatus) {
  await db.update(orders).set({ status }).where(eq(orders.id, orderId));
}

/** Invoices of the orders the viewer may see, newest order first (served by the orders index, then invoices by order). */
export async function listInvoicesVisibleTo(db: Database, params: { customerId: string; cursor: OrderCursor | null; limit: number }) {
  const at = params.cursor ? sql`(${params.cursor.placedAt.toISOString()}::timestamptz, ${params.cursor.id}::uuid)` : null;
  return db
    .select({
      number: invoices.number,
      issuedAt: invoices.issuedAt,
      totalCents: invoices.totalCents,
      currency: invoices.currency,
      orderId: orders.id,
      orderNumber: orders.number,
      placedAt: orders.placedAt,
    })
    .from(orders)
    .innerJoin(invoices, eq(invoices.orderId, orders.id))
    .where(and(visibleTo(db, params.customerId), at ? sql`(${orders.placedAt}, ${orders.id}) < ${at}` : undefined))
    .orderBy(desc(orders.placedAt), desc(orders.id), asc(invoices.number))
    .limit(params.limit);
}

/** The latest invoice of a visible order, addressed by the order's number (the printable page lives under the order). */
export async function findInvoiceOfOrderVisibleTo(db: Database, params: { customerId: string; orderNumber: string }) {
  const [row] = await db
    .select({ invoice: invoices, order: orders, buyerName: customers.displayName, organizationName: organizations.name })
    .from(invoices)
    .innerJoin(orders, eq(orders.id, invoices.orderId))
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .leftJoin(organizations, eq(organizations.id, customers.organizationId))
    .where(and(eq(orders.number, params.orderNumber), visibleTo(db, params.customerId)))
    .orderBy(desc(invoices.issuedAt))
    .limit(1);
  return row ?? null;
}
