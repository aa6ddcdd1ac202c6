import { pgEnum, pgTable, text, timestamp, uuid, index } from "drizzle-orm/pg-core";
import { users } from "./identity";

export const webhookChannel = pgEnum("webhook_channel", ["email", "sms", "social", "generic"]);

/**
 * A webhook secret rotated from the settings, encrypted at rest (AES-256-GCM, key derived from
 * AUTH_SECRET; server/settings/channel-secrets.ts). When a row exists it wins over the env variable.
 */
export const channelSecrets = pgTable(
  "channel_secrets",
  {
    channel: webhookChannel().primaryKey(),
    // base64 of iv (12 bytes) | auth tag (16 bytes) | ciphertext
    sealed: text().notNull(),
    rotatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    rotatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.rotatedBy)],
);
