import { performance } from "node:perf_hooks";
import { createDb } from "@/db/client";
import { getHelpHome, getHelpArticle, getHelpFaq } from "@/server/kb";
const db = createDb("postgres://postgres:postgres@127.0.0.1:54350/parcours", { max: 4 });
for (const [name, fn] of [
  ["home", () => getHelpHome(db, null, { locale: "fr" })],
  ["article(bench)", () => getHelpArticle(db, null, { locale: "fr", slug: "bench-1" })],
  ["faq", () => getHelpFaq(db, null, { locale: "fr" })],
] as const) {
  const s: number[] = [];
  for (let i = 0; i < 60; i++) { const t = performance.now(); await (fn as () => Promise<unknown>)(); if (i >= 10) s.push(performance.now() - t); }
  s.sort((a, b) => a - b);
  console.log(name, "p50", s[24]!.toFixed(2), "p95", s[47]!.toFixed(2));
}
await db.$client.end();
