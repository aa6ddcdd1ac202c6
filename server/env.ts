import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/**
 * The one place that reads process.env. `env` is the application's configuration, validated by
 * next.config.ts (so a bad value stops `next build`/`next start`) and by the worker at start-up.
 * `toolEnv` is what scripts, tests and benchmarks read.
 */
const intFromEnv = (fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, "must be a whole number")
    .transform(Number)
    .optional()
    .transform((value) => value ?? fallback);

const createAppEnv = (isBuild: boolean) =>
  createEnv({
    server: {
      NODE_ENV: z
        .enum(["development", "test", "production"])
        .default("development"),
      // Absent: the launcher (scripts/launch.ts) starts the embedded PostgreSQL and passes its URL.
      DATABASE_URL: z.url().optional(),
      // Absent in the demo: the launcher generates one into the git-ignored data folder.
      AUTH_SECRET: isBuild
        ? z.string().optional()
        : z.string().min(32, "AUTH_SECRET must be at least 32 characters"),
      APP_URL: z.url().default("http://localhost:3000"),
      // Absent: email goes to the dev mailbox at /dev/mailbox instead of Resend.
      RESEND_API_KEY: z.string().min(1).optional(),
      // Points the Resend SDK at a Resend-compatible server (tests, benchmarks, self-hosted relays).
      RESEND_BASE_URL: z.url().optional(),
      // Signing secret of the Resend webhook (whsec_…). Absent: /api/webhooks/resend answers 503 and records nothing.
      RESEND_WEBHOOK_SECRET: z.string().startsWith("whsec_").optional(),
      EMAIL_FROM: z
        .string()
        .min(3)
        .default("Parcours <support@parcours.local>"),
      SIGN_IN_LIMIT_PER_ADDRESS: intFromEnv(5),
      SIGN_IN_LIMIT_PER_IP: intFromEnv(50),
      // "1" turns on /api/bench/* (the route-handler rung of the benchmark ladder); off everywhere else.
      BENCH_ROUTES: z.enum(["0", "1"]).default("0"),
      JOB_POLL_SECONDS: z
        .string()
        .regex(/^\d+(\.\d+)?$/)
        .transform(Number)
        .pipe(z.number().min(0.5))
        .default(0.5),
      // How long a job may run before it counts as crashed and is retried (also the outbox claim lease).
      JOB_EXPIRE_SECONDS: intFromEnv(60),
      JOB_MAINTENANCE_SECONDS: intFromEnv(30),
      // Attachments and other stored files live under <PARCOURS_DATA_DIR>/attachments by default.
      PARCOURS_DATA_DIR: z.string().default(".data"),
      // "s3" needs the S3_* values below (server/storage/s3.ts); absent: local disk.
      STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
      S3_ENDPOINT: z.url().optional(),
      S3_BUCKET: z.string().min(1).optional(),
      S3_REGION: z.string().min(1).optional(),
      S3_ACCESS_KEY_ID: z.string().min(1).optional(),
      S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
      // Per-channel HMAC secrets of the inbound webhooks (app/api/channels/*). Absent: derived from
      // AUTH_SECRET (HMAC-SHA256 of "parcours-channel:<name>", see server/cases/webhooks.ts), so the
      // demo works out of the box; set them in production and give each provider its own.
      CHANNEL_SECRET_EMAIL: z.string().min(32).optional(),
      CHANNEL_SECRET_SMS: z.string().min(32).optional(),
      CHANNEL_SECRET_SOCIAL: z.string().min(32).optional(),
      CHANNEL_SECRET_GENERIC: z.string().min(32).optional(),
      // The domain of our reply addresses (reply+<case token>@<domain>) that inbound email threads by.
      CASES_REPLY_DOMAIN: z.string().min(3).default("reply.parcours.local"),
      // Forum anti-spam, per member and hour (server/forum). Raise them for load and security test runs.
      FORUM_THREADS_PER_HOUR: intFromEnv(6),
      FORUM_POSTS_PER_HOUR: intFromEnv(60),
    },
    client: {},
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });

type AppEnv = ReturnType<typeof createAppEnv>;
let appEnv: AppEnv | undefined;

/**
 * Validates the application's configuration; next.config.ts and the worker call it at start-up.
 * A build needs no secrets, so `next build` only checks the values that are present.
 */
export function validateEnv(options: { isBuild?: boolean } = {}): AppEnv {
  // Next sets NEXT_PHASE in its build workers, where pages are prerendered without the app's secrets.
  if (options.isBuild || process.env.NEXT_PHASE === "phase-production-build") return createAppEnv(true);
  appEnv ??= createAppEnv(false);
  return appEnv;
}

// Validated on first read, so scripts that only need `toolEnv` (drizzle-kit, seeds, benchmarks) run
// without the app's secrets.
export const env: AppEnv = new Proxy({} as AppEnv, {
  get: (_, key) => validateEnv()[key as keyof AppEnv],
});

const toolSchema = z.object({
  CI: z.string().optional(),
  DATABASE_URL: z.string().optional(),
  TEST_DATABASE_URL: z.string().optional(),
  PORT: intFromEnv(3000),
  PARCOURS_DATA_DIR: z.string().default(".data"),
  BENCH_CUSTOMERS: intFromEnv(100_000),
  BENCH_ORDERS: intFromEnv(1_000_000),
  BENCH_DURATION: intFromEnv(10),
  E2E_BASE_URL: z.string().optional(),
  // Where `next build` writes and `next start` reads (lets two builds of one checkout coexist).
  NEXT_DIST_DIR: z.string().default(".next"),
  AUTH_SECRET: z.string().optional(),
  APP_URL: z.string().optional(),
  RESEND_API_KEY: z.string().optional(),
  // The e2e and benchmark senders sign inbound webhooks with it (the app must run with the same value).
  CHANNEL_SECRET_EMAIL: z.string().optional(),
  BENCH_CASES: intFromEnv(1_000_000),
  // The embedded PostgreSQL's port (only used when DATABASE_URL is not set).
  PARCOURS_PG_PORT: intFromEnv(54320),
});

export const toolEnv = toolSchema.parse(
  Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== "")),
);

/** The environment for a child process: ours plus the overrides. */
export function childEnv(
  overrides: Record<string, string | undefined>,
): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
