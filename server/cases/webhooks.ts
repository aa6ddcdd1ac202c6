import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { Database } from "@/db/client";
import { env } from "@/server/env";
import { rotatedChannelSecret } from "@/server/settings/channel-secrets";

export const webhookChannels = ["email", "sms", "social", "generic"] as const;
export type WebhookChannel = (typeof webhookChannels)[number];

/** How far a signed timestamp may be from our clock; older deliveries are refused as replays. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;
export const TIMESTAMP_HEADER = "x-parcours-timestamp";
export const SIGNATURE_HEADER = "x-parcours-signature";

/** The channel's secret: its own env variable, or one derived from AUTH_SECRET when unset (dev and demo). */
export function channelSecret(channel: WebhookChannel): string {
  const configured = { email: env.CHANNEL_SECRET_EMAIL, sms: env.CHANNEL_SECRET_SMS, social: env.CHANNEL_SECRET_SOCIAL, generic: env.CHANNEL_SECRET_GENERIC }[channel];
  if (configured) return configured;
  // AUTH_SECRET is required at run time (server/env.ts); without it no channel accepts anything.
  if (!env.AUTH_SECRET) throw new Error("AUTH_SECRET is not set: channel webhooks cannot derive their secret");
  return createHmac("sha256", env.AUTH_SECRET).update(`parcours-channel:${channel}`).digest("hex");
}

/** The secret a delivery must be signed with: one rotated in the settings wins over the env or derived one. */
export async function activeChannelSecret(db: Database, channel: WebhookChannel): Promise<string> {
  return (await rotatedChannelSecret(db, channel)) ?? channelSecret(channel);
}

/** "v1=<hex HMAC-SHA256 of `<timestamp>.<raw body>`>": what a sender puts in x-parcours-signature. */
export function signPayload(secret: string, timestamp: number, body: string | Uint8Array): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("hex")}`;
}

/**
 * Checks the signature over the exact bytes received and the timestamp's freshness. Any doubt
 * (missing header, malformed value, wrong length) is a refusal; the comparison is constant-time.
 */
export function verifySignature(params: { secret: string; timestamp: string | null; signature: string | null; body: Uint8Array; now?: Date }): boolean {
  const { timestamp, signature } = params;
  if (!timestamp || !signature || !/^\d{9,11}$/.test(timestamp)) return false;
  const nowSeconds = Math.floor((params.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signPayload(params.secret, Number(timestamp), params.body));
  // Several signatures may be sent during a secret rotation: any one valid is enough.
  return signature.split(/[ ,]+/).some((candidate) => {
    const given = Buffer.from(candidate.trim());
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

const text = z.string().max(100_000);
const attachment = z.strictObject({ filename: z.string().max(300), contentType: z.string().max(200).optional(), content: z.base64().max(14_000_000) });

/** A parsed email as inbound providers post it (Resend inbound, Postmark, Mailgun routes mapped to this). */
export const emailPayload = z.strictObject({
  messageId: z.string().min(1).max(998),
  from: z.strictObject({ address: z.email().max(320), name: z.string().max(200).optional() }),
  to: z.array(z.string().max(400)).max(50).default([]),
  subject: z.string().max(998).default(""),
  text: text.default(""),
  inReplyTo: z.string().max(998).nullish(),
  references: z.array(z.string().max(998)).max(100).default([]),
  attachments: z.array(attachment).max(5).default([]),
});
export const smsPayload = z.strictObject({ messageId: z.string().min(1).max(200), from: z.string().min(3).max(32), text: text.min(1) });
export const socialPayload = z.strictObject({
  messageId: z.string().min(1).max(200),
  network: z.string().min(1).max(40),
  handle: z.string().min(1).max(100),
  name: z.string().max(200).optional(),
  text: text.min(1),
});
export const genericPayload = z.strictObject({
  messageId: z.string().min(1).max(200),
  from: z.strictObject({ kind: z.enum(["email", "phone", "social"]), value: z.string().min(1).max(320), network: z.string().max(40).optional(), name: z.string().max(200).optional() }),
  subject: z.string().max(998).optional(),
  text: text.min(1),
});
