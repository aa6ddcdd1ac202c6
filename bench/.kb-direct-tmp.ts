import { performance } from "node:perf_hooks";
import { createDb } from "@/db/client";
import { searchArticles, suggestArticles } from "@/server/kb";
const db = createDb("postgres://postgres:postgres@127.0.0.1:54350/parcours", { max: 4 });
const classes = [
  { name: "rare", locale: "en", q: "soundbar eARC" },
  { name: "frequent", locale: "fr", q: "commande" },
  { name: "two words", locale: "it", q: "pacco danneggiato" },
  { name: "no accents", locale: "fr", q: "colis endommage" },
  { name: "typo", locale: "fr", q: "garanite" },
  { name: "prefix", locale: "en", q: "warra", isPrefix: true },
] as const;
for (const c of classes) {
  const s: number[] = [];
  let n = 0;
  for (let i = 0; i < 120; i++) {
    const t = performance.now();
    if ("isPrefix" in c) n = (await suggestArticles(db, null, { q: c.q, locale: c.locale, limit: 5 })).length;
    else n = (await searchArticles(db, null, { q: c.q, locale: c.locale, limit: 10, context: "help" })).items.length;
    if (i >= 20) s.push(performance.now() - t);
  }
  s.sort((a, b) => a - b);
  console.log(c.name.padEnd(12), "n", n, "p50", s[49]!.toFixed(2), "p95", s[94]!.toFixed(2), "p99", s[98]!.toFixed(2));
}
await db.$client.end();
