import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import type { Database } from "@/db/client";
import { rateLimits } from "@/db/schema";

export type Limiter = {
  consume(key: string): Promise<{ isAllowed: boolean; retryAfterSeconds: number }>;
  peek(key: string): Promise<{ isAllowed: boolean; retryAfterSeconds: number }>;
  reset(key: string): Promise<void>;
};

/** A fixed-window limiter whose counters live in PostgreSQL, so every app process shares them. */
export function createLimiter(db: Database, options: { name: string; points: number; durationSeconds: number }): Limiter {
  const limiter = new RateLimiterDrizzle({
    storeClient: db,
    schema: rateLimits,
    keyPrefix: options.name,
    points: options.points,
    duration: options.durationSeconds,
  });
  const toResult = (res: RateLimiterRes | null, isAllowed: boolean) => ({ isAllowed, retryAfterSeconds: Math.max(1, Math.ceil((res?.msBeforeNext ?? 0) / 1000)) });
  return {
    async consume(key) {
      try {
        return toResult(await limiter.consume(key), true);
      } catch (error) {
        if (error instanceof RateLimiterRes) return toResult(error, false);
        throw error;
      }
    },
    async reset(key) {
      await limiter.delete(key);
    },
    async peek(key) {
      const res = await limiter.get(key);
      return toResult(res, !res || res.consumedPoints < options.points);
    },
  };
}
