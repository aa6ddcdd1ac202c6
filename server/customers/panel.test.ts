import { afterAll, describe, expect, it } from "vitest";
import { caseEvents, contactIdentities, journeyEvents } from "@/db/schema";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { createCase } from "@/server/cases";
import { createCustomerUser, createOrder, createOrganization } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { lazyQueue } from "@/tests/support/trpc";
import { getCustomerPanel } from "./panel";

const { db, url } = await setupTestDatabase();
const jobs = lazyQueue(url);
afterAll(() => jobs.stop());

describe("customer panel", () => {
  it("gathers identities, orders, cases, surveys and journey of one customer, and nobody else's", async () => {
    await seedCaseReference(db);
    const org = await createOrganization(db, { name: "Acme", size: "enterprise" });
    const alice = await createCustomerUser(db, { organizationId: org.id });
    const bob = await createCustomerUser(db);
    await db.insert(contactIdentities).values({ customerId: alice.customerId, kind: "social", network: "instagram", value: "alice.shop" });
    const order = await createOrder(db, { customerId: alice.customerId, status: "shipped" });
    await createOrder(db, { customerId: bob.customerId });
    const queue = await jobs.getQueue();
    const first = await createCase(
      db,
      queue,
      { customerId: alice.customerId, channel: "portal", category: "delivery", subject: "Late parcel", description: "Where is it?" },
      { notify: false },
    );
    await createCase(
      db,
      queue,
      { customerId: bob.customerId, channel: "portal", category: "delivery", subject: "Bob's case", description: "x" },
      { notify: false },
    );
    await db
      .insert(caseEvents)
      .values({
        caseId: first.id,
        kind: "survey",
        visibility: "internal",
        author: "customer",
        data: { invitationId: crypto.randomUUID(), csat: 2, ces: 6, answers: [], lowScore: true },
      });
    await db.insert(journeyEvents).values({ type: "refund_requested", channel: "portal", customerId: alice.customerId });

    const panel = await getCustomerPanel(db, alice.customerId);
    expect(panel.organizationName).toBe("Acme");
    expect(panel.identities.map((i) => `${i.kind}:${i.value}`)).toContain("social:alice.shop");
    expect(panel.orders.map((o) => o.number)).toEqual([order.number]);
    expect(panel.orderCount).toBe(1);
    expect(panel.cases.map((c) => c.subject)).toEqual(["Late parcel"]);
    expect(panel.surveys).toEqual([expect.objectContaining({ caseNumber: first.number, csat: 2, ces: 6, isLowScore: true })]);
    expect(panel.journey.map((j) => j.type)).toEqual(expect.arrayContaining(["refund_requested", "case_created"]));
    expect(panel.forum).toEqual({ threads: 0, posts: 0, latest: [] });
    expect(panel.preferences.channels.length).toBeGreaterThan(0);
    await expect(getCustomerPanel(db, crypto.randomUUID())).rejects.toMatchObject({ code: "common.notFound" });
  });
});
