import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentProfiles, agentSkills, auditLog, caseEvents, cases, channelSecrets, queueMembers, queues, routingRules, skills } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { createCaller } from "@/server/api/root";
import { handleChannelWebhook } from "@/server/cases/channel-webhook";
import { createCase } from "@/server/cases";
import { channelSecret, signPayload } from "@/server/cases/webhooks";
import { createCustomerUser, createStaffUser, type ArrangedCustomer, type ArrangedStaff } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { attempt, contextFor, lazyQueue } from "@/tests/support/trpc";

const { db, url } = await setupTestDatabase();
const jobs = lazyQueue(url);
afterAll(() => jobs.stop());
let admin: ArrangedStaff;
let agent: ArrangedStaff;
let alice: ArrangedCustomer;
let queueIds: Record<string, string>;

beforeAll(async () => {
  admin = await createStaffUser(db, { role: "admin", name: "Ada Admin" });
  agent = await createStaffUser(db, { role: "agent", name: "Bruno Billing", languages: ["en", "fr"] });
  await db.insert(skills).values(["technical", "billing", "returns", "delivery", "enterprise"].map((key) => ({ key, name: key })));
  queueIds = (await seedCaseReference(db)).queues;
  await db.update(agentProfiles).set({ capacity: 20 }).where(eq(agentProfiles.userId, agent.userId));
  alice = await createCustomerUser(db);
});

const context = (who: ArrangedStaff, locale: "en" | "fr" | "it" = "en") => contextFor(db, who.actor, { getQueue: jobs.getQueue, locale });
const asAdmin = () => createCaller(context(admin));
const count = async (table: typeof routingRules | typeof auditLog | typeof cases | typeof caseEvents | typeof queues | typeof skills) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
const auditsOf = async (entityId: string) => db.select().from(auditLog).where(eq(auditLog.entityId, entityId));
const newCase = async (category: string) =>
  createCase(
    db,
    await jobs.getQueue(),
    { customerId: alice.customerId, channel: "portal", category, subject: "Account question", description: "How do I change my password?" },
    { notify: false },
  );
const ruleOf = async (number: string) => (await db.select({ ruleId: cases.routingRuleId }).from(cases).where(eq(cases.number, number)))[0]!.ruleId;
const queueOf = async (number: string) => (await db.select({ queueId: cases.queueId }).from(cases).where(eq(cases.number, number)))[0]!.queueId;

