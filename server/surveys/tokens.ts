import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/server/env";
import { DomainError } from "@/server/errors";

/**
 * A survey link's token: `<invitation id>.<expiry, unix seconds>.<HMAC-SHA256>`. The key is derived
 * from AUTH_SECRET (HKDF, own label) so a survey token can never pass for another signed value.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
let key: Buffer | undefined;

function signingKey() {
  if (!env.AUTH_SECRET) throw new Error("AUTH_SECRET is not set: survey links cannot be signed");
  key ??= Buffer.from(hkdfSync("sha256", env.AUTH_SECRET, "parcours", "survey-token-v1", 32));
  return key;
}

const signatureOf = (invitationId: string, expiresAtSeconds: number) => createHmac("sha256", signingKey()).update(`${invitationId}.${expiresAtSeconds}`).digest();

export function signSurveyToken(invitationId: string, expiresAt: Date): string {
  const seconds = Math.floor(expiresAt.getTime() / 1000);
  return `${invitationId}.${seconds}.${signatureOf(invitationId, seconds).toString("base64url")}`;
}

/** An expired token's signature was checked too: it still proves which invitation it was for. */
export type TokenReading = { status: "valid"; invitationId: string; expiresAt: Date } | { status: "expired"; invitationId: string } | { status: "invalid" };

/** Checks the signature (in constant time) before the expiry, so a forged token learns nothing. */
export function readSurveyToken(token: string, now = new Date()): TokenReading {
  if (token.length > 200) return { status: "invalid" };
  const [invitationId, expiry, signature, extra] = token.split(".");
  if (!invitationId || !expiry || !signature || extra !== undefined || !UUID.test(invitationId) || !/^\d{1,12}$/.test(expiry)) return { status: "invalid" };
  const expected = signatureOf(invitationId, Number(expiry));
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { status: "invalid" };
  const expiresAt = new Date(Number(expiry) * 1000);
  return expiresAt <= now ? { status: "expired", invitationId } : { status: "valid", invitationId, expiresAt };
}

/**
 * Who may use a survey: whoever holds a link we signed that has not expired (opting out also accepts
 * an expired one). Throws surveys.invalidToken (answered as not found) or surveys.expired (forbidden).
 */
export function surveyInvitationIdOrThrow(token: string, options: { isExpiredAccepted?: boolean } = {}, now = new Date()): string {
  const reading = readSurveyToken(token, now);
  if (reading.status === "invalid") throw new DomainError("surveys.invalidToken");
  if (reading.status === "expired" && !options.isExpiredAccepted) throw new DomainError("surveys.expired");
  return reading.invitationId;
}
