import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contactIdentities } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { createCaller } from "@/server/api/root";
import { createCase } from "@/server/cases";
import { createContact, createCustomerUser, createStaffUser, type ArrangedCustomer, type ArrangedStaff } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { attempt, contextFor, lazyQueue } from "@/tests/support/trpc";
import { CUSTOMER_CASES_PER_PAGE } from "./index";

const { db, url } = await setupTestDatabase();
const jobs = lazyQueue(url);
afterAll(() => jobs.stop());
let agent: ArrangedStaff;
let alice: ArrangedCustomer;

beforeAll(async () => {
  await seedCaseReference(db);
  agent = await createStaffUser(db, { role: "agent" });
  alice = await createCustomerUser(db);
  await db.insert(contactIdentities).values([
    { customerId: alice.customerId, kind: "phone", value: "+33612345678" },
    { customerId: alice.customerId, kind: "social", network: "x", value: "alice_fixes_things" },
  ]);
});

const asAgent = () => createCaller(contextFor(db, agent.actor, { getQueue: jobs.getQueue }));
const newCase = async (customerId: string, subject: string) =>
  createCase(
    db,
    await jobs.getQueue(),
    { customerId, channel: "portal", category: "delivery", subject, description: "Where is my parcel?" },
    { notify: false },
  );

describe("customers", () => {
  it("finds a customer by email, by a phone typed with spaces, and by a handle with its @", async () => {
    for (const query of [alice.email.toUpperCase(), "+33 6 12 34 56 78", "6.12.34.56", "@alice_fixes"]) {
      const ids = (await asAgent().customers.search({ query })).map((c) => c.id);
      expect(ids, query).toContain(alice.customerId);
    }
  });

  it("the customer page has the panel and every case, page by page", async () => {
    for (let i = 0; i < CUSTOMER_CASES_PER_PAGE + 2; i++) await newCase(alice.customerId, `Case ${i}`);
    const first = await asAgent().customers.get({ id: alice.customerId });
    expect(first.panel.id).toBe(alice.customerId);
    expect(first.cases).toHaveLength(CUSTOMER_CASES_PER_PAGE);
    expect(first.hasMore).toBe(true);
    const second = await asAgent().customers.get({ id: alice.customerId, page: 2 });
    expect(second.cases.map((c) => c.subject)).toEqual(["Case 1", "Case 0"]);
    expect(second.hasMore).toBe(false);
    const missing = await attempt(contextFor(db, agent.actor, { getQueue: jobs.getQueue }), "customers.get", { id: "00000000-0000-4000-8000-000000000000" });
    expect(missing.ok ? null : missing.error.code).toBe("NOT_FOUND");
    const byCustomer = await attempt(contextFor(db, alice.actor, { getQueue: jobs.getQueue }), "customers.get", { id: alice.customerId });
    expect(byCustomer.ok ? null : byCustomer.error.code).toBe("FORBIDDEN");
  });

  it("previews what a merge moves, then the merge moves it; two accounts cannot be merged", async () => {
    const duplicate = await createContact(db, { displayName: "Alice (old address)" });
    await newCase(duplicate.customerId, "From the old address");
    const preview = await asAgent().customers.mergePreview({ fromId: duplicate.customerId, intoId: alice.customerId });
    expect(preview).toMatchObject({
      canMerge: true,
      from: { caseCount: 1, orderCount: 0, hasAccount: false, identities: [{ kind: "email", value: duplicate.email }] },
    });
    await asAgent().cases.mergeCustomers({ fromId: duplicate.customerId, intoId: alice.customerId });
    const page = await asAgent().customers.get({ id: alice.customerId });
    expect(page.cases[0]!.subject).toBe("From the old address");
    const bob = await createCustomerUser(db);
    expect(await asAgent().customers.mergePreview({ fromId: bob.customerId, intoId: alice.customerId })).toMatchObject({
      canMerge: false,
      refusal: "cases.mergeAccounts",
    });
  });
});
