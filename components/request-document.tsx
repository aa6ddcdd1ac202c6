import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTimeZone } from "next-intl/server";
import type { ReactNode } from "react";
import { Html, requestTimeZone, SkipLink } from "@/components/document";
import { TimeZoneCookie } from "@/components/time-zone-cookie";
import { defaultLocale, isLocale, type Locale } from "@/server/i18n/config";
import { messages, type Messages } from "@/server/i18n/messages";

/** The messages of a few namespaces, for a document whose client components read only those. */
function pickMessages<N extends keyof Messages>(locale: Locale, namespaces: readonly N[]) {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[locale][namespace]])) as Pick<Messages, N>;
}

/**
 * The document of a page rendered per request whose client components translate for themselves
 * (next-intl's client runtime, about 3.5 kB gzipped, and messages in the HTML): language and time
 * zone are the reader's. The browser gets the messages of `namespaces` only when given (the whole
 * catalogue otherwise: 60 kB of the sign-in page's 97 kB of HTML), so an area whose client
 * components read a few namespaces names them. An area whose client components get their texts as
 * props uses ServerTranslatedDocument (components/document.tsx) instead.
 */
export async function RequestDocument({ children, namespaces }: { children: ReactNode; namespaces?: readonly (keyof Messages)[] }) {
  const [locale, { timeZone, chosenZone }] = await Promise.all([getLocale(), requestTimeZone()]);
  return (
    <Html locale={locale} tail={<TimeZoneCookie current={chosenZone} rendered={timeZone} />}>
      <SkipLink locale={locale} />
      <NextIntlClientProvider timeZone={timeZone} messages={namespaces && pickMessages(isLocale(locale) ? locale : defaultLocale, namespaces)}>
        {children}
      </NextIntlClientProvider>
    </Html>
  );
}

/**
 * Next-intl's client runtime and the messages of `namespaces`, for the part of an area whose client
 * components translate for themselves, inside a ServerTranslatedDocument (components/document.tsx):
 * the area's other pages then ship neither.
 */
export async function ClientTranslations({ namespaces, children }: { namespaces: readonly (keyof Messages)[]; children: ReactNode }) {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return (
    <NextIntlClientProvider timeZone={timeZone} messages={pickMessages(isLocale(locale) ? locale : defaultLocale, namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
