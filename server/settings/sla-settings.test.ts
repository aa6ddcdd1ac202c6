import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, businessCalendars, cases, slaPolicies } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { createCaller } from "@/server/api/root";
import { createCase } from "@/server/cases";
import { createCustomerUser, createStaffUser, type ArrangedCustomer, type ArrangedStaff } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { attempt, contextFor, lazyQueue } from "@/tests/support/trpc";

const { db, url } = await setupTestDatabase();
const jobs = lazyQueue(url);
afterAll(() => jobs.stop());
let admin: ArrangedStaff;
let agent: ArrangedStaff;
let alice: ArrangedCustomer;
let calendarIds: Record<string, string>;

beforeAll(async () => {
  admin = await createStaffUser(db, { role: "admin", name: "Ada Admin" });
  agent = await createStaffUser(db, { role: "agent", name: "Bruno Billing" });
  calendarIds = (await seedCaseReference(db)).calendars;
  alice = await createCustomerUser(db);
});

const context = (who: ArrangedStaff, locale: "en" | "fr" | "it" = "en") => contextFor(db, who.actor, { getQueue: jobs.getQueue, locale });
const asAdmin = () => createCaller(context(admin));
const count = async (table: typeof slaPolicies | typeof businessCalendars | typeof auditLog) => (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
const auditActions = async (entityId: string) => (await db.select().from(auditLog).where(eq(auditLog.entityId, entityId))).map((a) => a.action).sort();
const everyPriority = (target: { firstResponse: number; nextResponse: number; resolution: number }) => ({ low: target, normal: target, high: target, urgent: target });
const week = { "1": [{ start: "09:00", end: "12:00" }, { start: "13:00", end: "18:00" }], "5": [{ start: "09:00", end: "24:00" }] };

/** A new case and its first-response target in minutes after creation. */
async function newCase() {
  const { number } = await createCase(
    db,
    await jobs.getQueue(),
    { customerId: alice.customerId, channel: "portal", category: "account", subject: "Password", description: "How do I change my password?" },
    { notify: false },
  );
  const [row] = await db.select().from(cases).where(eq(cases.number, number));
  return { id: row!.id, policyId: row!.slaPolicyId, minutes: () => Math.round((row!.firstResponseDueAt!.getTime() - row!.createdAt.getTime()) / 60_000) };
}

describe("SLA policies", () => {
  it("a changed target applies to the next case while existing cases keep their due dates, audited", async () => {
    const standard = (await asAdmin().settings.slaPolicies()).find((p) => p.name === "Standard")!;
    const data = { name: "Standard", conditions: [], calendarId: calendarIds.always!, targets: everyPriority({ firstResponse: 600, nextResponse: 600, resolution: 1200 }) };
    await asAdmin().settings.updateSlaPolicy({ id: standard.id, data });
    const before = await newCase();
    expect(before.policyId).toBe(standard.id);
    expect(before.minutes()).toBe(600);

    await asAdmin().settings.updateSlaPolicy({ id: standard.id, data: { ...data, targets: everyPriority({ firstResponse: 30, nextResponse: 60, resolution: 90 }) } });
    expect((await newCase()).minutes()).toBe(30);
    const [kept] = await db.select().from(cases).where(eq(cases.id, before.id));
    expect(Math.round((kept!.firstResponseDueAt!.getTime() - kept!.createdAt.getTime()) / 60_000)).toBe(600);
    expect(await auditActions(standard.id)).toEqual(["slaPolicy.update", "slaPolicy.update"]);
  });

  it("refuses invalid policies with translated messages next to the fields and writes nothing", async () => {
    const before = [await count(slaPolicies), await count(auditLog)];
    const targets = everyPriority({ firstResponse: 60, nextResponse: 60, resolution: 120 });
    const order = await attempt(context(admin, "fr"), "settings.createSlaPolicy", {
      name: "Bad",
      conditions: [],
      calendarId: calendarIds.paris,
      targets: { ...targets, urgent: { firstResponse: 240, nextResponse: 60, resolution: 120 } },
    });
    expect(order.ok ? null : order.shape.data.fieldErrors).toEqual({
      "targets.urgent.firstResponse": ["Le délai de première réponse ne peut pas dépasser le délai de résolution."],
    });
    const zero = await attempt(context(admin), "settings.createSlaPolicy", {
      name: "Bad",
      conditions: [],
      calendarId: calendarIds.paris,
      targets: { ...targets, low: { firstResponse: 0, nextResponse: 60, resolution: 120 } },
    });
    expect(zero.ok ? null : Object.keys(zero.shape.data.fieldErrors ?? {})).toEqual(["targets.low.firstResponse"]);
    const unknown = await attempt(context(admin, "it"), "settings.createSlaPolicy", { name: "Bad", conditions: [], calendarId: "00000000-0000-4000-8000-000000000000", targets });
    expect(unknown.ok ? null : unknown.shape.message).toBe("Questo calendario lavorativo non esiste.");
    const byAgent = await attempt(context(agent), "settings.createSlaPolicy", { name: "Sneaky", conditions: [], calendarId: calendarIds.paris, targets });
    expect(byAgent.ok ? null : byAgent.error.code).toBe("FORBIDDEN");
    expect([await count(slaPolicies), await count(auditLog)]).toEqual(before);
  });

  it("creates at the end, moves up, and deletes an unused policy but only deactivates one cases started under", async () => {
    const targets = everyPriority({ firstResponse: 60, nextResponse: 60, resolution: 120 });
    const created = await asAdmin().settings.createSlaPolicy({ name: "Urgent SMS", conditions: [{ field: "channel", op: "in", values: ["sms"] }], calendarId: calendarIds.paris!, targets });
    const order = async () => (await asAdmin().settings.slaPolicies()).map((p) => p.id);
    expect((await order()).at(-1)).toBe(created.id);
    await asAdmin().settings.moveSlaPolicy({ id: created.id, direction: "up" });
    expect((await order()).at(-2)).toBe(created.id);
    expect(await asAdmin().settings.deleteSlaPolicy({ id: created.id })).toEqual({ id: created.id, deactivated: false });
    expect(await auditActions(created.id)).toEqual(["slaPolicy.create", "slaPolicy.delete", "slaPolicy.move"]);

    const used = (await newCase()).policyId!;
    expect(await asAdmin().settings.deleteSlaPolicy({ id: used })).toEqual({ id: used, deactivated: true });
    expect((await asAdmin().settings.slaPolicies()).find((p) => p.id === used)?.isActive).toBe(false);
  });
});

describe("business calendars", () => {
  it("creates and updates a calendar, audited, with hours and holidays stored in order", async () => {
    const created = await asAdmin().settings.createCalendar({ name: "Lyon office", timeZone: "Europe/Paris", weeklyHours: week, holidays: ["2026-12-25", "2026-05-01"] });
    expect(created.holidays).toEqual(["2026-05-01", "2026-12-25"]);
    const updated = await asAdmin().settings.updateCalendar({
      id: created.id,
      data: { name: "Lyon office", timeZone: "America/Montreal", weeklyHours: { "2": [{ start: "14:00", end: "18:00" }, { start: "08:00", end: "12:00" }], "3": [] }, holidays: [] },
    });
    expect(updated.weeklyHours).toEqual({ "2": [{ start: "08:00", end: "12:00" }, { start: "14:00", end: "18:00" }] });
    expect((await asAdmin().settings.calendars()).find((c) => c.id === created.id)).toMatchObject({ timeZone: "America/Montreal", policyCount: 0 });
    expect(await auditActions(created.id)).toEqual(["calendar.create", "calendar.update"]);
  });

  it("refuses invalid calendars with translated messages next to the fields and writes nothing", async () => {
    const before = [await count(businessCalendars), await count(auditLog)];
    const bad = await attempt(context(admin, "fr"), "settings.createCalendar", {
      name: "Bad",
      timeZone: "Europe/Atlantis",
      weeklyHours: { "1": [{ start: "09:00", end: "13:00" }, { start: "12:00", end: "18:00" }], "2": [{ start: "18:00", end: "09:00" }], "3": [{ start: "9h", end: "25:00" }] },
      holidays: ["2026-02-30"],
    });
    expect(bad.ok ? null : bad.shape.data.fieldErrors).toEqual({
      timeZone: ["Choisissez un fuseau horaire valide, par exemple Europe/Paris."],
      "weeklyHours.1.1.start": ["Cette plage chevauche une autre plage du même jour."],
      "weeklyHours.2.0.end": ["Une plage doit finir après son début."],
      "weeklyHours.3.0.start": ["Saisissez une heure au format HH:MM (sur 24 heures ; 24:00 est accepté comme fin)."],
      "weeklyHours.3.0.end": ["Saisissez une heure au format HH:MM (sur 24 heures ; 24:00 est accepté comme fin)."],
      "holidays.0": ["Saisissez une date valide (AAAA-MM-JJ)."],
    });
    expect([await count(businessCalendars), await count(auditLog)]).toEqual(before);
  });

  it("refuses to delete a calendar SLA policies use, and deletes an unused one", async () => {
    const inUse = await attempt(context(admin, "it"), "settings.deleteCalendar", { id: calendarIds.milan });
    expect(inUse.ok ? null : [inUse.error.code, inUse.shape.message]).toEqual([
      "CONFLICT",
      "Alcune politiche di SLA usano ancora questo calendario: assegna prima loro un altro calendario.",
    ]);
    const spare = await asAdmin().settings.createCalendar({ name: "Spare", timeZone: "UTC", weeklyHours: week, holidays: [] });
    expect(await asAdmin().settings.deleteCalendar({ id: spare.id })).toEqual({ id: spare.id });
    expect(await auditActions(spare.id)).toEqual(["calendar.create", "calendar.delete"]);
  });
});
