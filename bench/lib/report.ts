import fs from "node:fs";
import path from "node:path";
import type { LoadResult, Percentiles } from "./load";

export const resultsDir = path.resolve(import.meta.dirname, "../results");

export type Row = { variant: string; connections: string; rps: number | null; latency: Percentiles; errors: number | null; non2xx: number | null };

const ms = (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(2) : value.toFixed(1)) : "-");

export function loadRow(variant: string, result: LoadResult): Row {
  return { variant, connections: result.rate ? "open" : String(result.connections), rps: result.requestsPerSecond, latency: result.latencyMs, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

/** A fixed-width table: variant, connections, req/s, p50, p95, p99 (ms), errors, non-2xx. */
export function formatTable(rows: Row[]): string {
  const header = ["variant", "conns", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "non-2xx"];
  const body = rows.map((r) => [
    r.variant,
    r.connections,
    r.rps === null ? "-" : r.rps.toFixed(0),
    ms(r.latency.p50),
    ms(r.latency.p95),
    ms(r.latency.p99),
    r.errors === null ? "-" : String(r.errors),
    r.non2xx === null ? "-" : String(r.non2xx),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/** Writes the full report as bench/results/<timestamp>-<name>.json (git-ignored) and returns its path. */
export function writeReport(name: string, report: unknown): string {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${name}.json`);
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
  return file;
}
