import type { Database } from "@/db/client";
import { findMailboxMessage, listMailbox } from "./queries";
import { isDevMailboxEnabled } from "./transport-from-env";

/** The dev mailbox: every outbox message, newest first. Empty when a real email service is configured. */
export async function listDevMailbox(db: Database) {
  return isDevMailboxEnabled() ? listMailbox(db, 100) : [];
}

/** One message with the links it contains (so a newcomer, or a test, can follow a sign-in link). */
export async function getDevMailboxMessage(db: Database, id: string) {
  if (!isDevMailboxEnabled() || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const message = await findMailboxMessage(db, id);
  if (!message) return null;
  const links = [...new Set([...(message.html ?? "").matchAll(/href="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&")))];
  return { ...message, links };
}
