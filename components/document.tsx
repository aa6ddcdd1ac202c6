import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import localFont from "next/font/local";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { TimeZoneCookie } from "@/components/time-zone-cookie";
import { defaultLocale, isLocale, timeZoneCookie, type Locale } from "@/server/i18n/config";
import { messages, type Messages } from "@/server/i18n/messages";

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

/** The messages of a few namespaces, for a document whose client components read only those. */
function pickMessages<N extends keyof Messages>(locale: Locale, namespaces: readonly N[]) {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[locale][namespace]])) as Pick<Messages, N>;
}

async function SkipLink({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
      {t("skipToContent")}
    </a>
  );
}

/**
 * The document of a page rendered per request: language and time zone are the reader's. The
 * browser gets the messages of `namespaces` only when given (the whole catalogue otherwise: 60 kB of
 * the sign-in page's 97 kB of HTML), so an area whose client components read a few namespaces names them.
 */
export async function RequestDocument({ children, namespaces }: { children: ReactNode; namespaces?: readonly (keyof Messages)[] }) {
  const locale = await getLocale();
  const [timeZone, chosenZone] = await Promise.all([getTimeZone(), cookies().then((c) => c.get(timeZoneCookie)?.value ?? null)]);
  return (
    <Html locale={locale} tail={<TimeZoneCookie current={chosenZone} rendered={timeZone} />}>
      <SkipLink locale={locale} />
      <NextIntlClientProvider timeZone={timeZone} messages={namespaces && pickMessages(isLocale(locale) ? locale : defaultLocale, namespaces)}>
        {children}
      </NextIntlClientProvider>
    </Html>
  );
}

/** What the help center's client components translate: the page carries these messages, not all. */
const sharedPageMessages = (locale: Locale) => {
  const picked = pickMessages(locale, ["common", "nav", "kb"]);
  return { ...picked, kb: { ...picked.kb, editor: undefined } };
};

/** The document of a page cached for everyone: the language is the URL's; times render in UTC. */
export function SharedDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <Html locale={locale} tail={<TimeZoneCookie />}>
      <SkipLink locale={locale} />
      <NextIntlClientProvider locale={locale} timeZone="UTC" messages={sharedPageMessages(locale)}>
        {children}
      </NextIntlClientProvider>
    </Html>
  );
}
