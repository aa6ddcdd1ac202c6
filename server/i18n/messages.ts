import { createTranslator } from "next-intl";
import en from "./messages/en.json";
import fr from "./messages/fr.json";
import it from "./messages/it.json";
import type { Locale } from "./config";

export const messages = { en, fr, it } as const satisfies Record<Locale, typeof en>;

/** A translator for code outside React (emails, jobs, tRPC error messages). */
export function translator<N extends keyof typeof en>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: messages[locale], namespace });
}
