import type { Database } from "@/db/client";
import * as queries from "./queries";

/** The part of a Resend webhook event we use (the signature was checked by the route). */
export type DeliveryEvent = {
  webhookId: string;
  type: string;
  created_at?: string;
  data: { email_id?: string; to?: string[]; bounce?: { type?: string; subType?: string; message?: string } };
};

const statusOf = { "email.delivered": "delivered", "email.delivery_delayed": "delayed", "email.bounced": "bounced", "email.complained": "complained" } as const;
type TrackedType = keyof typeof statusOf;
const isFinalFailure = (status: string | null) => status === "bounced" || status === "complained";

/**
 * Records one provider event once (keyed by the webhook delivery id, so a replay changes nothing).
 * A permanent bounce or a complaint suppresses the address: the outbox never sends to it again and
 * the customer's email identity is flagged for agents. A transient bounce only marks the message.
 */
export async function recordDeliveryEvent(db: Database, event: DeliveryEvent, now = new Date()): Promise<"recorded" | "replay" | "ignored"> {
  if (!(event.type in statusOf)) return "ignored";
  const status = statusOf[event.type as TrackedType];
  const providerMessageId = event.data.email_id ?? null;
  return db.transaction(async (tx) => {
    const outbox = providerMessageId ? await queries.findOutboxByProviderId(tx, providerMessageId) : null;
    const isNew = await queries.insertDeliveryEvent(tx, { webhookId: event.webhookId, type: event.type, providerMessageId, outboxId: outbox?.id ?? null, data: event.data as Record<string, unknown> });
    if (!isNew) return "replay";
    // A late "delivered" or "delayed" never hides an earlier bounce or complaint.
    if (outbox && !(isFinalFailure(outbox.deliveryStatus) && !isFinalFailure(status))) await queries.setDeliveryStatus(tx, outbox.id, status, now);
    const isPermanent = status === "complained" || (status === "bounced" && event.data.bounce?.type?.toLowerCase() === "permanent");
    if (isPermanent) {
      const addresses = new Set([...(event.data.to ?? []), ...(outbox ? [outbox.to] : [])]);
      for (const email of addresses) await queries.suppressAddress(tx, { email, reason: status as "bounced" | "complained", providerMessageId, at: now });
    }
    return "recorded";
  });
}
