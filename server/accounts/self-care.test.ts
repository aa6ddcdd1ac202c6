import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases, contactPreferences, customers, emailOutbox, journeyEvents, users } from "@/db/schema";
import { ensureCaseIntake } from "@/server/orders/case-setup.test-support";
import { createCustomerUser, createOrder, uniqueEmail, type ArrangedCustomer } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { attempt, contextFor, lazyQueue } from "@/tests/support/trpc";
import type { Actor } from "./actor";
import { getActiveActor, registerSession } from "./index";
import { confirmEmailChange } from "./self-care";

const { db, url } = await setupTestDatabase();
const queue = lazyQueue(url);
afterAll(() => queue.stop());
const ctx = (actor: Actor | null, locale: "en" | "fr" = "en") => contextFor(db, actor, { getQueue: queue.getQueue, locale });

let customer: ArrangedCustomer;
let other: ArrangedCustomer;
beforeAll(async () => {
  await ensureCaseIntake(db);
  customer = await createCustomerUser(db, { name: "Ada Lovelace" });
  other = await createCustomerUser(db);
});

const validProfile = { displayName: "Ada King", phone: "+44 20 7946 0000", locale: "fr", channels: ["phone", "email"], fromHour: 8, toHour: 12, days: [1, 3], timeZone: "Europe/London" };

describe("profile", () => {
  it("saves name, phone, language and contact preferences; the first channel becomes the preferred one", async () => {
    const outcome = await attempt(ctx(customer.actor), "account.updateProfile", validProfile);
    if (!outcome.ok) throw outcome.error;
    const [row] = await db.select().from(customers).where(eq(customers.id, customer.customerId));
    expect(row).toMatchObject({ displayName: "Ada King", phone: "+442079460000", preferredLocale: "fr", preferredChannel: "phone" });
    const [prefs] = await db.select().from(contactPreferences).where(eq(contactPreferences.customerId, customer.customerId));
    expect(prefs).toMatchObject({ channels: ["phone", "email"], fromHour: 8, toHour: 12, days: [1, 3], timeZone: "Europe/London" });
    const [user] = await db.select().from(users).where(eq(users.id, customer.userId));
    expect(user).toMatchObject({ name: "Ada King", locale: "fr" });
  });

  it("refuses inconsistent or hostile input field by field, and changes nothing", async () => {
    const before = await db.select().from(customers).where(eq(customers.id, customer.customerId));
    const cases_ = [
      [{ ...validProfile, toHour: 8 }, "toHour"],
      [{ ...validProfile, phone: "", channels: ["sms"] }, "phone"],
      [{ ...validProfile, phone: "call me maybe" }, "phone"],
      [{ ...validProfile, displayName: "Ada\r\nBcc: x@y.z" }, "displayName"],
      [{ ...validProfile, timeZone: "Mars/Olympus" }, "timeZone"],
      [{ ...validProfile, channels: [] }, "channels"],
    ] as const;
    for (const [input, field] of cases_) {
      const outcome = await attempt(ctx(customer.actor), "account.updateProfile", input);
      expect(outcome.ok, field).toBe(false);
      if (outcome.ok) continue;
      expect(outcome.error.code).toBe("BAD_REQUEST");
      expect(Object.keys(outcome.shape.data.fieldErrors ?? {})).toContain(field);
    }
    expect(await db.select().from(customers).where(eq(customers.id, customer.customerId))).toEqual(before);
  });

  it("is for customers only", async () => {
    const outcome = await attempt(ctx(null), "account.updateProfile", validProfile);
    expect(outcome.ok ? "ok" : outcome.error.code).toBe("UNAUTHORIZED");
  });
});

describe("email change", () => {
  it("refuses an invalid address, and the current one, and sends nothing", async () => {
    const before = (await db.select().from(emailOutbox)).length;
    for (const email of ["not-an-email", "a@b.c,evil@x.com", "ａ@example.com", "x".repeat(300) + "@example.com"]) {
      const outcome = await attempt(ctx(customer.actor), "account.requestEmailChange", { email });
      expect(outcome.ok ? "ok" : outcome.error.code, email).toBe("BAD_REQUEST");
    }
    const same = await attempt(ctx(customer.actor), "account.requestEmailChange", { email: customer.email.toUpperCase() });
    expect(same.ok ? "ok" : same.shape.data.errorCode).toBe("account.emailUnchanged");
    expect(await db.select().from(emailOutbox)).toHaveLength(before);
  });

  it("sends a link to the new address, and the address changes only when the same account confirms it once", async () => {
    const next = uniqueEmail("ada-new");
    const outcome = await attempt(ctx(customer.actor), "account.requestEmailChange", { email: next });
    if (!outcome.ok) throw outcome.error;
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.to, next));
    expect(mail).toMatchObject({ template: "email-change" });
    const link = new URL((mail!.props as { url: string }).url);
    expect(link.pathname).toBe("/account/email/confirm");
    const token = link.searchParams.get("token")!;

    await expect(confirmEmailChange(db, other.actor, { token })).rejects.toMatchObject({ code: "account.emailLinkInvalid" });
    expect(await confirmEmailChange(db, customer.actor, { token })).toEqual({ email: next });
    const [user] = await db.select().from(users).where(eq(users.id, customer.userId));
    expect(user!.email).toBe(next);
    await expect(confirmEmailChange(db, customer.actor, { token })).rejects.toMatchObject({ code: "account.emailLinkInvalid" });
  });

  it("answers alike for an address another account uses, but sends no link there", async () => {
    const outcome = await attempt(ctx(customer.actor), "account.requestEmailChange", { email: other.email });
    expect(outcome.ok && outcome.value).toMatchObject({ sentTo: other.email });
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.to, other.email))).toEqual([]);
  });
});

