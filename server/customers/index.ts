import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { DomainError } from "@/server/errors";
import * as queries from "./queries";
import type { SearchCustomersInput } from "./schemas";

/** Staff search by name, email, phone or handle. */
export const searchCustomers = (db: Database, input: SearchCustomersInput) => queries.searchCustomers(db, input);

/** The signed-in customer's own profile, organization and contract. */
export async function getMyProfileOrThrow(db: Database, actor: Actor & { customerId: string }) {
  const profile = await queries.findCustomerProfile(db, actor.customerId);
  if (!profile) throw new DomainError("common.notFound");
  const contract = await queries.findActiveContract(db, { customerId: profile.id, organizationId: profile.organizationId });
  return { ...profile, email: profile.email ?? actor.email, locale: actor.locale, contract };
}
