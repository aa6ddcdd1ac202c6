import type { Metadata } from "next";
import localFont from "next/font/local";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { TimeZoneCookie } from "@/components/time-zone-cookie";
import { ErrorTextsProvider } from "@/components/ui/error-texts";
import { timeZoneCookie, type Locale } from "@/server/i18n/config";

// Geist cut to Latin text and the UI's weights (scripts/subset-font.ts: 24 kB instead of 70 kB),
// shown only if it arrives within the first ~100 ms (font-display: optional), as on a repeat visit:
// a swap once the text is laid out moved article and thread text enough on a phone's connection for
// a layout shift of 0.24.
const geistSans = localFont({ src: "../app/fonts/geist-sans-latin.woff2", variable: "--font-geist-sans", weight: "400 700", display: "optional" });

// The app has one <html> per area rather than one root layout: public help pages are cached for
// every reader, so their document must not read cookies or headers, while signed-in areas take
// the reader's language and time zone from the request.

export async function documentMetadata(locale?: Locale): Promise<Metadata> {
  const t = locale ? await getTranslations({ locale, namespace: "common" }) : await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, applicationName: t("appName") };
}

/** A bare document, for the rare page that can use neither the request nor a known language. */
export function Html({ locale, children, tail }: { locale: string; children: ReactNode; tail?: ReactNode }) {
  return (
    <html lang={locale} className={geistSans.variable}>
      <body className="min-h-dvh font-sans">
        {children}
        {tail}
      </body>
    </html>
  );
}

export async function SkipLink({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
      {t("skipToContent")}
    </a>
  );
}

/** The reader's time zone as the server renders it, and the one the browser told it (if any). */
export async function requestTimeZone() {
  const [timeZone, chosenZone] = await Promise.all([getTimeZone(), cookies().then((c) => c.get(timeZoneCookie)?.value ?? null)]);
  return { timeZone, chosenZone };
}

/**
 * The document of a page rendered per request whose client components all get their texts as props
 * from the server: no messages and no translation code go to the browser (the area's error.tsx is
 * ProvidedErrorPage, given its texts by ErrorTextsProvider). Areas whose client components translate
 * for themselves use RequestDocument (components/request-document.tsx), which this file must not
 * import: every client component a layout's server modules import ships with its pages.
 */
export async function ServerTranslatedDocument({ children }: { children: ReactNode }) {
  const [locale, { timeZone, chosenZone }] = await Promise.all([getLocale(), requestTimeZone()]);
  return (
    <Html locale={locale} tail={<TimeZoneCookie current={chosenZone} rendered={timeZone} />}>
      <SkipLink locale={locale} />
      <ServerTranslated locale={locale}>{children}</ServerTranslated>
    </Html>
  );
}

/** Around a page whose client components are translated on the server: only the error boundary's texts. */
async function ServerTranslated({ locale, children }: { locale: string; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "common" });
  return <ErrorTextsProvider texts={{ title: t("errorTitle"), body: t("errorBody"), retry: t("retry") }}>{children}</ErrorTextsProvider>;
}

/**
 * The document of a page cached for everyone: the language is the URL's; times render in UTC. Its
 * client components get their texts as props from the server components around them, so it ships
 * no messages and no translation code; the error boundary gets its texts from ErrorTextsProvider.
 */
export function SharedDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <Html locale={locale} tail={<TimeZoneCookie />}>
      <SkipLink locale={locale} />
      <ServerTranslated locale={locale}>{children}</ServerTranslated>
    </Html>
  );
}
