import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  agentProfiles,
  agentSkills,
  businessCalendars,
  caseCategories,
  queueMembers,
  queues,
  routingRules,
  scoringMatrix,
  skills,
  slaPolicies,
  type RuleCondition,
  type SlaTargets,
  type WeeklyHours,
} from "@/db/schema";
import { defaultMatrix } from "@/server/scoring/matrix";

type Level = "low" | "medium" | "high";
const category = (key: string, names: [string, string, string], c: Level, s: Level, e: Level, requiredSkill: string | null, sortOrder: number) => ({
  key,
  names: { en: names[0], fr: names[1], it: names[2] },
  defaultComplexity: c,
  defaultSeverity: s,
  defaultEffort: e,
  requiredSkill,
  sortOrder,
});

export const categoryRows = [
  category("delivery", ["Delivery", "Livraison", "Consegna"], "low", "medium", "low", "delivery", 1),
  category("returns", ["Returns", "Retours", "Resi"], "low", "low", "medium", "returns", 2),
  category("refund", ["Refund", "Remboursement", "Rimborso"], "medium", "medium", "low", "returns", 3),
  category("cancellation", ["Cancellation", "Annulation", "Annullamento"], "low", "medium", "low", "returns", 4),
  category("warranty", ["Warranty and repair", "Garantie et réparation", "Garanzia e riparazione"], "medium", "medium", "high", "technical", 5),
  category("technical", ["Technical problem", "Problème technique", "Problema tecnico"], "high", "medium", "medium", "technical", 6),
  category("billing", ["Billing", "Facturation", "Fatturazione"], "medium", "medium", "low", "billing", 7),
  category("account", ["Account", "Compte", "Account"], "low", "low", "low", null, 8),
  category("other", ["Something else", "Autre chose", "Altro"], "medium", "low", "low", null, 9),
];

const weekdays = (start: string, end: string): WeeklyHours => Object.fromEntries(["1", "2", "3", "4", "5"].map((d) => [d, [{ start, end }]]));
// Public holidays closed all day (fixed dates plus Easter Mondays), 2025 to 2028.
const frHolidays = [2025, 2026, 2027, 2028].flatMap((y) => [`${y}-01-01`, `${y}-05-01`, `${y}-05-08`, `${y}-07-14`, `${y}-08-15`, `${y}-11-01`, `${y}-11-11`, `${y}-12-25`]).concat(["2025-04-21", "2026-04-06", "2027-03-29", "2028-04-17"]);
const itHolidays = [2025, 2026, 2027, 2028].flatMap((y) => [`${y}-01-01`, `${y}-01-06`, `${y}-04-25`, `${y}-05-01`, `${y}-06-02`, `${y}-08-15`, `${y}-11-01`, `${y}-12-08`, `${y}-12-25`, `${y}-12-26`]).concat(["2025-04-21", "2026-04-06", "2027-03-29", "2028-04-17"]);

const targets = (scale: number): SlaTargets => ({
  urgent: { firstResponse: 60 * scale, nextResponse: 120 * scale, resolution: 960 * scale },
  high: { firstResponse: 240 * scale, nextResponse: 480 * scale, resolution: 1920 * scale },
  normal: { firstResponse: 480 * scale, nextResponse: 960 * scale, resolution: 2880 * scale },
  low: { firstResponse: 960 * scale, nextResponse: 1440 * scale, resolution: 4800 * scale },
});

const cond = (field: RuleCondition["field"], op: RuleCondition["op"], ...values: string[]): RuleCondition => ({ field, op, values });

/**
 * The routing and SLA set-up of the demo retailer (also what tests arrange): categories, business
 * calendars (Paris and Milan offices with their holidays, and a 24/7 one), queues with fallbacks,
 * ordered routing rules, ordered SLA policies and the default scoring matrix. Queue membership
 * follows the agents' skills present in the database. Idempotent for categories and the matrix only.
 */
