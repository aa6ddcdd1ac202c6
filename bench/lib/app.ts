import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { childEnv, toolEnv } from "@/server/env";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const nextBin = path.join(repoRoot, "node_modules/next/dist/bin/next");

export const HEALTH_PATH = "/api/trpc/system.health";

/** Runs `next build` when there is no production build yet (or when asked to rebuild). */
export async function ensureProductionBuild(options: { rebuild: boolean; log: (line: string) => void }): Promise<void> {
  // next.config.ts reads NEXT_DIST_DIR too, and `next start` inherits it, so both look in the same place.
  const buildId = path.join(repoRoot, toolEnv.NEXT_DIST_DIR, "BUILD_ID");
  if (!options.rebuild && fs.existsSync(buildId)) {
    options.log(`Using the production build in ${toolEnv.NEXT_DIST_DIR} (BUILD_ID ${fs.readFileSync(buildId, "utf8").trim()}); pass --rebuild after changing code.`);
    return;
  }
  options.log("Building the app (next build)...");
  const child = spawn(process.execPath, [nextBin, "build"], { cwd: repoRoot, stdio: "inherit", env: childEnv({ NEXT_TELEMETRY_DISABLED: "1" }) });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export type RunningApp = { baseUrl: string; pid: number; stop: () => Promise<void>; output: () => string };

/**
 * `next start` as a child in its own process group (so stopping it also stops anything it spawned),
 * answering once the health procedure does. Its output is kept and shown only if it fails to start.
 */
export async function startApp(options: { databaseUrl: string; port: number }): Promise<RunningApp> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: repoRoot,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: childEnv({
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: randomBytes(32).toString("hex"),
      APP_URL: baseUrl,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      // One benchmark sign-in per run, but runs follow each other within the limiter's window.
      SIGN_IN_LIMIT_PER_IP: "100000",
      SIGN_IN_LIMIT_PER_ADDRESS: "100000",
      // The route-handler rung of the ladder (app/api/bench).
      BENCH_ROUTES: "1",
    }),
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const app: RunningApp = { baseUrl, pid: child.pid!, stop: () => stopProcessGroup(child), output: () => output };
  try {
    await waitForHealth(baseUrl, child, 90_000);
  } catch (error) {
    await app.stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- next start output ---\n${output}`);
  }
  return app;
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(baseUrl + HEALTH_PATH, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${HEALTH_PATH} did not answer 200 within ${timeoutMs / 1000} s`);
}

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
