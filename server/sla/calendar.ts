import { DateTime } from "luxon";
import type { WeeklyHours } from "@/db/schema";

export type BusinessCalendar = { timeZone: string; weeklyHours: WeeklyHours; holidays: string[] };

const MINUTE_MS = 60_000;
// A calendar with no opening hours at all would loop forever; two years is far past any SLA target.
const MAX_DAYS = 730;

function at(day: DateTime, hhmm: string): DateTime {
  if (hhmm === "24:00") return day.plus({ days: 1 });
  const [hour, minute] = hhmm.split(":").map(Number);
  // set() keeps the wall-clock time in the calendar's zone, so a 09:00 opening stays 09:00 across DST.
  return day.set({ hour: hour ?? 0, minute: minute ?? 0, second: 0, millisecond: 0 });
}

/** The opening intervals of one local day (empty on a holiday or a closed weekday), in order. */
function openIntervals(calendar: BusinessCalendar, day: DateTime): { open: number; close: number }[] {
  const iso = day.toISODate();
  if (iso && calendar.holidays.includes(iso)) return [];
  const hours = calendar.weeklyHours[String(day.weekday) as keyof WeeklyHours] ?? [];
  return hours
    .map((h) => ({ open: at(day, h.start).toMillis(), close: at(day, h.end).toMillis() }))
    .filter((h) => h.close > h.open)
    .sort((a, b) => a.open - b.open);
}

/**
 * The instant `minutes` of business time after `start`, counted in the calendar's zone: closed
 * hours, weekends and holidays do not count. A target that ends exactly at closing time is due at
 * closing time, not at the next opening.
 */
export function addBusinessMinutes(calendar: BusinessCalendar, start: Date, minutes: number): Date {
  let remaining = Math.max(0, Math.round(minutes * MINUTE_MS));
  if (remaining === 0) return new Date(start);
  const startMs = start.getTime();
  let day = DateTime.fromJSDate(start, { zone: calendar.timeZone }).startOf("day");
  for (let i = 0; i < MAX_DAYS; i++) {
    for (const { open, close } of openIntervals(calendar, day)) {
      if (close <= startMs) continue;
      const from = Math.max(open, startMs);
      const available = close - from;
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
    }
    day = day.plus({ days: 1 }).startOf("day");
  }
  throw new RangeError("the calendar has no business hours within two years");
}

/** Business milliseconds between two instants (0 when `to` is not after `from`). */
export function businessMsBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (toMs <= fromMs) return 0;
  let total = 0;
  let day = DateTime.fromJSDate(from, { zone: calendar.timeZone }).startOf("day");
  for (let i = 0; i < MAX_DAYS * 5 && day.toMillis() < toMs; i++) {
    for (const { open, close } of openIntervals(calendar, day)) {
      const a = Math.max(open, fromMs);
      const b = Math.min(close, toMs);
      if (b > a) total += b - a;
    }
    day = day.plus({ days: 1 }).startOf("day");
  }
  return total;
}
