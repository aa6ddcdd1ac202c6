import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: [
      { find: /^server-only$/, replacement: path.join(root, "tests/support/empty.ts") },
      { find: /^@\//, replacement: `${root}/` },
    ],
  },
  test: {
    include: ["server/**/*.test.ts", "tests/**/*.test.ts"],
    // Starts the embedded PostgreSQL when TEST_DATABASE_URL is unset and builds the migrated template
    // every test file clones its own database from (tests/support/db.ts).
    globalSetup: ["tests/global-setup.ts"],
    pool: "forks",
    fileParallelism: true,
    // The files wait on PostgreSQL and pg-boss far more than on the CPU: more forks than cores pays.
    maxWorkers: 4,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    teardownTimeout: 30_000,
    server: { deps: { inline: ["next-auth"] } },
    env: {
      NODE_ENV: "test",
      // Attachments and the embedded test database go to a scratch folder, not the developer's .data.
      PARCOURS_DATA_DIR: path.join(os.tmpdir(), "parcours-vitest"),
      AUTH_SECRET: "parcours-test-secret-0123456789abcdef0123456789abcdef0123456789a",
      APP_URL: "http://localhost:3999",
      JOB_POLL_SECONDS: "0.5",
      SIGN_IN_LIMIT_PER_ADDRESS: "5",
      SIGN_IN_LIMIT_PER_IP: "50",
      // Empty means unset (emptyStringAsUndefined): a developer's shell must not point tests at a real
      // database or a real Resend account. Each file passes its own database URL explicitly.
      DATABASE_URL: "",
      RESEND_API_KEY: "",
      RESEND_BASE_URL: "",
    },
  },
});
