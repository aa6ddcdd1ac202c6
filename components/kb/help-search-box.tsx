import { getTranslations } from "next-intl/server";
import type { Locale } from "@/server/i18n/config";
import { HelpSearchField } from "./help-search-field";

/** The help-center search field, translated on the server (no translation code in the browser). */
export async function HelpSearchBox({ locale, defaultValue }: { locale: Locale; defaultValue?: string }) {
  const t = await getTranslations({ locale, namespace: "kb" });
  const labels = { searchLabel: t("searchLabel"), searchPlaceholder: t("searchPlaceholder"), suggestionsLabel: t("suggestionsLabel"), searchButton: t("searchButton") };
  return <HelpSearchField locale={locale} defaultValue={defaultValue} labels={labels} />;
}
