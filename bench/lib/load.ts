import autocannon from "autocannon";

export type Percentiles = { p50: number; p95: number; p99: number; mean: number; max: number };

export type LoadResult = {
  connections: number;
  /** Fixed arrival rate (open loop), or null for a closed loop at saturation. */
  rate: number | null;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: Percentiles;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
};

/** Nearest-rank percentiles of a sample, in the sample's unit. */
export function percentiles(samples: number[]): Percentiles {
  if (samples.length === 0) return { p50: NaN, p95: NaN, p99: NaN, mean: NaN, max: NaN };
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length, max: sorted[sorted.length - 1]! };
}

/**
 * One autocannon run. Latencies are recorded here from each response rather than taken from
 * autocannon's histogram, which keeps whole milliseconds only and has no p95: the floor answers in
 * well under a millisecond, and the ladder compares sub-millisecond differences. With `rate`, the
 * run is paced (open loop); the rate must stay below the server's capacity, since a request that
 * waits for a busy connection is not counted as late (no coordinated-omission correction).
 */
export async function runLoad(options: { url: string; headers?: Record<string, string>; connections: number; seconds: number; rate?: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: options.url,
    headers: options.headers,
    connections: options.connections,
    duration: options.seconds,
    overallRate: options.rate,
    timeout: 10,
  });
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTimeMs: number) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTimeMs);
  });
  const result = await instance;
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]));
  const requests = Object.values(statusCodes).reduce((a, b) => a + b, 0);
  return {
    connections: options.connections,
    rate: options.rate ?? null,
    seconds: result.duration,
    requests,
    requestsPerSecond: requests / result.duration,
    latencyMs: percentiles(latencies),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
  };
}
