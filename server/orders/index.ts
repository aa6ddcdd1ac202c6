import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { recordAudit } from "@/server/audit";
import { DomainError } from "@/server/errors";
import type { JobQueue } from "@/server/jobs/queue";
import { recordJourneyEvent } from "@/server/journey";
import { openCaseForOrderRequest } from "./case-link";
import * as queries from "./queries";
import { caseCategoryOf, journeyTypeOf, refusalFor, requestKinds, requestReasons, type RequestKind } from "./rules";
import type { AddTrackingEventInput, ListInvoicesInput, ListMyOrdersInput, OrderCursor, OrderRequestInput } from "./schemas";

export { requestReasons, requestKinds, RETURN_WINDOW_DAYS, DETAILS_MAX_LENGTH } from "./rules";
export type { RequestKind } from "./rules";

type CustomerActor = Actor & { customerId: string };

/**
 * The customer's orders (or, for an organization administrator asking for scope "organization", the
 * organization's), newest first, one keyset page at a time, filtered by status and by order number or
 * product name. `nextCursor` pages to older orders, `previousCursor` back to newer ones.
 */
export async function listMyOrders(db: Database, actor: CustomerActor, input: ListMyOrdersInput) {
  const page = { cursor: input.cursor ?? null, direction: input.direction, limit: input.limit + 1 };
  const filter = { status: input.status, query: input.query || undefined };
  const params = { customerId: actor.customerId, ...filter, ...page };
  const rows = input.scope === "organization" ? await queries.listOrdersOfOrganization(db, params) : await queries.listOrdersOfCustomer(db, params);
  const hasMore = rows.length > input.limit;
  const items = rows.slice(0, input.limit);
  if (input.direction === "newer") items.reverse();
  const cursorOf = (row: { placedAt: Date; id: string } | undefined): OrderCursor | null => (row ? { placedAt: row.placedAt, id: row.id } : null);
  // Coming from a cursor means there is a page on the other side of it.
  const hasOlder = input.direction === "older" ? hasMore : !!input.cursor;
  const hasNewer = input.direction === "newer" ? hasMore : !!input.cursor;
  return {
    items: items.map((item) => ({ ...item, isOwn: item.customerId === actor.customerId })),
    nextCursor: hasOlder ? cursorOf(items.at(-1)) : null,
    previousCursor: hasNewer ? cursorOf(items[0]) : null,
  };
}

/** What the viewer may see beyond their own orders: drives the "organization" switch of the list. */
export async function getOrderViewer(db: Database, actor: CustomerActor) {
  const viewer = await queries.findViewer(db, actor.customerId);
  return {
    organizationName: viewer?.organizationName ?? null,
    isOrganizationAdmin: !!viewer?.organizationId && viewer.organizationRole === "admin",
  };
}

async function findVisibleOrderOrThrow(db: Database, actor: CustomerActor, number: string) {
  const order = await queries.findOrderVisibleTo(db, { customerId: actor.customerId, number });
  if (!order) throw new DomainError("common.notFound");
  return order;
}

const deliveredAtOf = (shipments: { deliveredAt: Date | null }[]) => shipments.map((s) => s.deliveredAt).find((d) => d) ?? null;

/**
 * One order the viewer may see, with items, shipments, tracking, invoices, the requests already
 * made on it and which requests it still allows (the rules live in ./rules.ts).
 */
export async function getMyOrderOrThrow(db: Database, actor: CustomerActor, number: string) {
  const order = await findVisibleOrderOrThrow(db, actor, number);
  const details = await queries.findOrderDetails(db, order.id);
  const deliveredAt = deliveredAtOf(details.shipments);
  const made = new Set(details.requests.map((r) => r.kind));
  const actions = requestKinds.map((kind) => ({
    kind,
    refusal: made.has(kind) ? ("orders.requestExists" as const) : refusalFor(kind, { status: order.status, deliveredAt }),
    reasons: [...requestReasons[kind]],
  }));
  return { ...order, isOwn: order.customerId === actor.customerId, ...details, deliveredAt, actions };
}

/** The parcels and carrier events of a visible order: what the order page polls while a parcel is on its way. */
export async function getOrderTracking(db: Database, actor: CustomerActor, number: string) {
  const order = await findVisibleOrderOrThrow(db, actor, number);
  const tracking = await queries.findShipmentsWithEvents(db, order.id);
  return { orderStatus: order.status, ...tracking, isDone: tracking.shipments.every((s) => s.status === "delivered") };
}

/**
 * A return, refund or cancellation request on an order the viewer may see. Checks the exit-point
 * rules, then in one transaction stores the request, opens the case (category set, order attached)
 * and records the journey event. A second request of the same kind is refused, even from two tabs
 * at once (unique index).
 */
