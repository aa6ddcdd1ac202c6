"use client";

import { useFormatter, type DateTimeFormatOptions } from "next-intl";
import { useSyncExternalStore } from "react";

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const noTimeZone = () => undefined;
const unchanging = () => () => {};

/**
 * A date on a page cached for every reader: the server (and hydration, so both match) formats it
 * in UTC, then React re-renders it in the reader's own time zone.
 */
export function LocalDate({ value, options = { dateStyle: "long" } }: { value: Date; options?: DateTimeFormatOptions }) {
  const format = useFormatter();
  const timeZone = useSyncExternalStore(unchanging, browserTimeZone, noTimeZone);
  return <time dateTime={value.toISOString()}>{format.dateTime(value, timeZone ? { ...options, timeZone } : options)}</time>;
}
