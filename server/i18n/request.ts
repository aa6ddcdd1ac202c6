import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { isLocale, localeCookie, negotiateLocale } from "./config";
import { messages } from "./messages";

// Public help and forum pages carry the locale in the URL ([locale] segment); private pages use the
// language the person chose (cookie, saved to the profile too), then the browser's preference.
export default getRequestConfig(async ({ requestLocale }) => {
  const fromUrl = await requestLocale;
  let locale = isLocale(fromUrl) ? fromUrl : undefined;
  if (!locale) {
    const chosen = (await cookies()).get(localeCookie)?.value;
    locale = isLocale(chosen) ? chosen : negotiateLocale((await headers()).get("accept-language"));
  }
  return { locale, messages: messages[locale], timeZone: "Europe/Paris" };
});
