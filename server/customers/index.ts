import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { DomainError } from "@/server/errors";
import { getMyContactPreferences, getPendingEmailChange } from "@/server/accounts/self-care";
import * as queries from "./queries";
import type { SearchCustomersInput } from "./schemas";

/** Staff search by name, email, phone or handle. */
export const searchCustomers = (db: Database, input: SearchCustomersInput) => queries.searchCustomers(db, input);

/** The signed-in customer's own profile, organization and contract. */
export async function getMyProfileOrThrow(db: Database, actor: Actor & { customerId: string }) {
  const profile = await queries.findCustomerProfile(db, actor.customerId);
  if (!profile) throw new DomainError("common.notFound");
  const [contract, preferences, pendingEmail] = await Promise.all([
    queries.findActiveContract(db, { customerId: profile.id, organizationId: profile.organizationId }),
    getMyContactPreferences(db, actor),
    getPendingEmailChange(db, actor),
  ]);
  return {
    ...profile,
    email: profile.email ?? actor.email,
    locale: actor.locale,
    contract,
    pendingEmail,
    // Defaults until the customer saves their own: office hours on weekdays, by their preferred channel.
    contactPreferences: preferences ?? { channels: [profile.preferredChannel], fromHour: 9, toHour: 18, days: [1, 2, 3, 4, 5], timeZone: "Europe/Paris" },
  };
}
