import { describe, expect, it } from "vitest";
import { createCustomerUser, uniqueEmail } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { consumeSignInAttempt, peekSignInAttempt, resetSignInAttempts } from "./sign-in-limits";

const { db } = await setupTestDatabase();

// Limits come from vitest.config.ts: 5 per address, 50 per network, per 15 minutes.
const PER_ADDRESS = 5;

let ipCounter = 0;
/** A different network per call, so only the per-address limit is in play. */
const freshIp = () => `198.51.100.${++ipCounter}`;

async function attempts(email: string, count: number) {
  const results = [];
  for (let i = 0; i < count; i++) results.push(await consumeSignInAttempt(db, { email, ip: freshIp() }));
  return results;
}

describe("sign-in attempts per address", () => {
  it("refuses the 6th attempt for a known address", async () => {
    const { email } = await createCustomerUser(db);
    const results = await attempts(email, PER_ADDRESS + 1);
    expect(results.map((r) => r.isAllowed)).toEqual([true, true, true, true, true, false]);
    expect(results.at(-1)!.retryAfterSeconds).toBeGreaterThan(0);
    expect(results.at(-1)!.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect((await peekSignInAttempt(db, { email, ip: freshIp() })).isAllowed).toBe(false);
  });

  it("answers an unknown address exactly like a known one", async () => {
    const known = (await createCustomerUser(db)).email;
    const unknown = uniqueEmail("nobody");
    const forKnown = await attempts(known, PER_ADDRESS + 2);
    const forUnknown = await attempts(unknown, PER_ADDRESS + 2);
    expect(forUnknown.map((r) => r.isAllowed)).toEqual(forKnown.map((r) => r.isAllowed));
    expect(forUnknown.map((r) => r.isAllowed)).toEqual([true, true, true, true, true, false, false]);
  });

  it("leaves other addresses alone", async () => {
    const blocked = uniqueEmail("blocked");
    await attempts(blocked, PER_ADDRESS + 1);
    const other = uniqueEmail("other");
    expect((await attempts(other, PER_ADDRESS)).every((r) => r.isAllowed)).toBe(true);
    expect((await peekSignInAttempt(db, { email: uniqueEmail("third"), ip: freshIp() })).isAllowed).toBe(true);
  });

  it("limits one network across many addresses", async () => {
    const ip = "203.0.113.7";
    const results = [];
    for (let i = 0; i < 51; i++) results.push(await consumeSignInAttempt(db, { email: uniqueEmail(`spray${i}`), ip }));
    expect(results.slice(0, 50).every((r) => r.isAllowed)).toBe(true);
    expect(results[50]!.isAllowed).toBe(false);
    // Another network is unaffected.
    expect((await consumeSignInAttempt(db, { email: uniqueEmail("elsewhere"), ip: "203.0.113.8" })).isAllowed).toBe(true);
  });

  it("starts counting again after a successful sign-in clears the address", async () => {
    const email = uniqueEmail("regular");
    await attempts(email, PER_ADDRESS - 1);
    await resetSignInAttempts(db, email);
    expect((await attempts(email, PER_ADDRESS)).every((r) => r.isAllowed)).toBe(true);
    expect((await consumeSignInAttempt(db, { email, ip: freshIp() })).isAllowed).toBe(false);
  });
});
