import type { Metadata, Viewport } from "next";
import { GeistSans } from "geist/font/sans";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { TimeZoneCookie } from "@/components/time-zone-cookie";
import { timeZoneCookie } from "@/server/i18n/config";
import type { ReactNode } from "react";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, applicationName: t("appName") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d4ed8" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const [timeZone, chosenZone] = await Promise.all([getTimeZone(), cookies().then((c) => c.get(timeZoneCookie)?.value ?? null)]);
  return (
    <html lang={locale} className={GeistSans.variable}>
      <body className="min-h-dvh font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider timeZone={timeZone}>{children}</NextIntlClientProvider>
        <TimeZoneCookie current={chosenZone} />
      </body>
    </html>
  );
}
