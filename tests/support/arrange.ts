import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { contactIdentities, customers, users } from "@/db/schema";
import * as factories from "@/db/seed/factories";
import { getActiveActor, type Actor } from "@/server/accounts";

/**
 * The seed factories (db/seed/factories.ts), plus what tests need on top: the Actor a signed-in
 * request would get (resolved through the real getActiveActor) and channel-only contacts.
 */

export const createOrganization = factories.createOrganization;
export const createOrder = factories.createOrder;

export const uniqueEmail = (prefix = "user") => `${prefix}-${randomUUID().slice(0, 8)}@example.com`;

async function actorOf(db: Database, userId: string): Promise<Actor> {
  const [user] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
  const actor = await getActiveActor(db, { userId, sessionVersion: user!.sessionVersion });
  if (!actor) throw new Error(`user ${userId} has no active actor`);
  return actor;
}

export type ArrangedCustomer = { userId: string; customerId: string; email: string; actor: Actor & { customerId: string } };
export type ArrangedStaff = { userId: string; email: string; actor: Actor };

export async function createCustomerUser(db: Database, options: Parameters<typeof factories.createCustomerUser>[1] = {}): Promise<ArrangedCustomer> {
  const customer = await factories.createCustomerUser(db, options);
  const actor = await actorOf(db, customer.userId);
  return { ...customer, actor: { ...actor, customerId: customer.customerId } };
}

export async function createStaffUser(db: Database, options: Parameters<typeof factories.createStaffUser>[1]): Promise<ArrangedStaff> {
  const staff = await factories.createStaffUser(db, options);
  return { ...staff, actor: await actorOf(db, staff.userId) };
}

/** Someone who wrote in from an address but never signed in: a customer with an identity and no user. */
export async function createContact(db: Database, options: { email?: string; displayName?: string } = {}) {
  const email = (options.email ?? uniqueEmail("contact")).toLowerCase();
  const [customer] = await db
    .insert(customers)
    .values({ displayName: options.displayName ?? `Contact ${randomUUID().slice(0, 8)}` })
    .returning({ id: customers.id });
  await db.insert(contactIdentities).values({ customerId: customer!.id, kind: "email", value: email });
  return { customerId: customer!.id, email };
}
