import type { Database } from "@/db/client";
import { normalizeIdentity, receiveInbound, type InboundMessage } from "./intake";
import {
  activeChannelSecret,
  emailPayload,
  genericPayload,
  SIGNATURE_HEADER,
  smsPayload,
  socialPayload,
  TIMESTAMP_HEADER,
  verifySignature,
  webhookChannels,
  type WebhookChannel,
} from "./webhooks";
import { DomainError } from "@/server/errors";
import type { JobQueue } from "@/server/jobs/queue";

// Emails may carry attachments (base64 inflates them by a third): 5 files of 10 MB fit.
const MAX_BODY_BYTES = 70 * 1024 * 1024;

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

async function readCappedBody(request: Request): Promise<Uint8Array | null> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return null;
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function toInbound(channel: WebhookChannel, json: unknown, sizeBytes: number): InboundMessage | null {
  if (channel === "email") {
    const p = emailPayload.safeParse(json);
    if (!p.success) return null;
    const m = p.data;
    return {
      channel,
      providerMessageId: m.messageId,
      messageId: m.messageId,
      from: { ...normalizeIdentity("email", m.from.address), name: m.from.name ?? null },
      to: m.to,
      subject: m.subject,
      text: m.text,
      inReplyTo: m.inReplyTo ?? null,
      references: m.references,
      attachments: m.attachments.map((a) => ({ filename: a.filename, bytes: new Uint8Array(Buffer.from(a.content, "base64")) })),
      sizeBytes,
    };
  }
  if (channel === "sms") {
    const p = smsPayload.safeParse(json);
    return p.success ? { channel, providerMessageId: p.data.messageId, from: normalizeIdentity("phone", p.data.from), text: p.data.text, sizeBytes } : null;
  }
  if (channel === "social") {
    const p = socialPayload.safeParse(json);
    return p.success ? { channel, providerMessageId: p.data.messageId, from: { ...normalizeIdentity("social", p.data.handle, p.data.network), name: p.data.name ?? null }, text: p.data.text, sizeBytes } : null;
  }
  const p = genericPayload.safeParse(json);
  if (!p.success) return null;
  return {
    channel: "generic",
    providerMessageId: p.data.messageId,
    from: { ...normalizeIdentity(p.data.from.kind, p.data.from.value, p.data.from.network), name: p.data.from.name ?? null },
    subject: p.data.subject ?? null,
    text: p.data.text,
    sizeBytes,
  };
}

/**
 * Signed inbound messages: POST /api/channels/{email|sms|social|generic}. Headers
 * x-parcours-timestamp (unix seconds) and x-parcours-signature (v1=HMAC-SHA256 over
 * "<timestamp>.<raw body>" with the channel's secret). Unsigned, wrongly signed or stale → 401 and
 * nothing stored; a redelivery of one provider message id → 200 with the first outcome.
 */
export async function handleChannelWebhook(deps: { db: Database; getQueue: () => Promise<JobQueue> }, channel: string, request: Request): Promise<Response> {
  if (!webhookChannels.includes(channel as WebhookChannel)) return answer(404, { error: "unknown channel" });
  const body = await readCappedBody(request);
  if (!body) return answer(413, { error: "payload too large" });
  const isSigned = verifySignature({
    secret: await activeChannelSecret(deps.db, channel as WebhookChannel),
    timestamp: request.headers.get(TIMESTAMP_HEADER),
    signature: request.headers.get(SIGNATURE_HEADER),
    body,
  });
  if (!isSigned) return answer(401, { error: "invalid signature" });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return answer(400, { error: "body is not JSON" });
  }
  const message = toInbound(channel as WebhookChannel, json, body.byteLength);
  if (!message) return answer(400, { error: "payload does not match the channel's schema" });
  try {
    const outcome = await receiveInbound(deps.db, await deps.getQueue(), message);
    return answer(200, { case: outcome.number, duplicate: outcome.isDuplicate, newCase: outcome.isNewCase });
  } catch (error) {
    if (error instanceof DomainError && (error.code === "cases.attachmentRejected" || error.code === "cases.tooManyAttachments")) return answer(422, { error: error.code });
    throw error;
  }
}
