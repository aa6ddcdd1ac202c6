import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next*/**", ".data/**", "node_modules/**", "next-env.d.ts", "db/migrations/**", "test-results/**", "playwright-report/**", "bench/results/**"] },
  {
    rules: {
      // Configuration is read and validated in one place (STYLE.md §3.8).
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration from server/env.ts (env or toolEnv)." }],
    },
  },
  { files: ["server/env.ts"], rules: { "no-restricted-properties": "off" } },
  {
    files: ["server/**/*.ts", "server/**/*.tsx"],
    ignores: ["server/api/**", "server/auth/**", "server/i18n/**", "server/**/*.test.ts"],
    rules: {
      // Domain code is called by routers, jobs, seeds and tests alike: it never touches transport.
      "no-restricted-imports": ["error", { patterns: [{ group: ["@trpc/*", "next/*", "next-auth", "next-auth/*"], message: "Domain code must not depend on tRPC, Next.js or Auth.js." }] }],
    },
  },
];

export default config;
