import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/server/i18n/config";
import { renderForEveryone } from "@/server/i18n/static-render";

/**
 * The locale of a help page cached for every reader: validated, and set for next-intl so nothing
 * reads the request. Every layout, page and generateMetadata here calls it first (Next renders them
 * in parallel).
 */
export async function sharedLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  renderForEveryone(locale);
  return locale;
}

/** The slug of an article or category page, with its shared locale. */
export async function sharedSlugParams(params: Promise<{ locale: string; slug: string }>) {
  const [locale, { slug }] = await Promise.all([sharedLocale(params), params]);
  return { locale, slug: decodeURIComponent(slug) };
}

/** Nothing is rendered at build time (there is no database then): each page on its first visit, then cached. */
export function noPagesAtBuild() {
  return [];
}
