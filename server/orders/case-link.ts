import type { Database } from "@/db/client";
import { createCase } from "@/server/cases";
import type { Locale } from "@/server/i18n/config";
import { translator } from "@/server/i18n/messages";
import type { JobQueue } from "@/server/jobs/queue";
import type { RequestKind } from "./rules";

/**
 * Opens the case that handles an order request, through the cases service (scoring, routing and SLA
 * apply as for any case). Written in the customer's language, so the agent reads what the customer
 * chose, and idempotent on the request id.
 */
export async function openCaseForOrderRequest(
  db: Database,
  queue: JobQueue,
  request: { requestId: string; customerId: string; category: string; orderId: string; orderNumber: string; kind: RequestKind; reason: string; details: string; locale: Locale },
): Promise<{ id: string; number: string | number }> {
  const t = translator(request.locale, "selfcare");
  const reason = t(`requests.reasons.${request.reason}` as "requests.reasons.other");
  const description = [t("requests.caseBody", { kind: t(`requests.kinds.${request.kind}`), number: request.orderNumber, reason }), request.details]
    .filter(Boolean)
    .join("\n\n");
  return createCase(db, queue, {
    customerId: request.customerId,
    channel: "order",
    category: request.category,
    subject: t("requests.caseSubject", { kind: t(`requests.kinds.${request.kind}`), number: request.orderNumber }),
    description,
    orderId: request.orderId,
    locale: request.locale,
    externalReference: { kind: "order-request", id: request.requestId },
  });
}