describe("sessions", () => {
  it("signing out the other sessions ends them at their next request and keeps this one", async () => {
    const person = await createCustomerUser(db);
    const [user] = await db.select().from(users).where(eq(users.id, person.userId));
    const here = await registerSession(db, { userId: person.userId, userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/156", ip: "203.0.113.77" });
    const there = await registerSession(db, { userId: person.userId, userAgent: "Mozilla/5.0 (iPhone) Safari/604", ip: "2001:db8:1:2::5" });
    const token = (sessionId: string) => ({ userId: person.userId, sessionVersion: user!.sessionVersion, sessionId });
    const current = (await getActiveActor(db, token(here)))!;
    expect(await getActiveActor(db, token(there))).not.toBeNull();

    const list = await attempt(ctx(current), "account.sessions");
    if (!list.ok) throw list.error;
    expect(list.value).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: here, isCurrent: true, ipPrefix: "203.0.113.0/24" }),
        expect.objectContaining({ id: there, isCurrent: false, ipPrefix: "2001:db8:1::/48" }),
      ]),
    );
    // Another user cannot end this person's session.
    const foreign = await attempt(ctx(other.actor), "account.revokeSession", { sessionId: there });
    expect(foreign.ok && foreign.value).toEqual({ count: 0 });
    expect(await getActiveActor(db, token(there))).not.toBeNull();

    const outcome = await attempt(ctx(current), "account.signOutOtherSessions");
    expect(outcome.ok && outcome.value).toEqual({ count: 1 });
    expect(await getActiveActor(db, token(there))).toBeNull();
    expect(await getActiveActor(db, token(here))).not.toBeNull();
    // A forged session id of someone else's is refused too.
    expect(await getActiveActor(db, { ...token(here), userId: other.userId })).toBeNull();
  });
});

describe("data export and deletion", () => {
  it("exports the customer's own data only", async () => {
    const mine = await createOrder(db, { customerId: customer.customerId });
    const theirs = await createOrder(db, { customerId: other.customerId });
    const outcome = await attempt(ctx(customer.actor), "account.exportData");
    if (!outcome.ok) throw outcome.error;
    const data = outcome.value as { customer: { id: string }; orders: { number: string; items: unknown[]; invoices: unknown[] }[] };
    expect(data.customer.id).toBe(customer.customerId);
    expect(data.orders.map((o) => o.number)).toContain(mine.number);
    expect(data.orders.map((o) => o.number)).not.toContain(theirs.number);
    expect(data.orders.find((o) => o.number === mine.number)).toMatchObject({ items: [expect.anything()], invoices: [expect.anything()] });
    expect(JSON.stringify(data)).not.toContain("password");
  });

  it("turns a deletion request into a case, once", async () => {
    const outcome = await attempt(ctx(customer.actor), "account.requestDeletion", { reason: "Moving abroad." });
    if (!outcome.ok) throw outcome.error;
    const [row] = await db.select().from(cases).where(eq(cases.id, (outcome.value as { caseId: string }).caseId));
    expect(row).toMatchObject({ customerId: customer.customerId, category: "account", channel: "portal" });
    const events = await db.select().from(journeyEvents).where(eq(journeyEvents.type, "account_deletion_requested"));
    expect(events).toEqual([expect.objectContaining({ customerId: customer.customerId, caseId: row!.id })]);
    const again = await attempt(ctx(customer.actor), "account.requestDeletion", { reason: "" });
    expect(again.ok ? "ok" : again.shape.data.errorCode).toBe("account.deletionAlreadyRequested");
    expect(await db.select().from(cases).where(eq(cases.customerId, customer.customerId))).toHaveLength(1);
  });
});
