import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { businessCalendars, macros, queues, routingRules, skills, slaPolicies } from "@/db/schema";
import { createContact, createStaffUser } from "./arrange";

/** Objects the settings procedures of the authorization matrix act on (after the case reference data is seeded). */
export type SettingsWorld = {
  macroId: string;
  /** Macros to delete, one per call: the matrix asks each persona's input once. */
  macroDeleteTargets: string[];
  ruleId: string;
  ruleDeleteTargets: string[];
  /** A non-default queue and the agent who is its only member. */
  queue: { id: string; key: string };
  agentUserId: string;
  skillId: string;
  skillDeleteTargets: string[];
  /** A calendar only the matrix policies use, and unused calendars to delete. */
  calendarId: string;
  calendarDeleteTargets: string[];
  /** Inactive SLA policies on that calendar. */
  slaPolicyId: string;
  slaPolicyDeleteTargets: string[];
  /** Two channel-only contacts, for the customer page and the merge preview. */
  customerIds: { merged: string; duplicate: string };
};

const unique = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

export async function arrangeSettingsWorld(db: Database): Promise<SettingsWorld> {
  const macroIds = (
    await db
      .insert(macros)
      .values(
        Array.from({ length: 9 }, (_, i) => ({ name: `Matrix macro ${i}`, locale: "en" as const, body: "Hello {{customer.name}}, about {{case.number}}." })),
      )
      .returning({ id: macros.id })
  ).map((row) => row.id);
  const [general] = await db.select({ id: queues.id }).from(queues).where(eq(queues.key, "general"));
  const ruleIds = (
    await db
      .insert(routingRules)
      .values(
        Array.from({ length: 9 }, (_, i) => ({
          name: `Matrix rule ${i}`,
          position: 1000 + i,
          isActive: false,
          conditions: [{ field: "channel" as const, op: "in" as const, values: ["sms"] }],
          queueId: general!.id,
        })),
      )
      .returning({ id: routingRules.id })
  ).map((row) => row.id);
  const key = unique("matrix");
  const [queue] = await db.insert(queues).values({ key, name: "Matrix queue", fallbackQueueId: general!.id }).returning({ id: queues.id });
  const agent = await createStaffUser(db, { role: "agent" });
  const skillIds = (
    await db
      .insert(skills)
      .values(Array.from({ length: 9 }, (_, i) => ({ key: unique(`matrix-skill-${i}`), name: `Matrix skill ${i}` })))
      .returning({ id: skills.id })
  ).map((row) => row.id);
  const calendarIds = (
    await db
      .insert(businessCalendars)
      .values(Array.from({ length: 9 }, (_, i) => ({ key: unique(`matrix-calendar-${i}`), name: `Matrix calendar ${i}`, timeZone: "Europe/Paris", weeklyHours: { "1": [{ start: "09:00", end: "17:00" }] } })))
      .returning({ id: businessCalendars.id })
  ).map((row) => row.id);
  const target = { firstResponse: 60, nextResponse: 120, resolution: 480 };
  const slaPolicyIds = (
    await db
      .insert(slaPolicies)
      .values(
        Array.from({ length: 9 }, (_, i) => ({
          name: `Matrix policy ${i}`,
          position: 1000 + i,
          isActive: false,
          conditions: [],
          calendarId: calendarIds[0]!,
          targets: { low: target, normal: target, high: target, urgent: target },
        })),
      )
      .returning({ id: slaPolicies.id })
  ).map((row) => row.id);
  return {
    calendarId: calendarIds[0]!,
    calendarDeleteTargets: calendarIds.slice(1),
    slaPolicyId: slaPolicyIds[0]!,
    slaPolicyDeleteTargets: slaPolicyIds.slice(1),
    macroId: macroIds[0]!,
    macroDeleteTargets: macroIds.slice(1),
    ruleId: ruleIds[0]!,
    ruleDeleteTargets: ruleIds.slice(1),
    queue: { id: queue!.id, key },
    agentUserId: agent.userId,
    skillId: skillIds[0]!,
    skillDeleteTargets: skillIds.slice(1),
    customerIds: { merged: (await createContact(db)).customerId, duplicate: (await createContact(db)).customerId },
  };
}
