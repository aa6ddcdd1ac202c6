import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentProfiles, agentSkills, caseEvents, cases, contracts, queues, skills } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { createCase as createCaseService } from "@/server/cases";
import { createCustomerUser, createStaffUser } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { lazyQueue } from "@/tests/support/trpc";
import { setAgentPresence } from "./index";

const { db, url } = await setupTestDatabase();
const jobs = lazyQueue(url);
afterAll(() => jobs.stop());

type AgentName = "ana" | "bruno" | "chloe" | "erik";
const agentSpecs: Record<AgentName, { languages: ("en" | "fr" | "it")[]; skills: Record<string, number> }> = {
  ana: { languages: ["en", "fr", "it"], skills: { technical: 4, billing: 2 } },
  bruno: { languages: ["it", "en"], skills: { technical: 2, returns: 3, delivery: 3 } },
  chloe: { languages: ["fr"], skills: { billing: 4, returns: 2 } },
  erik: { languages: ["en"], skills: { enterprise: 5, technical: 3 } },
};
const agents = {} as Record<AgentName, string>;
const nameOf = (userId: string | null) => (Object.entries(agents).find(([, id]) => id === userId)?.[0] as AgentName | undefined) ?? null;
let queueIds: Record<string, string>;
const customers: Record<string, string> = {};

beforeAll(async () => {
  const skillIds = new Map<string, string>();
  for (const key of ["technical", "billing", "returns", "delivery", "enterprise"]) {
    const [row] = await db.insert(skills).values({ key, name: key }).onConflictDoNothing().returning({ id: skills.id });
    skillIds.set(key, row?.id ?? (await db.select({ id: skills.id }).from(skills).where(eq(skills.key, key)))[0]!.id);
  }
  for (const [name, spec] of Object.entries(agentSpecs) as [AgentName, (typeof agentSpecs)[AgentName]][]) {
    const staff = await createStaffUser(db, { role: "agent", name, languages: spec.languages });
    agents[name] = staff.userId;
    for (const [key, proficiency] of Object.entries(spec.skills)) await db.insert(agentSkills).values({ userId: staff.userId, skillId: skillIds.get(key)!, proficiency });
  }
  queueIds = (await seedCaseReference(db)).queues;
  const plain = await createCustomerUser(db);
  const vip = await createCustomerUser(db, { isVip: true });
  const premium = await createCustomerUser(db);
  const enterprise = await createCustomerUser(db);
  await db.insert(contracts).values([
    { number: `P-${premium.customerId.slice(0, 8)}`, customerId: premium.customerId, tier: "premium", startsOn: "2020-01-01" },
    { number: `E-${enterprise.customerId.slice(0, 8)}`, customerId: enterprise.customerId, tier: "enterprise", startsOn: "2020-01-01" },
  ]);
  Object.assign(customers, { plain: plain.customerId, vip: vip.customerId, premium: premium.customerId, enterprise: enterprise.customerId });
});

type Row = {
  name: string;
  customer?: "plain" | "vip" | "premium" | "enterprise";
  locale?: "en" | "fr" | "it";
  category: string;
  text?: string;
  offline?: AgentName[];
  busy?: AgentName[];
  atCapacity?: AgentName[];
  lastAssigned?: { queue: string; agent: AgentName };
  expect: { queue: string; assignee: AgentName | AgentName[] | null; rule: string | null; priority?: "low" | "normal" | "high" | "urgent" };
};