export async function seedCaseReference(db: Database) {
  await db.insert(caseCategories).values(categoryRows).onConflictDoNothing();
  await db.insert(scoringMatrix).values(defaultMatrix()).onConflictDoNothing();

  const [paris, milan, always] = await db
    .insert(businessCalendars)
    .values([
      { key: "paris-office", name: "Paris office (Mon–Fri 09:00–18:00)", timeZone: "Europe/Paris", weeklyHours: weekdays("09:00", "18:00"), holidays: frHolidays },
      { key: "milan-office", name: "Milan office (Mon–Fri 09:00–18:00)", timeZone: "Europe/Rome", weeklyHours: weekdays("09:00", "18:00"), holidays: itHolidays },
      { key: "always-on", name: "24/7", timeZone: "UTC", weeklyHours: Object.fromEntries(["1", "2", "3", "4", "5", "6", "7"].map((d) => [d, [{ start: "00:00", end: "24:00" }]])), holidays: [] },
    ])
    .returning({ id: businessCalendars.id });

  const [general] = await db.insert(queues).values({ key: "general", name: "General support", strategy: "least_load", isDefault: true }).returning({ id: queues.id });
  const q = async (key: string, name: string, strategy: "least_load" | "round_robin") =>
    (await db.insert(queues).values({ key, name, strategy, fallbackQueueId: general!.id }).returning({ id: queues.id }))[0]!.id;
  const technical = await q("technical", "Technical support", "least_load");
  const ordersQ = await q("orders", "Orders, returns and delivery", "round_robin");
  const billing = await q("billing", "Billing and refunds", "least_load");
  const enterprise = await q("enterprise", "Enterprise accounts", "least_load");
  const vip = await q("vip", "VIP desk", "round_robin");

  await db.insert(routingRules).values([
    { name: "Enterprise contracts", position: 10, conditions: [cond("tier", "in", "enterprise")], queueId: enterprise, requiredSkill: "enterprise", minProficiency: 3 },
    { name: "Safety or legal risk", position: 20, conditions: [cond("severity", "atLeast", "high"), cond("category", "in", "technical", "warranty")], queueId: technical, priority: "urgent", requiredSkill: "technical", minProficiency: 3 },
    { name: "VIP customers", position: 30, conditions: [cond("isVip", "in", "true")], queueId: vip, priority: "high" },
    { name: "Technical and warranty", position: 40, conditions: [cond("category", "in", "technical", "warranty")], queueId: technical, requiredSkill: "technical", minProficiency: 2 },
    { name: "Billing and refunds", position: 50, conditions: [cond("category", "in", "billing", "refund")], queueId: billing, requiredSkill: "billing", minProficiency: 2 },
    { name: "Orders", position: 60, conditions: [cond("category", "in", "delivery", "returns", "cancellation")], queueId: ordersQ },
  ]);

  await db.insert(slaPolicies).values([
    { name: "Premium and VIP", position: 10, match: "any", conditions: [cond("tier", "atLeast", "premium"), cond("isVip", "in", "true")], calendarId: always!.id, targets: targets(0.5) },
    { name: "Italian customers", position: 20, match: "all", conditions: [cond("locale", "in", "it")], calendarId: milan!.id, targets: targets(1) },
    { name: "Standard", position: 30, match: "all", conditions: [], calendarId: paris!.id, targets: targets(1) },
  ]);

  // Every agent works the general queue; skilled agents also work the matching queues.
  const agents = await db.select({ userId: agentProfiles.userId, isQueueLead: agentProfiles.isQueueLead }).from(agentProfiles);
  const skilled = await db.select({ userId: agentSkills.userId, key: skills.key }).from(agentSkills).innerJoin(skills, eq(skills.id, agentSkills.skillId));
  const bySkill = (key: string) => skilled.filter((s) => s.key === key).map((s) => s.userId);
  const members = [
    ...agents.map((a) => ({ queueId: general!.id, userId: a.userId })),
    ...bySkill("technical").map((userId) => ({ queueId: technical, userId })),
    ...[...new Set([...bySkill("returns"), ...bySkill("delivery")])].map((userId) => ({ queueId: ordersQ, userId })),
    ...bySkill("billing").map((userId) => ({ queueId: billing, userId })),
    ...bySkill("enterprise").map((userId) => ({ queueId: enterprise, userId })),
    ...agents.map((a) => ({ queueId: vip, userId: a.userId })),
  ];
  if (members.length) await db.insert(queueMembers).values(members).onConflictDoNothing();
  const lead = agents.find((a) => a.isQueueLead) ?? agents[0];
  if (lead) await db.update(queues).set({ leadUserId: lead.userId }).where(sql`true`);
  return { queues: { general: general!.id, technical, orders: ordersQ, billing, enterprise, vip }, calendars: { paris: paris!.id, milan: milan!.id, always: always!.id } };
}
