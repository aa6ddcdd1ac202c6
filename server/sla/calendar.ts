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

type Day = { iso: string; intervals: { open: number; close: number }[] };

// Intake computes several due dates per case, each walking day by day through the calendar, and
// luxon's zone arithmetic dominated the CPU profile of intake. A calendar's days are computed once
// (per calendar object: the config cache hands out the same one until it reloads) and looked up by
// local date; the walk itself only steps an ISO date string.
const dayCache = new WeakMap<BusinessCalendar, Map<string, Day>>();
const MAX_CACHED_DAYS = 5_000;

/** The opening intervals of one local day (empty on a holiday or a closed weekday), in order. */
function dayOf(calendar: BusinessCalendar, iso: string): Day {
  let days = dayCache.get(calendar);
  if (!days) dayCache.set(calendar, (days = new Map()));
  const hit = days.get(iso);
  if (hit) return hit;
  const day = DateTime.fromISO(iso, { zone: calendar.timeZone }).startOf("day");
  const hours = calendar.holidays.includes(iso) ? [] : (calendar.weeklyHours[String(day.weekday) as keyof WeeklyHours] ?? []);
  const intervals = hours
    .map((h) => ({ open: at(day, h.start).toMillis(), close: at(day, h.end).toMillis() }))
    .filter((h) => h.close > h.open)
    .sort((a, b) => a.open - b.open);
  if (days.size >= MAX_CACHED_DAYS) days.clear();
  const computed = { iso, intervals };
  days.set(iso, computed);
  return computed;
}

const localDate = (calendar: BusinessCalendar, instant: Date) => DateTime.fromJSDate(instant, { zone: calendar.timeZone }).toISODate()!;
/** The calendar date after `iso` (plain date arithmetic: no zone involved). */
const nextDate = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The instant `minutes` of business time after `start`, counted in the calendar's zone: closed
 * hours, weekends and holidays do not count. A target that ends exactly at closing time is due at
 * closing time, not at the next opening.
 */
export function addBusinessMinutes(calendar: BusinessCalendar, start: Date, minutes: number): Date {
  let remaining = Math.max(0, Math.round(minutes * MINUTE_MS));
  if (remaining === 0) return new Date(start);
  const startMs = start.getTime();
  let iso = localDate(calendar, start);
  for (let i = 0; i < MAX_DAYS; i++) {
    for (const { open, close } of dayOf(calendar, iso).intervals) {
      if (close <= startMs) continue;
      const from = Math.max(open, startMs);
      const available = close - from;
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
    }
    iso = nextDate(iso);
  }
  throw new RangeError("the calendar has no business hours within two years");
}

/** Business milliseconds between two instants (0 when `to` is not after `from`). */
export function businessMsBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (toMs <= fromMs) return 0;
  let total = 0;
  let iso = localDate(calendar, from);
  const lastIso = localDate(calendar, to);
  for (let i = 0; i < MAX_DAYS * 5 && iso <= lastIso; i++) {
    for (const { open, close } of dayOf(calendar, iso).intervals) {
      const a = Math.max(open, fromMs);
      const b = Math.min(close, toMs);
      if (b > a) total += b - a;
    }
    iso = nextDate(iso);
  }
  return total;
}
