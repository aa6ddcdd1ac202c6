import "server-only";
import { setRequestLocale } from "next-intl/server";
import { cache } from "react";
import type { Locale } from "./config";

// One flag per render (React's cache is per request on the server).
const staticRender = cache(() => ({ locale: null as Locale | null }));

/**
 * Marks a render as shared by every reader (cached public pages): the locale comes from the URL,
 * and nothing may read cookies or headers (that would make Next render it per request). Call it
 * at the top of the layout, the page and generateMetadata: Next renders them in parallel.
 */
export function renderForEveryone(locale: Locale) {
  setRequestLocale(locale);
  staticRender().locale = locale;
}

export function isRenderedForEveryone(): boolean {
  return staticRender().locale !== null;
}
