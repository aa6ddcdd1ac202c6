import type { Database } from "@/db/client";
import { env } from "@/server/env";
import { createLimiter, type Limiter } from "./rate-limit";

const WINDOW_SECONDS = 15 * 60;

let limiters: { perAddress: Limiter; perIp: Limiter } | undefined;

function signInLimiters(db: Database) {
  limiters ??= {
    perAddress: createLimiter(db, { name: "sign-in-address", points: env.SIGN_IN_LIMIT_PER_ADDRESS, durationSeconds: WINDOW_SECONDS }),
    perIp: createLimiter(db, { name: "sign-in-ip", points: env.SIGN_IN_LIMIT_PER_IP, durationSeconds: WINDOW_SECONDS }),
  };
  return limiters;
}

export const clientIp = (headers: Headers) => headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";

/**
 * Counts one sign-in attempt (password or magic link) for the address and the network. Known and
 * unknown addresses are counted alike, so the answer never tells whether an account exists.
 */
export async function consumeSignInAttempt(db: Database, params: { email: string; ip: string }) {
  const { perAddress, perIp } = signInLimiters(db);
  const byIp = await perIp.consume(params.ip);
  const byAddress = await perAddress.consume(params.email);
  const blocked = [byIp, byAddress].filter((r) => !r.isAllowed);
  return { isAllowed: blocked.length === 0, retryAfterSeconds: Math.max(0, ...blocked.map((r) => r.retryAfterSeconds)) };
}

/** Whether the next attempt would be refused, without counting one (used to answer 429 early). */
export async function peekSignInAttempt(db: Database, params: { email: string | null; ip: string }) {
  const { perAddress, perIp } = signInLimiters(db);
  const checks = [await perIp.peek(params.ip)];
  if (params.email) checks.push(await perAddress.peek(params.email));
  const blocked = checks.filter((r) => !r.isAllowed);
  return { isAllowed: blocked.length === 0, retryAfterSeconds: Math.max(0, ...blocked.map((r) => r.retryAfterSeconds)) };
}

/** A right password clears the address's count, so only failures add up (people sign in often). */
export async function resetSignInAttempts(db: Database, email: string): Promise<void> {
  await signInLimiters(db).perAddress.reset(email);
}
