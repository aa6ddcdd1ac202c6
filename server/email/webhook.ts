import { Resend } from "resend";
import type { DeliveryEvent } from "./delivery-events";

// verify() never calls the API, but the SDK's constructor insists on a key.
const verifier = new Resend("re_webhook_verification_only").webhooks;

/**
 * Checks a Resend webhook delivery (Svix / Standard Webhooks signature: HMAC of id, timestamp and the
 * raw body, timestamps older or newer than 5 minutes refused) and returns the event, or null.
 */
export function verifyResendWebhook(rawBody: string, headers: Headers, secret: string): DeliveryEvent | null {
  const id = headers.get("svix-id") ?? headers.get("webhook-id");
  const timestamp = headers.get("svix-timestamp") ?? headers.get("webhook-timestamp");
  const signature = headers.get("svix-signature") ?? headers.get("webhook-signature");
  if (!id || !timestamp || !signature || id.length > 200) return null;
  try {
    const event = verifier.verify({ payload: rawBody, headers: { id, timestamp, signature }, webhookSecret: secret }) as unknown as { type?: unknown; data?: unknown };
    if (typeof event.type !== "string" || !event.data || typeof event.data !== "object") return null;
    return { webhookId: id, type: event.type, data: event.data as DeliveryEvent["data"] };
  } catch {
    return null;
  }
}
