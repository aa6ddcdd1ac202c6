import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, customers, macros } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { createCase } from "@/server/cases";
import { createCaller } from "@/server/api/root";
import { createCustomerUser, createOrder, createStaffUser, type ArrangedCustomer, type ArrangedStaff } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { attempt, contextFor, lazyQueue } from "@/tests/support/trpc";
import { escapeMarkdownText, fillPlaceholders } from "./render";

const { db, url } = await setupTestDatabase();
const jobs = lazyQueue(url);
afterAll(() => jobs.stop());
let admin: ArrangedStaff;
let agent: ArrangedStaff;
let alice: ArrangedCustomer;

beforeAll(async () => {
  await seedCaseReference(db);
  admin = await createStaffUser(db, { role: "admin", name: "Ada Admin" });
  agent = await createStaffUser(db, { role: "agent", name: "Marc Agent" });
  alice = await createCustomerUser(db);
});

const context = (who: ArrangedStaff, locale: "en" | "fr" = "en") => contextFor(db, who.actor, { getQueue: jobs.getQueue, locale });
const asAdmin = () => createCaller(context(admin));
const asAgent = () => createCaller(context(agent));
const newCase = async (subject: string) =>
  createCase(
    db,
    await jobs.getQueue(),
    { customerId: alice.customerId, channel: "portal", category: "delivery", subject, description: "Where is my parcel?" },
    { notify: false },
  );

describe("macros", () => {
  it("an admin creates a macro (audited); agents list the active ones of a language and search them", async () => {
    const created = await asAdmin().macros.create({
      name: "Delivery delay",
      locale: "fr",
      body: "Bonjour {{customer.name}}, votre colis a du retard.",
      categoryKey: "delivery",
    });
    await asAdmin().macros.create({ name: "Old wording", locale: "fr", body: "Ancien texte", isActive: false });
    await asAdmin().macros.create({ name: "Delivery delay", locale: "en", body: "Hello {{customer.name}}, your parcel is late." });
    const french = await asAgent().macros.list({ locale: "fr" });
    expect(french.map((m) => m.name)).toEqual(["Delivery delay"]);
    expect(await asAgent().macros.list({ locale: "en", query: "parcel" })).toHaveLength(1);
    expect(await asAgent().macros.list({ locale: "en", query: "nothing like it" })).toHaveLength(0);
    expect((await asAdmin().macros.listAll()).some((m) => m.name === "Old wording" && !m.isActive)).toBe(true);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit).toMatchObject({ action: "macro.create", entityType: "macro", actorUserId: admin.userId });
  });

  it("renders the case's values, the agent's name and the latest order; unknown placeholders stay visible", async () => {
    await createOrder(db, { customerId: alice.customerId, placedAt: new Date(Date.now() - 86_400_000) });
    const latest = await createOrder(db, { customerId: alice.customerId, placedAt: new Date() });
    const created = await newCase("Parcel stuck in Lyon");
    const macro = await asAdmin().macros.create({
      name: "All fields",
      locale: "en",
      body: "Hi {{customer.name}}, case {{ case.number }} ({{case.subject}}), order {{order.number}}. {{agent.name}} {{customer.shoeSize}}",
    });
    const [customer] = await db.select().from(customers).where(eq(customers.id, alice.customerId));
    const rendered = await asAgent().macros.render({ id: macro.id, caseNumber: created.number });
    expect(rendered.body).toBe(
      `Hi ${escapeMarkdownText(customer!.displayName)}, case ${created.number} (Parcel stuck in Lyon), order ${latest.number}. Marc Agent {{customer.shoeSize}}`,
    );
    expect(rendered.missing).toEqual(["customer.shoeSize"]);
  });

  it("escapes Markdown in values so a name cannot become a link, emphasis or HTML", async () => {
    await db.update(customers).set({ displayName: "*Max* [win](javascript:alert(1)) <b>" }).where(eq(customers.id, alice.customerId));
    const created = await newCase("Escape me");
    const macro = await asAdmin().macros.create({ name: "Greeting", locale: "en", body: "Hello {{customer.name}}" });
    const rendered = await asAgent().macros.render({ id: macro.id, caseNumber: created.number });
    expect(rendered.body).toBe("Hello \\*Max\\* \\[win\\](javascript:alert(1)) \\<b\\>");
    expect(fillPlaceholders("{{order.number}}", { "order.number": null })).toEqual({ body: "{{order.number}}", missing: ["order.number"] });
    expect(escapeMarkdownText("# 1. line\nbreak")).toBe("\\# 1. line break");
    expect(escapeMarkdownText("1. first")).toBe("1\\. first");
  });

  it("refuses bad input with translated messages and writes nothing; agents cannot manage macros", async () => {
    const before = (await db.select().from(macros)).length;
    const empty = await attempt(context(admin, "fr"), "macros.create", { name: " ", locale: "fr", body: "x" });
    expect(empty.ok ? null : empty.shape.data.fieldErrors).toEqual({ name: ["Ce champ est obligatoire."] });
    const badLocale = await attempt(context(admin), "macros.create", { name: "x", locale: "de", body: "x" });
    expect(badLocale.ok ? null : badLocale.error.code).toBe("BAD_REQUEST");
    const badCategory = await attempt(context(admin), "macros.create", { name: "x", locale: "en", body: "x", categoryKey: "no-such-category" });
    expect(badCategory.ok ? null : badCategory.shape.data.errorCode).toBe("cases.unknownCategory");
    const byAgent = await attempt(context(agent), "macros.create", { name: "x", locale: "en", body: "x" });
    expect(byAgent.ok ? null : byAgent.error.code).toBe("FORBIDDEN");
    expect((await db.select().from(macros)).length).toBe(before);
  });

  it("updates and deletes with an audit trail; an inactive or missing macro does not render", async () => {
    const created = await newCase("Update me");
    const macro = await asAdmin().macros.create({ name: "Closing", locale: "it", body: "Grazie {{customer.name}}" });
    await asAdmin().macros.update({ id: macro.id, data: { name: "Closing", locale: "it", body: "Grazie mille", categoryKey: null, isActive: false } });
    const hidden = await attempt(context(agent), "macros.render", { id: macro.id, caseNumber: created.number });
    expect(hidden.ok ? null : hidden.error.code).toBe("NOT_FOUND");
    await asAdmin().macros.delete({ id: macro.id });
    const actions = (await db.select().from(auditLog).where(eq(auditLog.entityId, macro.id))).map((row) => row.action).sort();
    expect(actions).toEqual(["macro.create", "macro.delete", "macro.update"]);
    const again = await attempt(context(admin), "macros.delete", { id: macro.id });
    expect(again.ok ? null : again.error.code).toBe("NOT_FOUND");
  });
});
