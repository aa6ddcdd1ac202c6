/**
 * Starts Parcours: the database (the embedded PostgreSQL unless DATABASE_URL is set), migrations,
 * optionally the demo data, then `next start` (or `next dev`) and the job worker with one
 * DATABASE_URL. Stops them all on SIGTERM/SIGINT, or when either child dies.
 *   --dev                next dev instead of next start
 *   --build-if-missing   run `next build` first when there is no production build
 *   --seed               load the demo world when the database is empty
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/db/embedded";
import { migrateDatabase } from "@/db/migrate";
import { childEnv, toolEnv } from "@/server/env";

const args = new Set(process.argv.slice(2));
const isDev = args.has("--dev");
const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.resolve(root, toolEnv.PARCOURS_DATA_DIR);
const port = toolEnv.PORT;
const appUrl = toolEnv.APP_URL ?? `http://localhost:${port}`;
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

const DEMO_ACCOUNTS = [
  ["customer", "customer@demo.parcours.dev"],
  ["organization admin", "orgadmin@demo.parcours.dev"],
  ["agent", "agent@demo.parcours.dev"],
  ["admin", "admin@demo.parcours.dev"],
] as const;

/** AUTH_SECRET from the environment, else one generated once and kept in the git-ignored data folder. */
function authSecret(): string {
  if (toolEnv.AUTH_SECRET) return toolEnv.AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

function buildIfMissing() {
  if (fs.existsSync(path.join(root, toolEnv.NEXT_DIST_DIR, "BUILD_ID"))) return;
  console.log("[parcours] building the production bundle (first start only)…");
  const result = spawnSync(bin("next"), ["build"], { cwd: root, stdio: "inherit", env: childEnv({ NEXT_TELEMETRY_DISABLED: "1" }) });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function seedIfEmpty(url: string) {
  const { createDb } = await import("@/db/client");
  const { isDemoSeeded, seedDemo } = await import("@/db/seed/demo");
  const db = createDb(url, { max: 2 });
  try {
    if (await isDemoSeeded(db)) return;
    await seedDemo(db);
    console.log("[parcours] demo data loaded");
  } finally {
    await db.$client.end();
  }
}

async function waitUntilReady(child: ChildProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/trpc/system.health`);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}

if (!isDev && args.has("--build-if-missing")) buildIfMissing();

let database: EmbeddedDatabase | null = null;
let url = toolEnv.DATABASE_URL;
if (!url) {
  database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: toolEnv.PARCOURS_PG_PORT, database: "parcours" });
  url = database.url;
  console.log(`[parcours] embedded PostgreSQL on port ${toolEnv.PARCOURS_PG_PORT} (data in ${path.relative(root, dataDir)}/pg)`);
}
await migrateDatabase(url);
if (args.has("--seed")) await seedIfEmpty(url);

const env = childEnv({
  DATABASE_URL: url,
  AUTH_SECRET: authSecret(),
  APP_URL: appUrl,
  AUTH_URL: appUrl,
  NODE_ENV: isDev ? "development" : "production",
  NEXT_TELEMETRY_DISABLED: "1",
});
// Idle keep-alive connections stay open 30 s, not Node's 5 s: a client that reuses one just as the
// server closes it gets ECONNRESET (seen in CI from Playwright's keep-alive request context).
const nextArgs = isDev ? ["dev", "-p", String(port)] : ["start", "-p", String(port), "--keepAliveTimeout", "30000"];
const web = spawn(bin("next"), nextArgs, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
const worker = spawn(process.execPath, ["--import", "tsx", path.join(root, "server/jobs/worker.ts")], { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });

let isStopping = false;
async function stop(code: number) {
  if (isStopping) return;
  isStopping = true;
  for (const child of [web, worker]) if (child.exitCode === null) child.kill("SIGTERM");
  await Promise.all([web, worker].map((child) => (child.exitCode === null ? new Promise((resolve) => child.once("exit", resolve)) : null)));
  await database?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
for (const child of [web, worker]) child.once("exit", (code) => void stop(code ?? 1));

if (await waitUntilReady(web)) {
  console.log(`\n  Parcours is running at ${appUrl}\n`);
  console.log("  Demo accounts (password: parcours-demo, or ask for a sign-in link by email):");
  for (const [role, email] of DEMO_ACCOUNTS) console.log(`    ${role.padEnd(20)} ${email}`);
  console.log(`  Emails land in the dev mailbox: ${appUrl}/dev/mailbox\n`);
}
