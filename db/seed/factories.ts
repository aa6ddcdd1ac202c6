import { randomInt, randomUUID } from "node:crypto";
import { base, en, Faker } from "@faker-js/faker";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { agentProfiles, customers, invoices, orderItems, orders, organizations, products, shipments, trackingEvents, users } from "@/db/schema";
import { ensureCustomerForUser, hashPassword } from "@/server/accounts";
import { countries, DAY_MS, products as catalog, type Country } from "./catalog";
import { buildOrder, type OrderStatus } from "./orders";

/**
 * Arrange helpers for tests: each creates what it is asked for with unique values by default, so
 * tests running in parallel on one database never collide.
 */

type Locale = "en" | "fr" | "it";

const uniqueEmail = (prefix: string) => `${prefix}-${randomUUID()}@test.parcours.dev`;

export async function createOrganization(
  db: Database,
  options: { name?: string; size?: "small" | "enterprise"; country?: Country } = {},
): Promise<typeof organizations.$inferSelect> {
  const [row] = await db
    .insert(organizations)
    .values({ name: options.name ?? `Test Org ${randomUUID().slice(0, 8)}`, size: options.size ?? "enterprise", country: options.country ?? "FR" })
    .returning();
  return row!;
}

/** A customer account signed up the way the app does it (through ensureCustomerForUser), with a password only if given. */
export async function createCustomerUser(
  db: Database,
  options: {
    email?: string;
    name?: string;
    organizationId?: string;
    organizationRole?: "member" | "admin";
    password?: string;
    country?: Country;
    isVip?: boolean;
  } = {},
): Promise<{ userId: string; customerId: string; email: string }> {
  const email = (options.email ?? uniqueEmail("customer")).toLowerCase();
  const name = options.name ?? "Test Customer";
  const country = options.country ?? "FR";
  const locale: Locale = countries[country].locale;
  const [user] = await db
    .insert(users)
    .values({ email, name, role: "customer", locale, emailVerified: new Date(), passwordHash: options.password ? await hashPassword(options.password) : null })
    .returning({ id: users.id });
  const customerId = await ensureCustomerForUser(db, { id: user!.id, email, name });
  await db
    .update(customers)
    .set({
      organizationId: options.organizationId ?? null,
      organizationRole: options.organizationRole ?? "member",
      country,
      preferredLocale: locale,
      isVip: options.isVip ?? false,
    })
    .where(eq(customers.id, customerId));
  return { userId: user!.id, customerId, email };
}

/** An agent (with an available agent profile speaking en/fr/it) or an admin. */
export async function createStaffUser(
  db: Database,
  options: { role: "agent" | "admin"; email?: string; name?: string; password?: string; languages?: Locale[] },
): Promise<{ userId: string; email: string }> {
  const email = (options.email ?? uniqueEmail(options.role)).toLowerCase();
  const name = options.name ?? (options.role === "agent" ? "Test Agent" : "Test Admin");
  const [user] = await db
    .insert(users)
    .values({ email, name, role: options.role, emailVerified: new Date(), passwordHash: options.password ? await hashPassword(options.password) : null })
    .returning({ id: users.id });
  if (options.role === "agent") {
    await db.insert(agentProfiles).values({ userId: user!.id, displayName: name, languages: options.languages ?? ["en", "fr", "it"], presence: "available" });
  }
  return { userId: user!.id, email };
}

const UNIQUE_VIOLATION = "23505";

/**
 * An order of one catalogue product for the customer, with its invoice when paid and, for shipped,
 * delivered, returned and refunded orders, a parcel with tracking events (unless `withShipment` is
 * false). Defaults: delivered, placed 10 days ago (2 days for shipped, an hour for pending to processing).
 */
export async function createOrder(
  db: Database,
  options: { customerId: string; status?: OrderStatus; placedAt?: Date; withShipment?: boolean; quantity?: number },
): Promise<typeof orders.$inferSelect> {
  const status = options.status ?? "delivered";
  const now = new Date();
  const defaultAgeMs = status === "shipped" ? 2 * DAY_MS : ["pending", "paid", "processing", "cancelled"].includes(status) ? 60 * 60 * 1000 : 10 * DAY_MS;
  const placedAt = options.placedAt ?? new Date(now.getTime() - defaultAgeMs);
  const [customer] = await db.select({ country: customers.country, name: customers.displayName }).from(customers).where(eq(customers.id, options.customerId));
  if (!customer) throw new Error(`createOrder: no customer ${options.customerId}`);
  const country: Country = customer.country in countries ? (customer.country as Country) : "FR";
  const product = await ensureCatalogProduct(db);
  const [city, postalCode] = countries[country].cities[0]!;
  const rng = new Faker({ locale: [en, base] });

  for (let attempt = 0; ; attempt++) {
    const year = placedAt.getUTCFullYear();
    const rows = buildOrder(
      rng,
      {
        customerId: options.customerId,
        country,
        address: { name: customer.name, line1: "1 Test Street", postalCode, city, country },
        status,
        placedAt,
        lines: [{ product, quantity: options.quantity ?? 1 }],
        number: `PC-${year}-${String(randomInt(1_000_000)).padStart(6, "0")}`,
        invoiceNumber: `INV-${year}-${String(randomInt(1_000_000)).padStart(6, "0")}`,
        transit: "in_transit",
      },
      now,
    );
    try {
      return await db.transaction(async (tx) => {
        const [order] = await tx.insert(orders).values(rows.order).returning();
        await tx.insert(orderItems).values(rows.items);
        if (rows.invoice) await tx.insert(invoices).values(rows.invoice);
        if (rows.shipment && options.withShipment !== false) {
          await tx.insert(shipments).values(rows.shipment);
          await tx.insert(trackingEvents).values(rows.events);
        }
        return order!;
      });
    } catch (error) {
      // Random six-digit numbers can collide when tests share a database: draw again.
      if (attempt < 5 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

async function ensureCatalogProduct(db: Database): Promise<{ id: string; priceCents: number }> {
  const item = catalog[0]!;
  await db.insert(products).values(item).onConflictDoNothing({ target: products.sku });
  const [row] = await db.select({ id: products.id, priceCents: products.priceCents }).from(products).where(eq(products.sku, item.sku));
  return row!;
}

function isUniqueViolation(error: unknown): boolean {
  const cause = error instanceof Error && "cause" in error ? error.cause : error;
  return typeof cause === "object" && cause !== null && "code" in cause && cause.code === UNIQUE_VIOLATION;
}
