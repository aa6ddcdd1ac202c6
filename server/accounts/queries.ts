import { and, asc, desc, eq, ilike, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { contactIdentities, customers, users } from "@/db/schema";
import type { Locale } from "@/server/i18n/config";
import type { ListUsersInput } from "./schemas";
import type { Role } from "./actor";

export async function findActiveActorRow(db: Database, params: { userId: string; sessionVersion: number }) {
  const [row] = await db
    .select({
      userId: users.id,
      role: users.role,
      email: users.email,
      name: users.name,
      locale: users.locale,
      customerId: customers.id,
    })
    .from(users)
    .leftJoin(customers, eq(customers.userId, users.id))
    .where(and(eq(users.id, params.userId), eq(users.sessionVersion, params.sessionVersion), isNull(users.disabledAt)))
    .limit(1);
  return row ?? null;
}

export async function findUserForSignIn(db: Database, email: string) {
  const [row] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, disabledAt: users.disabledAt, sessionVersion: users.sessionVersion })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return row ?? null;
}

export async function findUserById(db: Database, userId: string) {
  const [row] = await db
    .select({ id: users.id, email: users.email, disabledAt: users.disabledAt, sessionVersion: users.sessionVersion, role: users.role })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

export async function bumpSessionVersion(db: Database, userId: string, changes: Partial<{ role: Role; disabledAt: Date | null }> = {}) {
  const [row] = await db
    .update(users)
    .set({ ...changes, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ id: users.id, sessionVersion: users.sessionVersion });
  return row ?? null;
}

export async function updateUserLocale(db: Database, userId: string, locale: Locale) {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

export async function findCustomerByEmailIdentity(db: Database, email: string) {
  const [row] = await db
    .select({ customerId: contactIdentities.customerId, userId: customers.userId })
    .from(contactIdentities)
    .innerJoin(customers, eq(customers.id, contactIdentities.customerId))
    .where(and(eq(contactIdentities.kind, "email"), eq(contactIdentities.network, ""), eq(contactIdentities.value, email)))
    .limit(1);
  return row ?? null;
}

export async function listUsers(db: Database, input: ListUsersInput) {
  const filters: SQL[] = [];
  if (input.role) filters.push(eq(users.role, input.role));
  if (input.query) {
    const pattern = `%${input.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(users.email, pattern), ilike(users.name, pattern));
    if (match) filters.push(match);
  }
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabledAt: users.disabledAt, createdAt: users.createdAt })
    .from(users)
    .where(filters.length ? and(...filters) : undefined)
    // Staff first: the people an admin manages most.
    .orderBy(desc(users.role), asc(users.email))
    .limit(100);
}
