import type { Faker } from "@faker-js/faker";
import type { Address } from "@/db/schema";
import { invoices, orderItems, orders, shipments, trackingEvents } from "@/db/schema";
import { carriersByCountry, countries, DAY_MS, logistics, shippingCents, trackingText, unitPriceCents, type Country } from "./catalog";

export type OrderStatus = (typeof orders.$inferSelect)["status"];
type ShipmentStatus = (typeof shipments.$inferSelect)["status"];

export type OrderRows = {
  order: typeof orders.$inferInsert & { id: string };
  items: (typeof orderItems.$inferInsert)[];
  shipment: (typeof shipments.$inferInsert & { id: string }) | null;
  events: (typeof trackingEvents.$inferInsert)[];
  invoice: (typeof invoices.$inferInsert) | null;
};

export type OrderPlan = {
  customerId: string;
  country: Country;
  address: Address;
  status: OrderStatus;
  placedAt: Date;
  lines: { product: { id: string; priceCents: number }; quantity: number }[];
  number: string;
  invoiceNumber: string;
  /** For shipped orders: how far the parcel got. */
  transit?: "in_transit" | "out_for_delivery";
};

const HOUR_MS = 60 * 60 * 1000;

const isInvoiced = (status: OrderStatus) => status !== "pending" && status !== "cancelled";
const hasShipment = (status: OrderStatus) => status === "shipped" || status === "delivered" || status === "returned" || status === "refunded";

/** `count` instants spread evenly over [from, to], rounded to the minute. */
function spread(from: Date, to: Date, count: number): Date[] {
  const step = (to.getTime() - from.getTime()) / Math.max(1, count - 1);
  return Array.from({ length: count }, (_, i) => new Date(Math.floor((from.getTime() + step * i) / 60_000) * 60_000));
}

/**
 * Every row of one order, consistent with its status: totals add up with the country's VAT, paid
 * orders have an invoice, shipped ones a parcel whose last event matches its status. `at` bounds the
 * events of parcels still on their way, whose expected delivery is then in the future.
 */
export function buildOrder(rng: Faker, plan: OrderPlan, at: Date): OrderRows {
  // Whole hours keep a seeded world identical within the hour.
  const now = new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
  const { currency, vatRate, locale } = countries[plan.country];
  const orderId = rng.string.uuid();
  const items = plan.lines.map((line) => ({
    id: rng.string.uuid(),
    orderId,
    productId: line.product.id,
    quantity: line.quantity,
    unitPriceCents: unitPriceCents(line.product.priceCents, currency),
  }));
  const subtotal = items.reduce((sum, item) => sum + item.quantity * item.unitPriceCents, 0);
  const carrier = rng.helpers.arrayElement(carriersByCountry[plan.country]);
  const shipping = shippingCents(subtotal, plan.country, carrier.isExpress);
  const tax = Math.round((subtotal + shipping) * vatRate);
  const order = {
    id: orderId,
    number: plan.number,
    customerId: plan.customerId,
    status: plan.status,
    currency,
    subtotalCents: subtotal,
    shippingCents: shipping,
    taxCents: tax,
    totalCents: subtotal + shipping + tax,
    shippingAddress: plan.address,
    placedAt: plan.placedAt,
  };
  const invoice = isInvoiced(plan.status)
    ? { id: rng.string.uuid(), number: plan.invoiceNumber, orderId, totalCents: order.totalCents, taxCents: tax, currency, issuedAt: new Date(plan.placedAt.getTime() + 5 * 60_000) }
    : null;
  if (!hasShipment(plan.status)) return { order, items, shipment: null, events: [], invoice };

  const text = trackingText[locale];
  const { warehouse, hubs } = logistics[plan.country];
  const destination = plan.address.city;
  const hubCount = rng.number.int({ min: 0, max: 2 });
  const route = rng.helpers.arrayElements(hubs, hubCount);
  const steps: { status: ShipmentStatus; location: string; description: string }[] = [
    { status: "label_created", location: warehouse, description: text.label_created },
    { status: "in_transit", location: warehouse, description: text.in_transit },
    ...route.map((hub) => ({ status: "in_transit" as const, location: hub, description: text.hub })),
  ];
  const isInFlight = plan.status === "shipped";
  const lastStatus: ShipmentStatus = isInFlight ? (plan.transit ?? "in_transit") : "delivered";
  if (lastStatus === "out_for_delivery" || lastStatus === "delivered") {
    steps.push({ status: "out_for_delivery", location: destination, description: text.out_for_delivery });
  }
  if (lastStatus === "delivered") steps.push({ status: "delivered", location: destination, description: text.delivered });

  const firstAt = new Date(plan.placedAt.getTime() + rng.number.int({ min: 2, max: 6 }) * HOUR_MS);
  // Delivered parcels arrive during a working day 1-4 days later; parcels on their way had their last
  // news an hour ago at the latest.
  const deliveryDay = Math.floor(plan.placedAt.getTime() / DAY_MS) + rng.number.int({ min: 1, max: 4 });
  const lastAt = isInFlight
    ? new Date(now.getTime() - rng.number.int({ min: 1, max: 3 }) * HOUR_MS)
    : new Date(deliveryDay * DAY_MS + rng.number.int({ min: 8 * 60, max: 18 * 60 }) * 60_000);
  const times = spread(firstAt, lastAt < firstAt ? firstAt : lastAt, steps.length);
  const shipmentId = rng.string.uuid();
  const shippedAt = times[1]!;
  const shipment = {
    id: shipmentId,
    orderId,
    carrier: carrier.name,
    trackingNumber: carrier.trackingNumber(rng.string.numeric(15)),
    status: lastStatus,
    shippedAt,
    expectedAt: isInFlight
      ? new Date(now.getTime() + (lastStatus === "out_for_delivery" ? 6 : rng.number.int({ min: 20, max: 52 })) * HOUR_MS)
      : new Date(shippedAt.getTime() + (carrier.isExpress ? 1 : 3) * 24 * HOUR_MS),
    deliveredAt: isInFlight ? null : times.at(-1)!,
  };
  const events = steps.map((step, i) => ({ id: rng.string.uuid(), shipmentId, ...step, occurredAt: times[i]! }));
  return { order, items, shipment, events, invoice };
}
