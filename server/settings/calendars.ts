import { randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { recordAudit } from "@/server/audit";
import { DomainError } from "@/server/errors";
import * as queries from "./queries";
import { auditedConfigChange } from "./routing-rules";
import type { ByIdInput, CalendarData, UpdateCalendarInput } from "./schemas";

export const listCalendars = (db: Database) => queries.listCalendars(db);

// Admins name calendars; the unique key (used by seeds) is derived and never shown.
const keyFor = (name: string) => {
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `${slug || "calendar"}-${randomBytes(3).toString("hex")}`;
};

/** Holidays sorted and days without hours dropped, so the stored calendar reads the same as the editor shows it. */
const normalized = (data: CalendarData) => ({
  name: data.name,
  timeZone: data.timeZone,
  weeklyHours: Object.fromEntries(
    Object.entries(data.weeklyHours)
      .filter(([, hours]) => hours && hours.length > 0)
      .map(([day, hours]) => [day, [...hours!].sort((a, b) => a.start.localeCompare(b.start))]),
  ),
  holidays: [...data.holidays].sort(),
});

export async function createCalendar(db: Database, actor: Actor, input: CalendarData) {
  return auditedConfigChange(db, async (tx) => {
    const values = normalized(input);
    const row = await queries.insertCalendar(tx, { ...values, key: keyFor(input.name) });
    await recordAudit(tx, { actorUserId: actor.userId, action: "calendar.create", entityType: "calendar", entityId: row.id, data: { after: values } });
    return row;
  });
}

/** Applies to due dates computed from now on; due dates already set on cases stay. */
export async function updateCalendar(db: Database, actor: Actor, input: UpdateCalendarInput) {
  return auditedConfigChange(db, async (tx) => {
    const before = await queries.findCalendar(tx, input.id);
    if (!before) throw new DomainError("common.notFound");
    const values = normalized(input.data);
    const row = (await queries.updateCalendar(tx, input.id, values))!;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "calendar.update",
      entityType: "calendar",
      entityId: row.id,
      data: { before: { name: before.name, timeZone: before.timeZone, weeklyHours: before.weeklyHours, holidays: before.holidays }, after: values },
    });
    return row;
  });
}

export async function deleteCalendar(db: Database, actor: Actor, input: ByIdInput) {
  return auditedConfigChange(db, async (tx) => {
    const before = await queries.findCalendar(tx, input.id);
    if (!before) throw new DomainError("common.notFound");
    if (await queries.isCalendarUsed(tx, input.id)) throw new DomainError("settings.calendarInUse");
    await queries.deleteCalendar(tx, input.id);
    await recordAudit(tx, { actorUserId: actor.userId, action: "calendar.delete", entityType: "calendar", entityId: before.id, data: { name: before.name } });
    return { id: before.id };
  });
}
