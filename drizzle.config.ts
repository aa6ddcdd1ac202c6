import { defineConfig } from "drizzle-kit";
import { toolEnv } from "./server/env";

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
  dbCredentials: { url: toolEnv.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/parcours" },
});
