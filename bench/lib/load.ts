import http from "node:http";
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
 * A closed-loop autocannon run: each connection sends its next request when the previous answer
 * arrives, which measures throughput at saturation. Latencies are recorded here from each response
 * rather than taken from autocannon's histogram, which keeps whole milliseconds only and has no
 * p95: the floor answers in well under a millisecond, and the ladder compares sub-millisecond
 * differences.
 */
export async function runLoad(options: { url: string; headers?: Record<string, string>; connections: number; seconds: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: options.url,
    headers: options.headers,
    connections: options.connections,
    duration: options.seconds,
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
    rate: null,
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

/**
 * Waits until `at` (a performance.now() time). A timer alone fires 1–2 ms late on a busy machine, and
 * that lateness would count as the server's latency: sleep until shortly before, then yield to the
 * event loop (so responses keep being read) until the moment comes.
 */
async function departAt(at: number) {
  const wait = at - performance.now();
  if (wait > 2) await new Promise((resolve) => setTimeout(resolve, wait - 2));
  while (performance.now() < at) await new Promise((resolve) => setImmediate(resolve));
}

/** Starts `send(scheduledAt)` `rate` times a second for `seconds`, whatever earlier sends are doing; the run's length in seconds. */
async function atFixedRate(rate: number, seconds: number, send: (scheduledAt: number) => Promise<void>): Promise<number> {
  const total = Math.round(rate * seconds);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const scheduledAt = started + (i * 1000) / rate;
    await departAt(scheduledAt);
    pending.push(send(scheduledAt));
  }
  await Promise.all(pending);
  return (performance.now() - started) / 1000;
}

/**
 * In-process work (a raw SQL statement, a service call) at the open loop's fixed arrival rate, so it
 * pays what the API pays between arrivals (an idle machine wakes up slower than a busy one: at 10
 * requests/s a trivial request's p50 here was twice its back-to-back p50) and compares like with like.
 */
export async function openLoopCalls(options: { rate: number; seconds: number; call: () => Promise<unknown> }): Promise<Percentiles> {
  const latencies: number[] = [];
  await atFixedRate(options.rate, options.seconds, async (scheduledAt) => {
    await options.call();
    latencies.push(performance.now() - scheduledAt);
  });
  return percentiles(latencies);
}

/**
 * An open-loop run at a fixed arrival rate, for latency targets. Requests leave on a fixed schedule
 * whatever the server does, over as many keep-alive sockets as needed, and latency counts from the
 * scheduled departure, so a server that falls behind shows its queueing (no coordinated omission).
 * autocannon's `overallRate` does not do this: it releases each second's quota in a burst.
 */
export async function runOpenLoop(options: { url: string; headers?: Record<string, string>; rate: number; seconds: number; maxSockets?: number }): Promise<LoadResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 256 });
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let errors = 0;
  let timeouts = 0;
  const send = (scheduledAt: number) =>
    new Promise<void>((resolve) => {
      const request = http.get(
        { agent, host: target.hostname, port: target.port, path: target.pathname + target.search, headers: options.headers, timeout: 10_000 },
        (response) => {
          response.resume();
          response.once("end", () => {
            const code = response.statusCode ?? 0;
            statusCodes[code] = (statusCodes[code] ?? 0) + 1;
            if (code >= 200 && code < 300) latencies.push(performance.now() - scheduledAt);
            resolve();
          });
        },
      );
      request.once("timeout", () => {
        timeouts++;
        request.destroy();
      });
      request.once("error", () => {
        errors++;
        resolve();
      });
    });
  const seconds = await atFixedRate(options.rate, options.seconds, send);
  agent.destroy();
  const requests = Object.values(statusCodes).reduce((a, b) => a + b, 0);
  const non2xx = Object.entries(statusCodes).reduce((sum, [code, count]) => (code.startsWith("2") ? sum : sum + count), 0);
  return {
    connections: Object.keys(agent.sockets).length,
    rate: options.rate,
    seconds,
    requests,
    requestsPerSecond: requests / seconds,
    latencyMs: percentiles(latencies),
    errors: errors - timeouts,
    timeouts,
    non2xx,
    statusCodes,
  };
}
