"use client";

import { useSyncExternalStore } from "react";

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const noTimeZone = () => undefined;
const unchanging = () => () => {};

/**
 * A date on a page cached for every reader: the server (and hydration, so both match) formats it
 * in UTC, then React re-renders it in the reader's own time zone. The platform's Intl formats it, in
 * the page's language (`locale`), so no translation runtime comes to the browser for it.
 */
export function LocalDate({ value, locale, options = { dateStyle: "long" } }: { value: Date; locale: string; options?: Intl.DateTimeFormatOptions }) {
  const timeZone = useSyncExternalStore(unchanging, browserTimeZone, noTimeZone);
  return <time dateTime={value.toISOString()}>{new Intl.DateTimeFormat(locale, { ...options, timeZone: timeZone ?? "UTC" }).format(value)}</time>;
}
