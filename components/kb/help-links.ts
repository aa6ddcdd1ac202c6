import type { Metadata } from "next";
import { locales, type Locale } from "@/server/i18n/config";

export const helpPath = (locale: Locale, path = "") => `/${locale}/help${path}`;

/** Canonical and hreflang links for a help page that exists in every language at the same path. */
export function helpAlternates(locale: Locale, path = ""): Metadata["alternates"] {
  return { canonical: helpPath(locale, path), languages: Object.fromEntries(locales.map((other) => [other, helpPath(other, path)])) };
}
