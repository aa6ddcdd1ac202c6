import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { DomainError } from "@/server/errors";
import { getMyContactPreferences, getPendingEmailChange } from "@/server/accounts/self-care";
import * as queries from "./queries";
import { getCustomerPanel } from "./panel";
import type { GetCustomerInput, MergePreviewInput, SearchCustomersInput } from "./schemas";

/** Staff search by name, email, phone or handle. */
export const searchCustomers = (db: Database, input: SearchCustomersInput) => queries.searchCustomers(db, input);

export const CUSTOMER_CASES_PER_PAGE = 20;

/** Staff: the customer page, with the customer panel and one page of all their cases. */
export async function getCustomerOrThrow(db: Database, input: GetCustomerInput) {
  const [panel, rows] = await Promise.all([
    getCustomerPanel(db, input.id),
    queries.listCasesPage(db, { customerId: input.id, offset: (input.page - 1) * CUSTOMER_CASES_PER_PAGE, limit: CUSTOMER_CASES_PER_PAGE }),
  ]);
  return { panel, cases: rows.slice(0, CUSTOMER_CASES_PER_PAGE), page: input.page, hasMore: rows.length > CUSTOMER_CASES_PER_PAGE };
}

/**
 * Staff: what merging `fromId` into `intoId` would move (identities, cases, orders), before anything
 * moves. `canMerge` is false where mergeCustomers would refuse (the same record, or two accounts).
 */
export async function previewCustomerMerge(db: Database, input: MergePreviewInput) {
  const [from, into] = await Promise.all([queries.findMergeSide(db, input.fromId), queries.findMergeSide(db, input.intoId)]);
  if (!from || !into) throw new DomainError("common.notFound");
  const refusal = from.id === into.id ? ("cases.mergeSame" as const) : from.hasAccount && into.hasAccount ? ("cases.mergeAccounts" as const) : null;
  return { from, into, canMerge: refusal === null, refusal };
}

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