describe("routing rules", () => {
  it("a new rule applies to the very next case (the config cache is invalidated) and is audited", async () => {
    // Warm the cache: no rule covers the account category yet.
    expect(await ruleOf((await newCase("account")).number)).toBeNull();
    const rule = await asAdmin().settings.createRule({
      name: "Accounts to billing",
      conditions: [{ field: "category", op: "in", values: ["account"] }],
      queueId: queueIds.billing!,
      priority: "high",
    });
    expect(await ruleOf((await newCase("account")).number)).toBe(rule.id);
    const [audit] = await auditsOf(rule.id);
    expect(audit).toMatchObject({ action: "routingRule.create", actorUserId: admin.userId, entityType: "routingRule" });

    await asAdmin().settings.updateRule({
      id: rule.id,
      data: { name: "Accounts to billing", isActive: false, conditions: [{ field: "category", op: "in", values: ["account"] }], queueId: queueIds.billing! },
    });
    expect(await ruleOf((await newCase("account")).number)).toBeNull();
    expect((await auditsOf(rule.id)).map((a) => a.action).sort()).toEqual(["routingRule.create", "routingRule.update"]);
  });

  it("refuses invalid rules with translated messages and writes nothing", async () => {
    const before = [await count(routingRules), await count(auditLog)];
    const scale = await attempt(context(admin, "fr"), "settings.createRule", {
      name: "Bad",
      conditions: [{ field: "channel", op: "atLeast", values: ["email"] }],
      queueId: queueIds.billing,
    });
    expect(scale.ok ? null : scale.shape.data.fieldErrors).toEqual({
      "conditions.0.op": ["« Au moins » prend une seule valeur et ne s’applique qu’aux notes, à la priorité et au niveau de contrat."],
    });
    const noValues = await attempt(context(admin, "it"), "settings.createRule", {
      name: "Bad",
      conditions: [{ field: "channel", op: "in", values: [] }],
      queueId: queueIds.billing,
    });
    expect(noValues.ok ? null : noValues.shape.data.fieldErrors).toEqual({ "conditions.0.values": ["Indica almeno un valore per questa condizione."] });
    const unknownQueue = await attempt(context(admin), "settings.createRule", { name: "Bad", conditions: [], queueId: "00000000-0000-4000-8000-000000000000" });
    expect(unknownQueue.ok ? null : unknownQueue.shape.data.errorCode).toBe("cases.unknownQueue");
    const unknownSkill = await attempt(context(admin), "settings.createRule", {
      name: "Bad",
      conditions: [],
      queueId: queueIds.billing,
      requiredSkill: "juggling",
    });
    expect(unknownSkill.ok ? null : unknownSkill.shape.message).toBe("No skill has this key. Create the skill first.");
    const byAgent = await attempt(context(agent), "settings.createRule", { name: "Sneaky", conditions: [], queueId: queueIds.billing });
    expect(byAgent.ok ? null : byAgent.error.code).toBe("FORBIDDEN");
    expect([await count(routingRules), await count(auditLog)]).toEqual(before);
  });

  it("moves a rule up ahead of the one that used to win", async () => {
    const rules = await asAdmin().settings.rules();
    const last = rules.at(-1)!;
    const before = rules.at(-2)!;
    await asAdmin().settings.moveRule({ id: last.id, direction: "up" });
    const after = (await asAdmin().settings.rules()).map((r) => r.id);
    expect(after.indexOf(last.id)).toBe(after.indexOf(before.id) - 1);
    const top = after[0]!;
    expect(await asAdmin().settings.moveRule({ id: top, direction: "up" })).toEqual({ position: 1 });
    expect((await asAdmin().settings.rules())[0]!.id).toBe(top);
  });

  it("tests a case against the rules with the real engine, naming the rule, queue, agent and SLA policy, and writes nothing", async () => {
    await db.insert(queueMembers).values({ queueId: queueIds.billing!, userId: agent.userId }).onConflictDoNothing();
    const [billingSkill] = await db.select().from(skills).where(eq(skills.key, "billing"));
    await db.insert(agentSkills).values({ userId: agent.userId, skillId: billingSkill!.id, proficiency: 4 }).onConflictDoNothing();
    const before = [await count(cases), await count(caseEvents), await count(auditLog)];
    const [queueBefore] = await db.select({ last: queues.lastAssignedUserId }).from(queues).where(eq(queues.id, queueIds.billing!));
    const result = await asAdmin().settings.testRouting({
      channel: "email",
      category: "refund",
      locale: "fr",
      tier: "standard",
      isVip: false,
      complexity: "medium",
      severity: "medium",
      effort: "low",
    });
    expect(result).toMatchObject({
      rule: { name: "Billing and refunds" },
      queue: { id: queueIds.billing, name: "Billing and refunds" },
      requiredSkill: "billing",
      agent: { id: agent.userId, name: "Bruno Billing" },
      slaPolicy: { name: "Standard" },
    });
    const vip = await asAdmin().settings.testRouting({
      channel: "email",
      category: "refund",
      locale: "it",
      tier: "none",
      isVip: true,
      complexity: "medium",
      severity: "medium",
      effort: "low",
    });
    expect(vip).toMatchObject({ rule: { name: "VIP customers" }, priority: "high", slaPolicy: { name: "Premium and VIP" } });
    expect([await count(cases), await count(caseEvents), await count(auditLog)]).toEqual(before);
    const [queueAfter] = await db.select({ last: queues.lastAssignedUserId }).from(queues).where(eq(queues.id, queueIds.billing!));
    expect(queueAfter).toEqual(queueBefore);
    const unknown = await attempt(context(admin), "settings.testRouting", {
      channel: "email",
      category: "nope",
      locale: "fr",
      tier: "standard",
      isVip: false,
      complexity: "low",
      severity: "low",
      effort: "low",
    });
    expect(unknown.ok ? null : unknown.shape.data.errorCode).toBe("cases.unknownCategory");
  });
});

