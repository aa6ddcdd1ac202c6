import type { Database } from "@/db/client";
import { DomainError } from "@/server/errors";
import * as queries from "./queries";

const ORDERS_SHOWN = 5;
const CASES_SHOWN = 10;
const SURVEYS_SHOWN = 5;
const JOURNEY_SHOWN = 10;

export type SurveyAnswer = { caseNumber: string; csat: number | null; ces: number | null; isLowScore: boolean; answeredAt: Date };

const numberOrNull = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : null);

/**
 * Everything an agent needs to know about a customer without asking them again: identities on each
 * channel, organization, contract and tier, contact preferences, recent orders, their cases, forum
 * activity, surveys answered and the latest journey touchpoints. Staff only: callers check the role.
 */
export async function getCustomerPanel(db: Database, customerId: string) {
  const customer = await queries.findPanelCustomer(db, customerId);
  if (!customer) throw new DomainError("common.notFound");
  const [identities, contract, preferences, orders, orderCount, cases, forum, surveys, journey] = await Promise.all([
    queries.listIdentities(db, customerId),
    queries.findActiveContract(db, { customerId, organizationId: customer.organizationId }),
    queries.findContactPreferences(db, customerId),
    queries.listRecentOrders(db, customerId, ORDERS_SHOWN),
    queries.countOrders(db, customerId),
    queries.listRecentCases(db, customerId, CASES_SHOWN),
    customer.userId ? queries.findForumActivity(db, customer.userId) : null,
    queries.listSurveyAnswers(db, customerId, SURVEYS_SHOWN),
    queries.listJourneyEvents(db, customerId, JOURNEY_SHOWN),
  ]);
  return {
    id: customer.id,
    displayName: customer.displayName,
    phone: customer.phone,
    isVip: customer.isVip,
    country: customer.country,
    preferredLocale: customer.preferredLocale,
    preferredChannel: customer.preferredChannel,
    organizationName: customer.organizationName,
    organizationSize: customer.organizationSize,
    organizationRole: customer.organizationRole,
    accountEmail: customer.accountEmail,
    createdAt: customer.createdAt,
    identities,
    contract,
    // Without saved preferences the customer gets the portal's defaults (server/customers getMyProfileOrThrow).
    preferences: preferences ?? { channels: [customer.preferredChannel], fromHour: 9, toHour: 18, days: [1, 2, 3, 4, 5], timeZone: "Europe/Paris" },
    orders,
    orderCount,
    cases,
    forum: forum ?? { threads: 0, posts: 0, latest: [] },
    surveys: surveys.map((s): SurveyAnswer => ({
      caseNumber: s.caseNumber,
      csat: numberOrNull(s.data.csat),
      ces: numberOrNull(s.data.ces),
      isLowScore: s.data.lowScore === true,
      answeredAt: s.createdAt,
    })),
    journey,
  };
}

export type CustomerPanel = Awaited<ReturnType<typeof getCustomerPanel>>;
