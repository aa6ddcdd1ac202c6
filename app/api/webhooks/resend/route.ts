import { getDb } from "@/db/client";
import { recordDeliveryEvent } from "@/server/email";
import { verifyResendWebhook } from "@/server/email/webhook";
import { env } from "@/server/env";

const MAX_BODY = 256 * 1024;
const json = (status: number, body: unknown) => Response.json(body, { status });

/**
 * Resend delivery events (delivered, delayed, bounced, complained). Without RESEND_WEBHOOK_SECRET
 * nothing can be verified, so the endpoint answers 503 and records nothing: Resend keeps retrying,
 * and the events arrive once the secret is configured. A forged or stale delivery gets 401; a
 * replayed one is acknowledged without being processed again.
 */
export async function POST(request: Request) {
  const secret = env.RESEND_WEBHOOK_SECRET;
  if (!secret) return json(503, { error: "webhook not configured" });
  const raw = await request.text();
  if (raw.length > MAX_BODY) return json(413, { error: "payload too large" });
  const event = verifyResendWebhook(raw, request.headers, secret);
  if (!event) return json(401, { error: "invalid signature" });
  const outcome = await recordDeliveryEvent(getDb(), event);
  return json(200, { outcome });
}
