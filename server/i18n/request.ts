import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { isLocale, localeCookie, negotiateLocale, timeZoneCookie } from "./config";
import { messages } from "./messages";
import { isRenderedForEveryone } from "./static-render";

const FALLBACK_TIME_ZONE = "Europe/Paris";

/** The reader's time zone (sent by the browser in a cookie), when it is a real IANA zone. */
export async function readTimeZone(): Promise<string> {
  const zone = (await cookies()).get(timeZoneCookie)?.value;
  if (!zone) return FALLBACK_TIME_ZONE;
  try {
    return new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return FALLBACK_TIME_ZONE;
  }
}

// Public help and forum pages carry the locale in the URL ([locale] segment); private pages use the
// language the person chose (cookie, saved to the profile too), then the browser's preference.
export default getRequestConfig(async ({ requestLocale }) => {
  const fromUrl = await requestLocale;
  let locale = isLocale(fromUrl) ? fromUrl : undefined;
  if (!locale) {
    const chosen = (await cookies()).get(localeCookie)?.value;
    locale = isLocale(chosen) ? chosen : negotiateLocale((await headers()).get("accept-language"));
  }
  // A page cached for everyone cannot know the reader's zone: it renders in UTC and <LocalDate>
  // re-formats in the browser.
  const timeZone = isRenderedForEveryone() ? "UTC" : await readTimeZone();
  return { locale, messages: messages[locale], timeZone };
});
