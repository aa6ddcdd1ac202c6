import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { recordAudit } from "@/server/audit";
import { env } from "@/server/env";
import { cachedConfig, invalidateConfigCache } from "@/server/routing/config-cache";
import * as queries from "./queries";
import type { RotateChannelSecretInput } from "./schemas";

type Channel = RotateChannelSecretInput["channel"];
const channels: Channel[] = ["email", "sms", "social", "generic"];

/** AES-256 key for secrets at rest, derived from AUTH_SECRET so no second key has to be managed. */
function sealingKey(): Buffer {
  if (!env.AUTH_SECRET) throw new Error("AUTH_SECRET is not set: stored channel secrets cannot be sealed or opened");
  return Buffer.from(hkdfSync("sha256", env.AUTH_SECRET, "parcours", "channel-secrets/v1", 32));
}

/** base64(iv | tag | ciphertext), AES-256-GCM; the channel is bound as associated data. */
export function sealSecret(channel: Channel, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealingKey(), iv).setAAD(Buffer.from(channel));
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64");
}

export function openSecret(channel: Channel, sealed: string): string {
  const raw = Buffer.from(sealed, "base64");
  const decipher = createDecipheriv("aes-256-gcm", sealingKey(), raw.subarray(0, 12)).setAAD(Buffer.from(channel));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

// Webhooks read the rotated secrets on every delivery: cached with the desk's configuration and
// dropped on rotation (other processes pick the new one up within CONFIG_TTL_MS).
const rotatedSecrets = (db: Database) =>
  cachedConfig(
    "channels:secrets",
    async () => new Map((await queries.listChannelSecrets(db)).map((row) => [row.channel, openSecret(row.channel, row.sealed)] as const)),
  );

/** The secret rotated here for a channel, or null when the env variable or AUTH_SECRET supplies it. */
export async function rotatedChannelSecret(db: Database, channel: Channel): Promise<string | null> {
  return (await rotatedSecrets(db)).get(channel) ?? null;
}

const envSecret = (channel: Channel) =>
  ({ email: env.CHANNEL_SECRET_EMAIL, sms: env.CHANNEL_SECRET_SMS, social: env.CHANNEL_SECRET_SOCIAL, generic: env.CHANNEL_SECRET_GENERIC })[channel];

/** Where each channel's secret comes from; never the secret itself. */
export async function listChannelSecretSources(db: Database) {
  const rows = new Map((await queries.listChannelSecrets(db)).map((row) => [row.channel, row]));
  const names = await queries.namesOfUsers(
    db,
    [...rows.values()].flatMap((r) => (r.rotatedBy ? [r.rotatedBy] : [])),
  );
  return channels.map((channel) => {
    const row = rows.get(channel);
    const source = row ? ("rotated" as const) : envSecret(channel) ? ("env" as const) : ("derived" as const);
    return { channel, source, rotatedAt: row?.rotatedAt ?? null, rotatedBy: row?.rotatedBy ? (names.get(row.rotatedBy) ?? null) : null };
  });
}

/**
 * Replaces a channel's secret with a new random one and returns it: the only time it is shown. The
 * previous secret (rotated, env or derived) stops working at once in this process.
 */
export async function rotateChannelSecret(db: Database, actor: Actor, input: RotateChannelSecretInput) {
  const secret = randomBytes(32).toString("hex");
  const rotatedAt = new Date();
  await db.transaction(async (tx) => {
    await queries.upsertChannelSecret(tx, { channel: input.channel, sealed: sealSecret(input.channel, secret), rotatedBy: actor.userId, rotatedAt });
    await recordAudit(tx, { actorUserId: actor.userId, action: "channelSecret.rotate", entityType: "channel", entityId: input.channel });
  });
  invalidateConfigCache();
  return { channel: input.channel, secret, rotatedAt };
}
