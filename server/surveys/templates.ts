import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { DomainError } from "@/server/errors";
import type { Locale } from "@/server/i18n/config";
import * as queries from "./queries";
import { saveTemplateInput, type SaveTemplateInput } from "./schemas";

export const listSurveyTemplates = (db: Database) => queries.listTemplates(db);

/**
 * An invitation's template. A deleted template leaves its invitations without one: they are answered
 * and reminded with the template that now matches the case (at worst the default, which cannot be
 * deleted), and answers already given keep the question labels they were given with.
 */
export async function invitationTemplate(db: Database, params: { template: queries.TemplateRow | null; caseCategory: string; locale: Locale }) {
  return params.template ?? (await queries.findTemplateFor(db, { category: params.caseCategory, locale: params.locale }));
}

export async function getSurveyTemplateOrThrow(db: Database, id: string) {
  const row = await queries.findTemplate(db, id);
  if (!row) throw new DomainError("common.notFound");
  return row;
}

/**
 * Creates or updates a template (admins). One template per category and language: a second one for
 * the same pair is refused. The default template (no category, no language) cannot be narrowed.
 */
export async function saveSurveyTemplate(db: Database, _actor: Actor, rawInput: SaveTemplateInput, now = new Date()) {
  const { id, ...input } = saveTemplateInput.parse(rawInput);
  if (input.category && !(await queries.categoryExists(db, input.category))) throw new DomainError("surveys.unknownCategory");
  const values = { ...input, questions: input.questions.map((q) => ({ ...q, options: q.kind === "choice" ? q.options : undefined })), updatedAt: now };
  const clash = await queries.findTemplateByScope(db, { category: input.category, locale: input.locale });
  if (clash && clash.id !== id) throw new DomainError("surveys.templateExists");
  if (!id) {
    const created = await queries.insertTemplate(db, values);
    if (!created) throw new DomainError("surveys.templateExists");
    return { id: created };
  }
  const existing = await getSurveyTemplateOrThrow(db, id);
  if (!existing.category && !existing.locale && (input.category || input.locale)) throw new DomainError("surveys.defaultTemplateScope");
  await queries.updateTemplate(db, id, values);
  return { id };
}

/**
 * Deletes a template (admins). The default cannot be: cases without a more specific template would get
 * no survey. Invitations made from the template and their answers stay; an open invitation is then
 * answered with the template that matches its case now (see answering.ts).
 */
export async function deleteSurveyTemplate(db: Database, _actor: Actor, id: string) {
  const existing = await getSurveyTemplateOrThrow(db, id);
  if (!existing.category && !existing.locale) throw new DomainError("surveys.defaultTemplateDelete");
  if (!(await queries.deleteTemplate(db, id))) throw new DomainError("common.notFound");
  return { id };
}
