import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, contactIdentities, customers, users } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { createContact, createCustomerUser, createStaffUser, uniqueEmail, type ArrangedStaff } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { ensureCustomerForUser, getActiveActor, setUserDisabled, setUserRole, signOutEverywhere, verifyPassword } from "./index";

const { db } = await setupTestDatabase();

const sessionVersionOf = async (userId: string) =>
  (await db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, userId)))[0]!.v;

let admin: ArrangedStaff;
beforeAll(async () => {
  admin = await createStaffUser(db, { role: "admin" });
});

describe("session versions", () => {
  it("signOutEverywhere ends every session issued before it, and records it", async () => {
    const customer = await createCustomerUser(db);
    const before = await sessionVersionOf(customer.userId);
    expect(await getActiveActor(db, { userId: customer.userId, sessionVersion: before })).toMatchObject({ userId: customer.userId, role: "customer" });

    await signOutEverywhere(db, customer.actor);

    expect(await getActiveActor(db, { userId: customer.userId, sessionVersion: before })).toBeNull();
    const after = await sessionVersionOf(customer.userId);
    expect(after).toBeGreaterThan(before);
    // A session signed in afterwards works.
    expect(await getActiveActor(db, { userId: customer.userId, sessionVersion: after })).not.toBeNull();
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, customer.userId));
    expect(audit.map((row) => row.action)).toContain("user.signed_out_everywhere");
  });

  it("disabling an account ends its sessions, and enabling it does not revive them", async () => {
    const customer = await createCustomerUser(db);
    const before = await sessionVersionOf(customer.userId);

    await setUserDisabled(db, admin.actor, { userId: customer.userId, isDisabled: true });
    expect(await getActiveActor(db, { userId: customer.userId, sessionVersion: before })).toBeNull();
    // Even a token carrying the new version is refused while the account is disabled.
    expect(await getActiveActor(db, { userId: customer.userId, sessionVersion: await sessionVersionOf(customer.userId) })).toBeNull();

    await setUserDisabled(db, admin.actor, { userId: customer.userId, isDisabled: false });
    expect(await getActiveActor(db, { userId: customer.userId, sessionVersion: before })).toBeNull();
    expect(await getActiveActor(db, { userId: customer.userId, sessionVersion: await sessionVersionOf(customer.userId) })).not.toBeNull();
  });

  it("a role change ends the user's sessions and the next session carries the new role", async () => {
    const agent = await createStaffUser(db, { role: "agent" });
    const before = await sessionVersionOf(agent.userId);

    await setUserRole(db, admin.actor, { userId: agent.userId, role: "admin" });

    expect(await getActiveActor(db, { userId: agent.userId, sessionVersion: before })).toBeNull();
    expect(await getActiveActor(db, { userId: agent.userId, sessionVersion: await sessionVersionOf(agent.userId) })).toMatchObject({ role: "admin" });
  });

  it("does not let an admin change their own role or disable themselves", async () => {
    const before = await sessionVersionOf(admin.userId);
    await expect(setUserRole(db, admin.actor, { userId: admin.userId, role: "customer" })).rejects.toMatchObject({ code: "users.cannotChangeSelf" });
    await expect(setUserDisabled(db, admin.actor, { userId: admin.userId, isDisabled: true })).rejects.toBeInstanceOf(DomainError);
    const [row] = await db.select().from(users).where(eq(users.id, admin.userId));
    expect(row).toMatchObject({ role: "admin", disabledAt: null, sessionVersion: before });
  });

  it("answers not found for an unknown user", async () => {
    await expect(setUserRole(db, admin.actor, { userId: "00000000-0000-4000-8000-000000000000", role: "agent" })).rejects.toMatchObject({ code: "common.notFound" });
  });
});

describe("verifyPassword", () => {
  const password = "correct horse battery staple";
  let userId: string;
  let email: string;
  beforeAll(async () => {
    const customer = await createCustomerUser(db, { password, email: uniqueEmail("Mixed.Case") });
    userId = customer.userId;
    email = customer.email;
  });

  it("accepts the right password, whatever the address's case", async () => {
    expect(await verifyPassword(db, { email, password })).toBe(userId);
    expect(await verifyPassword(db, { email: email.toUpperCase(), password })).toBe(userId);
  });

  it("refuses a wrong password", async () => {
    expect(await verifyPassword(db, { email, password: `${password}!` })).toBeNull();
  });

  it("refuses an unknown address", async () => {
    expect(await verifyPassword(db, { email: uniqueEmail("nobody"), password })).toBeNull();
  });

  it("refuses an account without a password (magic link only)", async () => {
    const passwordless = await createCustomerUser(db);
    expect(await verifyPassword(db, { email: passwordless.email, password: "" })).toBeNull();
    expect(await verifyPassword(db, { email: passwordless.email, password })).toBeNull();
  });

  it("refuses a disabled account even with the right password", async () => {
    const other = await createCustomerUser(db, { password });
    await setUserDisabled(db, admin.actor, { userId: other.userId, isDisabled: true });
    expect(await verifyPassword(db, { email: other.email, password })).toBeNull();
  });
});

describe("ensureCustomerForUser", () => {
  const insertUser = async (email: string) =>
    (await db.insert(users).values({ email, name: "New Person" }).returning({ id: users.id }))[0]!.id;

  it("links the contact who already wrote from this address instead of creating a duplicate", async () => {
    const contact = await createContact(db, { displayName: "Known Contact" });
    const userId = await insertUser(contact.email.toUpperCase());

    const customerId = await ensureCustomerForUser(db, { id: userId, email: contact.email.toUpperCase(), name: "New Person" });

    expect(customerId).toBe(contact.customerId);
    const linked = await db.select().from(customers).where(eq(customers.userId, userId));
    expect(linked).toHaveLength(1);
    expect(linked[0]).toMatchObject({ id: contact.customerId, displayName: "Known Contact" });
    const identities = await db.select().from(contactIdentities).where(eq(contactIdentities.value, contact.email));
    expect(identities).toHaveLength(1);
    expect(await getActiveActor(db, { userId, sessionVersion: 1 })).toMatchObject({ customerId: contact.customerId });
  });

  it("creates a customer with a verified email identity for a new address", async () => {
    const email = uniqueEmail("fresh");
    const userId = await insertUser(email);
    const customerId = await ensureCustomerForUser(db, { id: userId, email, name: "  " });
    const [customer] = await db.select().from(customers).where(eq(customers.id, customerId));
    expect(customer).toMatchObject({ userId, displayName: email.split("@")[0] });
    const [identity] = await db.select().from(contactIdentities).where(eq(contactIdentities.customerId, customerId));
    expect(identity).toMatchObject({ kind: "email", value: email });
    expect(identity!.verifiedAt).toBeInstanceOf(Date);
  });

  it("never takes over a contact that already belongs to another account", async () => {
    const owner = await createCustomerUser(db);
    const intruderId = await insertUser(uniqueEmail("intruder"));
    const customerId = await ensureCustomerForUser(db, { id: intruderId, email: owner.email, name: "Intruder" });
    expect(customerId).not.toBe(owner.customerId);
    const [ownerRow] = await db.select().from(customers).where(eq(customers.id, owner.customerId));
    expect(ownerRow!.userId).toBe(owner.userId);
  });
});
