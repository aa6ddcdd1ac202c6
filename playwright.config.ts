import { defineConfig } from "@playwright/test";
import { toolEnv } from "./server/env";

const port = 3100;
const baseURL = toolEnv.E2E_BASE_URL ?? `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!toolEnv.CI,
  // Playwright empties its outputDir at start: keep it apart from the other reports in test-results/.
  outputDir: "test-results/e2e-artifacts",
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    locale: "en-GB",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium: test tools may not download browsers here.
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  // Started exactly as the README tells a newcomer (`npm run demo`), on its own port and data folder.
  webServer: toolEnv.E2E_BASE_URL
    ? undefined
    : {
        command: "npm run demo",
        url: `${baseURL}/api/trpc/system.health`,
        timeout: 240_000,
        reuseExistingServer: !toolEnv.CI,
        stdout: "pipe",
        // Every test signs in from 127.0.0.1: the per-network budget is raised, the per-address one (tested) is not.
        env: {
          PORT: String(port),
          PARCOURS_DATA_DIR: ".data/e2e",
          PARCOURS_PG_PORT: "54325",
          APP_URL: baseURL,
          SIGN_IN_LIMIT_PER_IP: "1000",
          // The forum's XSS table posts 45 threads as one member; its per-member limits are tested in server/forum.
          FORUM_THREADS_PER_HOUR: "5000",
          FORUM_POSTS_PER_HOUR: "5000",
        },
      },
});