describe("queues, skills and agent profiles", () => {
  it("creates a queue with members, moves the default to it, and refuses a duplicate key, a non-agent member or leaving no default", async () => {
    const created = await asAdmin().settings.createQueue({
      key: "returns-desk",
      name: "Returns desk",
      strategy: "round_robin",
      fallbackQueueId: queueIds.general!,
      memberIds: [agent.userId],
      leadUserId: agent.userId,
    });
    expect(await db.select().from(queueMembers).where(eq(queueMembers.queueId, created.id))).toEqual([{ queueId: created.id, userId: agent.userId }]);
    const duplicate = await attempt(context(admin), "settings.createQueue", { key: "returns-desk", name: "Again", strategy: "least_load" });
    expect(duplicate.ok ? null : duplicate.shape.data.errorCode).toBe("settings.keyTaken");
    const customerMember = await attempt(context(admin), "settings.createQueue", {
      key: "other-desk",
      name: "Other",
      strategy: "least_load",
      memberIds: [alice.userId],
    });
    expect(customerMember.ok ? null : customerMember.shape.data.errorCode).toBe("settings.notAnAgent");
    const badKey = await attempt(context(admin), "settings.createQueue", { key: "Has Spaces", name: "Other", strategy: "least_load" });
    expect(badKey.ok ? null : badKey.shape.data.fieldErrors).toEqual({ key: ["Use lower-case letters, digits and hyphens only."] });

    await asAdmin().settings.updateQueue({
      id: created.id,
      data: { key: "returns-desk", name: "Returns desk", strategy: "round_robin", fallbackQueueId: null, isDefault: true, memberIds: [agent.userId] },
    });
    const defaults = await db.select({ id: queues.id }).from(queues).where(eq(queues.isDefault, true));
    expect(defaults).toEqual([{ id: created.id }]);
    const noDefault = await attempt(context(admin), "settings.updateQueue", {
      id: created.id,
      data: { key: "returns-desk", name: "Returns desk", strategy: "round_robin", isDefault: false },
    });
    expect(noDefault.ok ? null : noDefault.shape.data.errorCode).toBe("settings.defaultQueueRequired");
    const self = await attempt(context(admin), "settings.updateQueue", {
      id: created.id,
      data: { key: "returns-desk", name: "Returns desk", strategy: "round_robin", isDefault: true, fallbackQueueId: created.id },
    });
    expect(self.ok ? null : self.shape.data.errorCode).toBe("settings.fallbackSelf");
    // Unmatched cases now land in the new default queue.
    expect(await queueOf((await newCase("other")).number)).toBe(created.id);
    await asAdmin().settings.updateQueue({
      id: queueIds.general!,
      data: { key: "general", name: "General support", strategy: "least_load", isDefault: true, memberIds: [agent.userId] },
    });
    expect((await auditsOf(created.id)).map((a) => a.action).sort()).toEqual(["queue.create", "queue.update"]);
  });

  it("skills: creates, renames, and refuses to delete or re-key one that rules or categories use", async () => {
    const created = await asAdmin().settings.createSkill({ key: "soldering", name: "Soldering" });
    await asAdmin().settings.updateSkill({ id: created.id, data: { key: "micro-soldering", name: "Micro-soldering" } });
    await asAdmin().settings.deleteSkill({ id: created.id });
    expect((await auditsOf(created.id)).map((a) => a.action).sort()).toEqual(["skill.create", "skill.delete", "skill.update"]);
    const [technical] = await db.select().from(skills).where(eq(skills.key, "technical"));
    const inUse = await attempt(context(admin, "fr"), "settings.deleteSkill", { id: technical!.id });
    expect(inUse.ok ? null : inUse.shape.message).toBe(
      "Des règles d’orientation ou des catégories de dossier utilisent encore cette compétence : modifiez-les d’abord.",
    );
    const rekey = await attempt(context(admin), "settings.updateSkill", { id: technical!.id, data: { key: "tech", name: "Technical" } });
    expect(rekey.ok ? null : rekey.shape.data.errorCode).toBe("settings.skillInUse");
    expect(await db.select({ key: skills.key }).from(skills).where(eq(skills.id, technical!.id))).toEqual([{ key: "technical" }]);
  });

  it("an agent profile: languages, skills with proficiency, and a lower capacity hands the cases above it back to routing", async () => {
    const busy = await createStaffUser(db, { role: "agent", name: "Busy Bee", languages: ["en"] });
    await db.insert(queueMembers).values({ queueId: queueIds.general!, userId: busy.userId });
    const mine = [await newCase("account"), await newCase("account"), await newCase("account")];
    await db
      .update(cases)
      .set({ assigneeId: busy.userId, queueId: queueIds.general!, status: "open" })
      .where(
        sql`${cases.number} in (${sql.join(
          mine.map((c) => sql`${c.number}`),
          sql`, `,
        )})`,
      );
    const [technical] = await db.select().from(skills).where(eq(skills.key, "technical"));
    await asAdmin().settings.updateAgent({
      userId: busy.userId,
      data: { displayName: "Busy Bee", languages: ["en", "it"], capacity: 1, isQueueLead: true, skills: [{ skillId: technical!.id, proficiency: 5 }] },
    });
    const [profile] = await db.select().from(agentProfiles).where(eq(agentProfiles.userId, busy.userId));
    expect(profile).toMatchObject({ languages: ["en", "it"], capacity: 1, isQueueLead: true });
    expect(await db.select({ proficiency: agentSkills.proficiency }).from(agentSkills).where(eq(agentSkills.userId, busy.userId))).toEqual([
      { proficiency: 5 },
    ]);
    const stillMine = await db
      .select()
      .from(cases)
      .where(and(eq(cases.assigneeId, busy.userId), eq(cases.status, "open")));
    expect(stillMine).toHaveLength(1);
    const bad = await attempt(context(admin), "settings.updateAgent", {
      userId: busy.userId,
      data: { displayName: "Busy Bee", languages: ["de"], capacity: 0, isQueueLead: false, skills: [] },
    });
    expect(bad.ok ? null : Object.keys(bad.shape.data.fieldErrors ?? {}).sort()).toEqual(["data.capacity", "data.languages.0"]);
    expect((await auditsOf(busy.userId)).map((a) => a.action)).toEqual(["agent.update"]);
  });
});

