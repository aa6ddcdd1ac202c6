// luxon is installed (a dependency of pg-boss's cron-parser) but ships no types and @types/luxon is
// not installed: this declares only the subset server/sla uses. Replace with @types/luxon once added.
declare module "luxon" {
  export type DateTimeUnit = "year" | "month" | "week" | "day" | "hour" | "minute" | "second";
  export class DateTime {
    static fromJSDate(date: Date, options?: { zone?: string }): DateTime;
    static fromISO(text: string, options?: { zone?: string }): DateTime;
    readonly isValid: boolean;
    readonly weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
    readonly hour: number;
    readonly minute: number;
    startOf(unit: DateTimeUnit): DateTime;
    set(values: { hour?: number; minute?: number; second?: number; millisecond?: number }): DateTime;
    plus(duration: { days?: number; minutes?: number; milliseconds?: number }): DateTime;
    toISODate(): string | null;
    toJSDate(): Date;
    toMillis(): number;
  }
  export class IANAZone {
    static isValidZone(zone: string): boolean;
  }
}
