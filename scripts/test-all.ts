/**
 * The whole test suite, as the README and CI run it: lint, integration tests (Vitest on real
 * PostgreSQL), a production build, then end-to-end tests in Chromium against that build started
 * with `npm run demo`. Ends with one summary line: "N passed, N failed".
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { childEnv } from "@/server/env";

const root = path.resolve(import.meta.dirname, "..");
const resultsDir = path.join(root, "test-results");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const env = childEnv({ NEXT_TELEMETRY_DISABLED: "1" });

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  console.log(`=== ${label}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
  return result.status === 0;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

if (!fs.existsSync("/usr/bin/chromium")) {
  console.error("End-to-end tests need Debian's Chromium: apt-get install -y chromium");
  process.exit(1);
}
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

const steps = {
  lint: run("lint", bin("eslint"), ["."]),
  integration: run("integration tests (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${path.join(resultsDir, "vitest.json")}`]),
  build: run("production build", bin("next"), ["build"]),
  e2e: false,
};
if (steps.build) steps.e2e = run("end-to-end tests (playwright, chromium)", bin("playwright"), ["test"]);

const vitest = readJson<{ numPassedTests: number; numFailedTests: number }>(path.join(resultsDir, "vitest.json"));
const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(path.join(resultsDir, "e2e.json"));
const passed = (vitest?.numPassedTests ?? 0) + (e2e?.stats.expected ?? 0) + (e2e?.stats.flaky ?? 0);
const failedSteps = Object.entries(steps).filter(([, ok]) => !ok).map(([name]) => name);
const failed = (vitest?.numFailedTests ?? 0) + (e2e?.stats.unexpected ?? 0) + failedSteps.filter((s) => s === "lint" || s === "build").length;

console.log(`\nvitest: ${vitest ? `${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed` : "no result"}; e2e: ${e2e ? `${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed` : "no result"}`);
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(", ")}`);
console.log(`tests: ${passed} passed, ${Math.max(failed, failedSteps.length ? 1 : 0)} failed`);
// A report that counts a failure fails the run even if its runner exited 0.
process.exit(failedSteps.length || failed > 0 ? 1 : 0);
