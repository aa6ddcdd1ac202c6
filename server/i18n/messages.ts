import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import coreEn from "./messages/en.json";
import coreFr from "./messages/fr.json";
import coreIt from "./messages/it.json";
import casesEn from "./messages/cases/en.json";
import casesFr from "./messages/cases/fr.json";
import casesIt from "./messages/cases/it.json";
import selfcareEn from "./messages/selfcare/en.json";
import selfcareFr from "./messages/selfcare/fr.json";
import selfcareIt from "./messages/selfcare/it.json";
import kbEn from "./messages/kb/en.json";
import kbFr from "./messages/kb/fr.json";
import kbIt from "./messages/kb/it.json";
import forumEn from "./messages/forum/en.json";
import forumFr from "./messages/forum/fr.json";
import forumIt from "./messages/forum/it.json";
import workspaceEn from "./messages/workspace/en.json";
import workspaceFr from "./messages/workspace/fr.json";
import workspaceIt from "./messages/workspace/it.json";
import queuesEn from "./messages/queues/en.json";
import queuesFr from "./messages/queues/fr.json";
import queuesIt from "./messages/queues/it.json";
import settingsEn from "./messages/settings/en.json";
import settingsFr from "./messages/settings/fr.json";
import settingsIt from "./messages/settings/it.json";
import customersEn from "./messages/customers/en.json";
import customersFr from "./messages/customers/fr.json";
import customersIt from "./messages/customers/it.json";
import surveysEn from "./messages/surveys/en.json";
import surveysFr from "./messages/surveys/fr.json";
import surveysIt from "./messages/surveys/it.json";
import type { Locale } from "./config";

// Shared text (navigation, errors, sign-in) lives in messages/<locale>.json; each feature area keeps
// its own namespace in messages/<area>/<locale>.json, added below once per locale.
const en = {
  ...coreEn,
  surveys: surveysEn,
  kb: kbEn,
  forum: forumEn,
  workspace: workspaceEn,
  selfcare: selfcareEn,
  cases: casesEn,
  queues: queuesEn,
  settings: settingsEn,
  customers: customersEn,
};
const fr = {
  ...coreFr,
  surveys: surveysFr,
  kb: kbFr,
  forum: forumFr,
  workspace: workspaceFr,
  selfcare: selfcareFr,
  cases: casesFr,
  queues: queuesFr,
  settings: settingsFr,
  customers: customersFr,
};
const it = {
  ...coreIt,
  surveys: surveysIt,
  kb: kbIt,
  forum: forumIt,
  workspace: workspaceIt,
  selfcare: selfcareIt,
  cases: casesIt,
  queues: queuesIt,
  settings: settingsIt,
  customers: customersIt,
};

export const messages = { en, fr, it } as const satisfies Record<Locale, typeof en>;
export type Messages = typeof en;

/** A translator for code outside React (emails, jobs, tRPC error messages). */
export function translator<N extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: messages[locale], namespace });
}
