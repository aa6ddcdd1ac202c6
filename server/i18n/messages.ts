import { createTranslator } from "next-intl";
import coreEn from "./messages/en.json";
import coreFr from "./messages/fr.json";
import coreIt from "./messages/it.json";
import type { Locale } from "./config";

// Shared text (navigation, errors, sign-in) lives in messages/<locale>.json; each feature area keeps
// its own namespace in messages/<area>/<locale>.json, added below once per locale.
const en = {
  ...coreEn,
};
const fr = {
  ...coreFr,
};
const it = {
  ...coreIt,
};

export const messages = { en, fr, it } as const satisfies Record<Locale, typeof en>;
export type Messages = typeof en;

/** A translator for code outside React (emails, jobs, tRPC error messages). */
export function translator<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: messages[locale], namespace });
}