const rows: Row[] = [
  { name: "technical goes to the technical queue, best proficiency on a tie", category: "technical", expect: { queue: "technical", assignee: "ana", rule: "Technical and warranty" } },
  { name: "French technical case: only French speakers", locale: "fr", category: "technical", expect: { queue: "technical", assignee: "ana", rule: "Technical and warranty" } },
  { name: "Italian technical case: higher proficiency wins", locale: "it", category: "technical", expect: { queue: "technical", assignee: "ana", rule: "Technical and warranty" } },
  { name: "Italian technical case, best agent offline", locale: "it", category: "technical", offline: ["ana"], expect: { queue: "technical", assignee: "bruno", rule: "Technical and warranty" } },
  { name: "Italian technical case, every Italian speaker offline", locale: "it", category: "technical", offline: ["ana", "bruno"], expect: { queue: "technical", assignee: null, rule: "Technical and warranty" } },
  { name: "safety keyword: urgent, skill 3 required", category: "technical", text: "Smoke is coming out of the charger", expect: { queue: "technical", assignee: "ana", rule: "Safety or legal risk", priority: "urgent" } },
  { name: "safety, best agent offline", category: "technical", text: "There was a spark and a burning smell", offline: ["ana"], expect: { queue: "technical", assignee: "erik", rule: "Safety or legal risk", priority: "urgent" } },
  { name: "safety, nobody with proficiency 3 available", category: "technical", text: "The battery is burning hot", offline: ["ana", "erik"], expect: { queue: "technical", assignee: null, rule: "Safety or legal risk", priority: "urgent" } },
  { name: "enterprise contract", customer: "enterprise", category: "billing", expect: { queue: "enterprise", assignee: "erik", rule: "Enterprise contracts" } },
  { name: "enterprise contract, enterprise agent offline", customer: "enterprise", category: "billing", offline: ["erik"], expect: { queue: "enterprise", assignee: null, rule: "Enterprise contracts" } },
  { name: "enterprise contract in French: no French enterprise agent", customer: "enterprise", locale: "fr", category: "billing", expect: { queue: "enterprise", assignee: null, rule: "Enterprise contracts" } },
  { name: "premium tier billing in English", customer: "premium", category: "billing", expect: { queue: "billing", assignee: "ana", rule: "Billing and refunds" } },
  { name: "billing in French: the stronger billing agent", locale: "fr", category: "billing", expect: { queue: "billing", assignee: "chloe", rule: "Billing and refunds" } },
  { name: "billing in French, best agent at capacity", locale: "fr", category: "billing", atCapacity: ["chloe"], expect: { queue: "billing", assignee: "ana", rule: "Billing and refunds" } },
  { name: "billing in French, one at capacity, one offline", locale: "fr", category: "billing", atCapacity: ["chloe"], offline: ["ana"], expect: { queue: "billing", assignee: null, rule: "Billing and refunds" } },
  { name: "refund in English", category: "refund", expect: { queue: "billing", assignee: "ana", rule: "Billing and refunds" } },
  { name: "VIP account question: VIP desk, high priority", customer: "vip", category: "account", expect: { queue: "vip", assignee: ["ana", "bruno", "erik"], rule: "VIP customers", priority: "high" } },
  { name: "VIP in French, round robin after ana", customer: "vip", locale: "fr", category: "account", lastAssigned: { queue: "vip", agent: "ana" }, expect: { queue: "vip", assignee: "chloe", rule: "VIP customers" } },
  { name: "VIP in French, round robin after chloe", customer: "vip", locale: "fr", category: "account", lastAssigned: { queue: "vip", agent: "chloe" }, expect: { queue: "vip", assignee: "ana", rule: "VIP customers" } },
  { name: "VIP in Italian, round robin after ana", customer: "vip", locale: "it", category: "other", lastAssigned: { queue: "vip", agent: "ana" }, expect: { queue: "vip", assignee: "bruno", rule: "VIP customers" } },
  { name: "VIP technical: severity bumped, safety rule first", customer: "vip", category: "technical", expect: { queue: "technical", assignee: "ana", rule: "Safety or legal risk", priority: "urgent" } },
  { name: "delivery in English: the delivery-skilled agent", category: "delivery", expect: { queue: "orders", assignee: "bruno", rule: "Orders" } },
  { name: "delivery in French: nobody with the skill speaks French", locale: "fr", category: "delivery", expect: { queue: "orders", assignee: null, rule: "Orders" } },
  { name: "returns in French", locale: "fr", category: "returns", expect: { queue: "orders", assignee: "chloe", rule: "Orders" } },
  { name: "returns in English", category: "returns", expect: { queue: "orders", assignee: "bruno", rule: "Orders" } },
  { name: "returns in Italian", locale: "it", category: "returns", expect: { queue: "orders", assignee: "bruno", rule: "Orders" } },
  { name: "cancellation, the only English returns agent offline", category: "cancellation", offline: ["bruno"], expect: { queue: "orders", assignee: null, rule: "Orders" } },
  { name: "no rule matched: fallback queue", category: "account", expect: { queue: "general", assignee: ["ana", "bruno", "erik"], rule: null } },
  { name: "no rule matched in French", locale: "fr", category: "other", expect: { queue: "general", assignee: ["ana", "chloe"], rule: null } },
  { name: "no rule matched in Italian, ana offline", locale: "it", category: "other", offline: ["ana"], expect: { queue: "general", assignee: "bruno", rule: null } },
  { name: "fallback queue, only a French speaker online for English", category: "account", offline: ["ana", "bruno", "erik"], expect: { queue: "general", assignee: null, rule: null } },
  { name: "busy is not available", locale: "fr", category: "account", busy: ["chloe"], expect: { queue: "general", assignee: "ana", rule: null } },
  { name: "every technical agent at capacity: fallback has no one skilled", category: "technical", atCapacity: ["ana", "bruno", "erik"], expect: { queue: "technical", assignee: null, rule: "Technical and warranty" } },
  { name: "legal keyword on a billing case: high priority", category: "billing", text: "I will call my lawyer about this invoice", expect: { queue: "billing", assignee: "ana", rule: "Billing and refunds", priority: "high" } },
  { name: "legal keyword on delivery: high priority in orders", category: "delivery", text: "This is fraud, the parcel never came", expect: { queue: "orders", assignee: "bruno", rule: "Orders", priority: "high" } },
  { name: "technical queue busy agent skipped for the next proficiency", category: "warranty", busy: ["ana"], expect: { queue: "technical", assignee: "erik", rule: "Technical and warranty" } },
];

