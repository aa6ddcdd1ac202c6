import { getLocale, getTranslations } from "next-intl/server";
import { locales, type Locale } from "@/server/i18n/config";
import { LanguageSwitcherForm } from "./language-switcher-form";

/** The header's language switch, translated on the server (no translation code in the browser). */
export async function LanguageSwitcher() {
  const [t, current] = await Promise.all([getTranslations("common"), getLocale()]);
  const languageNames = Object.fromEntries(locales.map((locale) => [locale, t(`languages.${locale}`)])) as Record<Locale, string>;
  return <LanguageSwitcherForm current={current} label={t("language")} languageNames={languageNames} />;
}