export async function requestOnOrder(db: Database, queue: JobQueue, actor: CustomerActor, input: OrderRequestInput) {
  const order = await findVisibleOrderOrThrow(db, actor, input.number);
  if (!(requestReasons[input.kind] as readonly string[]).includes(input.reason)) throw new DomainError("orders.reasonInvalid");
  if (input.reason === "other" && input.details.length < 5) throw new DomainError("orders.detailsRequired");
  const { shipments } = await queries.findShipmentsWithEvents(db, order.id);
  const refusal = refusalFor(input.kind, { status: order.status, deliveredAt: deliveredAtOf(shipments) });
  if (refusal) throw new DomainError(refusal);
  return db.transaction(async (tx) => {
    const request = await queries.insertOrderRequest(tx, { orderId: order.id, requestedBy: actor.customerId, kind: input.kind, reason: input.reason, details: input.details });
    if (!request) throw new DomainError("orders.requestExists");
    const created = await openCaseForOrderRequest(tx, queue, {
      requestId: request.id,
      // The case belongs to the buyer (an organization admin may ask on a colleague's order): the
      // order stays attached to its owner's history, and the buyer can follow it.
      customerId: order.customerId,
      category: caseCategoryOf[input.kind],
      orderId: order.id,
      orderNumber: order.number,
      kind: input.kind,
      reason: input.reason,
      details: input.details,
      locale: actor.locale,
    });
    await queries.linkRequestToCase(tx, { requestId: request.id, caseId: created.id, caseNumber: String(created.number) });
    await recordJourneyEvent(tx, {
      type: journeyTypeOf[input.kind],
      channel: "portal",
      customerId: actor.customerId,
      orderId: order.id,
      caseId: created.id,
      data: { reason: input.reason },
    });
    return { requestId: request.id, caseId: created.id, caseNumber: String(created.number) };
  });
}

/** A request form opened and left without sending: an exit point analytics counts. */
export async function recordAbandonedRequest(db: Database, actor: CustomerActor, input: { number: string; kind: RequestKind; step: string }) {
  const order = await findVisibleOrderOrThrow(db, actor, input.number);
  await recordJourneyEvent(db, { type: "request_abandoned", channel: "portal", customerId: actor.customerId, orderId: order.id, data: { kind: input.kind, step: input.step } });
}

/**
 * Staff (and the carrier integration to come): appends a carrier event to the order's latest parcel
 * and moves the parcel, and on delivery the order, to the event's status.
 */
export async function addTrackingEvent(db: Database, actor: Actor, input: AddTrackingEventInput) {
  const order = await queries.findOrderByNumber(db, input.number);
  if (!order) throw new DomainError("common.notFound");
  const shipment = await queries.findLatestShipment(db, order.id);
  if (!shipment) throw new DomainError("orders.noShipment");
  return db.transaction(async (tx) => {
    const now = new Date();
    const event = await queries.insertTrackingEvent(tx, { shipmentId: shipment.id, status: input.status, location: input.location, description: input.description, occurredAt: now });
    await queries.updateShipment(tx, shipment.id, { status: input.status, ...(input.status === "delivered" ? { deliveredAt: now } : {}) });
    if (input.status === "delivered" && order.status === "shipped") await queries.updateOrderStatus(tx, order.id, "delivered");
    await recordAudit(tx, { actorUserId: actor.userId, action: "order.tracking_event_added", entityType: "order", entityId: order.id, data: { status: input.status } });
    return event;
  });
}

/** Invoices of the orders the viewer may see, newest first. */
export async function listMyInvoices(db: Database, actor: CustomerActor, input: ListInvoicesInput) {
  const rows = await queries.listInvoicesVisibleTo(db, { customerId: actor.customerId, cursor: input.cursor ?? null, limit: input.limit + 1 });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? { placedAt: last.placedAt, id: last.orderId } : null };
}

/** The invoice of a visible order, with what the printable page shows: lines, taxes, buyer and addresses. */
export async function getMyInvoiceOrThrow(db: Database, actor: CustomerActor, orderNumber: string) {
  const row = await queries.findInvoiceOfOrderVisibleTo(db, { customerId: actor.customerId, orderNumber });
  if (!row) throw new DomainError("common.notFound");
  const details = await queries.findOrderDetails(db, row.order.id);
  return { ...row.invoice, order: row.order, buyerName: row.buyerName, organizationName: row.organizationName, items: details.items };
}

/** The customer's parcels on their way, for the portal home. */
export const listMyOrdersInTransit = (db: Database, actor: CustomerActor, limit = 5) => queries.listOrdersInTransit(db, { customerId: actor.customerId, limit });