describe("routing and assignment", () => {
  it("has at least 30 rows", () => expect(rows.length).toBeGreaterThanOrEqual(30));

  it.each(rows)("$name", async (row) => {
    // Each row starts from the same state: nobody has open cases, everyone is available with room.
    await db.update(cases).set({ status: "closed" });
    await db.update(agentProfiles).set({ presence: "available", capacity: 5 });
    await db.update(queues).set({ lastAssignedUserId: null });
    for (const agent of row.offline ?? []) await setAgentPresence(db, { userId: agents[agent], presence: "offline" });
    for (const agent of row.busy ?? []) await setAgentPresence(db, { userId: agents[agent], presence: "busy" });
    for (const agent of row.atCapacity ?? []) await db.update(agentProfiles).set({ capacity: 0 }).where(eq(agentProfiles.userId, agents[agent]));
    if (row.lastAssigned) await db.update(queues).set({ lastAssignedUserId: agents[row.lastAssigned.agent] }).where(eq(queues.id, queueIds[row.lastAssigned.queue]!));

    const created = await createCase(await jobs.getQueue(), row, customers);
    const [stored] = await db.select().from(cases).where(eq(cases.id, created.id));
    expect(stored!.queueId).toBe(queueIds[row.expect.queue]);
    const assignee = nameOf(stored!.assigneeId);
    if (Array.isArray(row.expect.assignee)) expect(row.expect.assignee).toContain(assignee);
    else expect(assignee).toBe(row.expect.assignee);
    if (row.expect.priority) expect(stored!.priority).toBe(row.expect.priority);

    // "Why is this case here": the routing event names the rule (or the fallback).
    const [routing] = await db.select().from(caseEvents).where(sql`${caseEvents.caseId} = ${created.id} and ${caseEvents.kind} = 'routing'`);
    expect(routing!.data.ruleName ?? null).toBe(row.expect.rule);
    expect(String(routing!.data.reason)).toContain(row.expect.rule ? row.expect.rule : "fallback");
    // ...and carries the code the timeline says in the reader's language, with the rule's name.
    if (row.expect.rule) expect(routing!.data).toMatchObject({ reasonCode: "ruleMatched", reasonParams: { rule: row.expect.rule } });
    else expect(routing!.data.reasonCode).toBe("noRuleMatched");
    const [assignment] = await db.select().from(caseEvents).where(sql`${caseEvents.caseId} = ${created.id} and ${caseEvents.kind} = 'assignment'`);
    if (assignment!.data.assigneeId) expect(assignment!.data).toMatchObject({ reasonCode: "assignedByStrategy", reasonParams: { queue: expect.any(String), strategy: expect.stringMatching(/^(least_load|round_robin)$/) } });
    else expect(assignment!.data.reasonCode).toBe("noEligibleAgent");
  });
});

function createCase(queue: Awaited<ReturnType<typeof jobs.getQueue>>, row: Row, customerIds: Record<string, string>) {
  return createCaseService(
    db,
    queue,
    { customerId: customerIds[row.customer ?? "plain"]!, channel: "portal", category: row.category, subject: `Routing: ${row.name}`, description: row.text ?? "Please help me with this.", locale: row.locale ?? "en" },
    { notify: false },
  );
}

describe("assignment under concurrency", () => {
  it("never assigns an agent past capacity when many cases arrive at once", async () => {
    await db.update(cases).set({ status: "closed" });
    await db.update(agentProfiles).set({ presence: "offline" });
    await db.update(agentProfiles).set({ presence: "available", capacity: 3 }).where(eq(agentProfiles.userId, agents.bruno));
    const queue = await jobs.getQueue();
    const row: Row = { name: "burst", category: "delivery", expect: { queue: "orders", assignee: "bruno", rule: "Orders" } };
    const created = await Promise.all(Array.from({ length: 12 }, () => createCase(queue, row, customers)));
    const stored = await db.select({ assigneeId: cases.assigneeId }).from(cases).where(sql`${cases.id} in ${created.map((c) => c.id)}`);
    expect(stored.filter((c) => c.assigneeId === agents.bruno)).toHaveLength(3);
    expect(stored.filter((c) => c.assigneeId === null)).toHaveLength(9);
  });
});