describe("channel secrets", () => {
  const smsRequest = (secret: string) => {
    const body = JSON.stringify({ messageId: `sms-${crypto.randomUUID()}`, from: "+33 6 12 34 56 78", text: "My order has not arrived" });
    const ts = Math.floor(Date.now() / 1000);
    return new Request("http://localhost/api/channels/sms", {
      method: "POST",
      body,
      headers: { "x-parcours-timestamp": String(ts), "x-parcours-signature": signPayload(secret, ts, body) },
    });
  };
  const deliver = (secret: string) => handleChannelWebhook({ db, getQueue: jobs.getQueue }, "sms", smsRequest(secret));

  it("rotating shows the new secret once, stores it sealed, accepts it and refuses the old one", async () => {
    expect((await asAdmin().settings.channelSecrets()).find((c) => c.channel === "sms")).toMatchObject({ source: "derived", rotatedAt: null });
    const old = channelSecret("sms");
    expect((await deliver(old)).status).toBe(200);
    const rotated = await asAdmin().settings.rotateChannelSecret({ channel: "sms" });
    expect(rotated.secret).toMatch(/^[0-9a-f]{64}$/);
    const [stored] = await db.select().from(channelSecrets).where(eq(channelSecrets.channel, "sms"));
    expect(stored!.sealed).not.toContain(rotated.secret);
    expect(JSON.stringify(await auditsOf("sms"))).not.toContain(rotated.secret);
    expect((await deliver(rotated.secret)).status).toBe(200);
    expect((await deliver(old)).status).toBe(401);
    expect((await asAdmin().settings.channelSecrets()).find((c) => c.channel === "sms")).toMatchObject({ source: "rotated", rotatedBy: "Ada Admin" });
    // Rotating again retires the previous rotated secret too.
    const again = await asAdmin().settings.rotateChannelSecret({ channel: "sms" });
    expect((await deliver(rotated.secret)).status).toBe(401);
    expect((await deliver(again.secret)).status).toBe(200);
  });

  it("agents cannot read or rotate secrets, nor read the audit log", async () => {
    for (const path of ["settings.channelSecrets", "settings.audit"]) {
      const outcome = await attempt(context(agent), path, path === "settings.audit" ? {} : undefined);
      expect(outcome.ok ? null : outcome.error.code).toBe("FORBIDDEN");
    }
    const rotate = await attempt(context(agent), "settings.rotateChannelSecret", { channel: "email" });
    expect(rotate.ok ? null : rotate.error.code).toBe("FORBIDDEN");
    expect(await db.select().from(channelSecrets).where(eq(channelSecrets.channel, "email"))).toEqual([]);
  });

  it("the audit log lists the latest changes with who made them", async () => {
    const entries = await asAdmin().settings.audit({ limit: 5 });
    expect(entries[0]).toMatchObject({ action: "channelSecret.rotate", entityId: "sms", actorName: "Ada Admin" });
  });
});
