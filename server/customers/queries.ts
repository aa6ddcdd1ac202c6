import { and, asc, desc, eq, exists, ilike, isNull, lte, or, gte, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { contactIdentities, contracts, customers, organizations, users } from "@/db/schema";

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function searchCustomers(db: Database, params: { query: string; limit: number }) {
  const pattern = `%${escapeLike(params.query)}%`;
  const byIdentity = exists(
    db
      .select({ one: sql`1` })
      .from(contactIdentities)
      .where(and(eq(contactIdentities.customerId, customers.id), ilike(contactIdentities.value, pattern))),
  );
  return db
    .select({
      id: customers.id,
      displayName: customers.displayName,
      isVip: customers.isVip,
      country: customers.country,
      organization: organizations.name,
      email: sql<string | null>`(select value from contact_identities ci where ci.customer_id = ${customers.id} and ci.kind = 'email' order by ci.created_at limit 1)`,
    })
    .from(customers)
    .leftJoin(organizations, eq(organizations.id, customers.organizationId))
    .where(params.query ? or(ilike(customers.displayName, pattern), byIdentity) : undefined)
    .orderBy(asc(customers.displayName), asc(customers.id))
    .limit(params.limit);
}

export async function findCustomerProfile(db: Database, customerId: string) {
  const [row] = await db
    .select({
      id: customers.id,
      displayName: customers.displayName,
      phone: customers.phone,
      isVip: customers.isVip,
      preferredLocale: customers.preferredLocale,
      preferredChannel: customers.preferredChannel,
      organizationRole: customers.organizationRole,
      organizationId: customers.organizationId,
      organizationName: organizations.name,
      organizationSize: organizations.size,
      email: users.email,
    })
    .from(customers)
    .leftJoin(organizations, eq(organizations.id, customers.organizationId))
    .leftJoin(users, eq(users.id, customers.userId))
    .where(eq(customers.id, customerId))
    .limit(1);
  return row ?? null;
}

/** The contract in force today: the customer's own, else their organization's; the highest tier wins. */
export async function findActiveContract(db: Database, params: { customerId: string; organizationId: string | null }) {
  const today = new Date().toISOString().slice(0, 10);
  const owner = params.organizationId
    ? or(eq(contracts.customerId, params.customerId), eq(contracts.organizationId, params.organizationId))
    : eq(contracts.customerId, params.customerId);
  const [row] = await db
    .select({ number: contracts.number, tier: contracts.tier, startsOn: contracts.startsOn, endsOn: contracts.endsOn })
    .from(contracts)
    .where(and(owner, lte(contracts.startsOn, today), or(isNull(contracts.endsOn), gte(contracts.endsOn, today))))
    .orderBy(desc(contracts.tier))
    .limit(1);
  return row ?? null;
}
