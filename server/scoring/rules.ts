import type { ScoreReason } from "@/db/schema";
import type { Level, Priority, Tier } from "@/server/routing/conditions";

export type ScoringInput = {
  category: { key: string; defaultComplexity: Level; defaultSeverity: Level; defaultEffort: Level };
  tier: Tier;
  isVip: boolean;
  orderValueCents: number | null;
  text: string;
  locale: string;
  channel: string;
};

export type Scores = { complexity: Level; severity: Level; effort: Level };
export type ScoringResult = Scores & { reasons: ScoreReason[]; priority: Priority };

const levels: Level[] = ["low", "medium", "high"];
const max = (a: Level, b: Level): Level => (levels.indexOf(a) >= levels.indexOf(b) ? a : b);
const bump = (a: Level): Level => levels[Math.min(2, levels.indexOf(a) + 1)]!;

// Lower-case stems in the three languages; matched on word starts so "burn" finds "burning".
const keywordRules: { score: keyof Scores; level: Level; rule: string; stems: string[] }[] = [
  {
    score: "severity",
    level: "high",
    rule: "keyword.safety",
    stems: ["smoke", "fire", "burn", "spark", "explod", "fumée", "brûl", "incendie", "étincel", "fumo", "bruci", "incendio", "scintill", "esplo"],
  },
  {
    score: "severity",
    level: "high",
    rule: "keyword.legal",
    stems: ["lawyer", "fraud", "chargeback", "court", "avocat", "fraude", "plainte", "avvocato", "truffa", "denuncia"],
  },
  { score: "severity", level: "medium", rule: "keyword.urgent", stems: ["urgent", "asap", "immediately", "urgence", "urgente", "subito"] },
  {
    score: "complexity",
    level: "high",
    rule: "keyword.fault",
    stems: ["not work", "doesn't work", "does not work", "broken", "error", "crash", "ne fonctionne", "panne", "erreur", "non funziona", "guasto", "errore", "rotto"],
  },
  {
    score: "effort",
    level: "high",
    rule: "keyword.repair",
    stems: ["repair", "install", "diagnos", "firmware", "disassembl", "répar", "installer", "ripar", "install", "smont"],
  },
];

function matchesStem(text: string, stem: string): boolean {
  let from = 0;
  for (;;) {
    const index = text.indexOf(stem, from);
    if (index < 0) return false;
    const before = index === 0 ? " " : text[index - 1]!;
    if (!/[\p{L}\p{N}]/u.test(before)) return true;
    from = index + 1;
  }
}

/**
 * Explainable scores: start from the category's defaults, then each signal can only raise a score,
 * and each change records the rule that made it. The same input always gives the same scores.
 */
export function scoreCase(input: ScoringInput): ScoringResult {
  const scores: Scores = { complexity: input.category.defaultComplexity, severity: input.category.defaultSeverity, effort: input.category.defaultEffort };
  const reasons: ScoreReason[] = [
    { score: "complexity", level: scores.complexity, rule: "category", detail: input.category.key },
    { score: "severity", level: scores.severity, rule: "category", detail: input.category.key },
    { score: "effort", level: scores.effort, rule: "category", detail: input.category.key },
  ];
  const raise = (score: keyof Scores, level: Level, rule: string, detail?: string) => {
    const next = max(scores[score], level);
    if (next !== scores[score]) {
      scores[score] = next;
      reasons.push({ score, level: next, rule, ...(detail ? { detail } : {}) });
    }
  };
  const text = input.text.toLowerCase();
  for (const kw of keywordRules) {
    const hit = kw.stems.find((stem) => matchesStem(text, stem));
    if (hit) raise(kw.score, kw.level, kw.rule, hit);
  }
  if (input.orderValueCents !== null) {
    if (input.orderValueCents >= 100_000) raise("severity", "high", "orderValue", String(input.orderValueCents));
    else if (input.orderValueCents >= 30_000) raise("severity", "medium", "orderValue", String(input.orderValueCents));
  }
  if (input.tier === "premium" || input.tier === "enterprise") raise("severity", "medium", "contractTier", input.tier);
  if (input.isVip) raise("severity", bump(scores.severity), "vip");
  // Messages typed on a phone keypad carry little detail: expect a back-and-forth.
  if (input.channel === "sms" || input.channel === "social") raise("complexity", "medium", "channel", input.channel);

  let priority: Priority = "normal";
  if (scores.severity === "high") priority = input.isVip || input.tier === "enterprise" ? "urgent" : "high";
  else if (scores.severity === "low" && scores.complexity === "low") priority = "low";
  return { ...scores, reasons, priority };
}
