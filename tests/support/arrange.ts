import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { contactIdentities, customers, invoices, orderItems, orders, organizations, products, shipments, trackingEvents, users } from "@/db/schema";
import { ensureCustomerForUser, getActiveActor, hashPassword, type Actor } from "@/server/accounts";
import type { Locale } from "@/server/i18n/config";

/**
 * Minimal arrange helpers for integration tests (db/seed/factories.ts may replace them). Accounts go
 * through the real services where one exists (ensureCustomerForUser, getActiveActor), so the actor a
 * test uses is exactly what a signed-in request would get.
 */

const short = () => randomUUID().slice(0, 8);

export const uniqueEmail = (prefix = "user") => `${prefix}-${short()}@example.com`;

export async function createOrganization(db: Database, values: Partial<typeof organizations.$inferInsert> = {}) {
  const [row] = await db
    .insert(organizations)
    .values({ name: `Org ${short()}`, size: "small", country: "FR", ...values })
    .returning();
  return row!;
}

async function actorOf(db: Database, userId: string): Promise<Actor> {
  const [user] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
  const actor = await getActiveActor(db, { userId, sessionVersion: user!.sessionVersion });
  if (!actor) throw new Error(`user ${userId} has no active actor`);
  return actor;
}

export type ArrangedCustomer = { userId: string; customerId: string; email: string; actor: Actor & { customerId: string } };

export async function createCustomerUser(
  db: Database,
  options: { email?: string; name?: string; organizationId?: string | null; password?: string; locale?: Locale } = {},
): Promise<ArrangedCustomer> {
  const email = options.email ?? uniqueEmail("customer");
  const [user] = await db
    .insert(users)
    .values({
      email,
      name: options.name ?? `Customer ${short()}`,
      role: "customer",
      locale: options.locale ?? "en",
      passwordHash: options.password ? await hashPassword(options.password) : null,
    })
    .returning({ id: users.id, name: users.name });
  const customerId = await ensureCustomerForUser(db, { id: user!.id, email, name: user!.name });
  if (options.organizationId) await db.update(customers).set({ organizationId: options.organizationId }).where(eq(customers.id, customerId));
  const actor = await actorOf(db, user!.id);
  return { userId: user!.id, customerId, email, actor: { ...actor, customerId } };
}

export type ArrangedStaff = { userId: string; email: string; actor: Actor };

export async function createStaffUser(db: Database, options: { role: "agent" | "admin"; email?: string; password?: string }): Promise<ArrangedStaff> {
  const email = options.email ?? uniqueEmail(options.role);
  const [user] = await db
    .insert(users)
    .values({ email, name: `${options.role} ${short()}`, role: options.role, passwordHash: options.password ? await hashPassword(options.password) : null })
    .returning({ id: users.id });
  return { userId: user!.id, email, actor: await actorOf(db, user!.id) };
}

/** Someone who wrote in from an address but never signed in: a customer with an identity and no user. */
export async function createContact(db: Database, options: { email?: string; displayName?: string } = {}) {
  const email = (options.email ?? uniqueEmail("contact")).toLowerCase();
  const [customer] = await db
    .insert(customers)
    .values({ displayName: options.displayName ?? `Contact ${short()}` })
    .returning({ id: customers.id });
  await db.insert(contactIdentities).values({ customerId: customer!.id, kind: "email", value: email });
  return { customerId: customer!.id, email };
}

/** An order with one item, a shipment with a tracking event and an invoice. */
export async function createOrder(db: Database, options: { customerId: string; number?: string; placedAt?: Date }) {
  const [product] = await db
    .insert(products)
    .values({ sku: `SKU-${short()}`, name: `Product ${short()}`, family: "audio", priceCents: 4990 })
    .returning();
  const [order] = await db
    .insert(orders)
    .values({
      number: options.number ?? `PO-${short().toUpperCase()}`,
      customerId: options.customerId,
      status: "shipped",
      subtotalCents: 4990,
      taxCents: 998,
      totalCents: 5988,
      shippingAddress: { name: "Test", line1: "1 rue de Test", postalCode: "75011", city: "Paris", country: "FR" },
      placedAt: options.placedAt ?? new Date(),
    })
    .returning();
  await db.insert(orderItems).values({ orderId: order!.id, productId: product!.id, quantity: 1, unitPriceCents: 4990 });
  const [shipment] = await db
    .insert(shipments)
    .values({ orderId: order!.id, carrier: "Colissimo", trackingNumber: `TRK${short()}`, status: "in_transit", shippedAt: new Date() })
    .returning();
  await db
    .insert(trackingEvents)
    .values({ shipmentId: shipment!.id, status: "in_transit", location: "Paris", description: "Parcel in transit", occurredAt: new Date() });
  await db.insert(invoices).values({ number: `INV-${short()}`, orderId: order!.id, totalCents: 5988, taxCents: 998, issuedAt: new Date() });
  return order!;
}
