import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { journeyEvents } from "@/db/schema";
import { createCustomerUser, createOrder } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { listJourneyOfCustomer, recordJourneyEvent } from "./index";

const { db } = await setupTestDatabase();

describe("recordJourneyEvent", () => {
  it("stores one touchpoint with its customer, channel, order and facts", async () => {
    const customer = await createCustomerUser(db);
    const order = await createOrder(db, { customerId: customer.customerId });
    const at = new Date("2026-01-02T03:04:05Z");
    await recordJourneyEvent(db, { type: "channel_switched", channel: "chat", customerId: customer.customerId, orderId: order.id, data: { from: "bot", to: "email" }, occurredAt: at });
    expect(await listJourneyOfCustomer(db, { customerId: customer.customerId })).toEqual([
      expect.objectContaining({ type: "channel_switched", channel: "chat", orderId: order.id, caseId: null, data: { from: "bot", to: "email" }, occurredAt: at }),
    ]);
  });

  it("refuses an unknown type, a bad id or bulky data, and writes nothing", async () => {
    const customer = await createCustomerUser(db);
    const bad = [
      { type: "page_viewed", channel: "portal", customerId: customer.customerId },
      { type: "case_created", channel: "carrier-pigeon", customerId: customer.customerId },
      { type: "case_created", channel: "portal", customerId: "not-a-uuid" },
      { type: "case_created", channel: "portal", customerId: customer.customerId, data: { note: "x".repeat(10_000) } },
    ];
    for (const event of bad) await expect(recordJourneyEvent(db, event as never)).rejects.toThrow();
    expect(await db.select().from(journeyEvents).where(eq(journeyEvents.customerId, customer.customerId))).toEqual([]);
  });

});
