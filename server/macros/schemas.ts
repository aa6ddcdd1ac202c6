import { z } from "zod";

const locale = z.enum(["en", "fr", "it"], "errors.validation.invalid");
const id = z.uuid("errors.validation.invalid");

const macroFields = {
  name: z.string().trim().min(1, "errors.validation.required").max(120, "errors.validation.tooLong"),
  locale,
  body: z.string().trim().min(1, "errors.validation.required").max(10_000, "errors.validation.tooLong"),
  categoryKey: z.string().trim().min(1, "errors.validation.required").max(60, "errors.validation.tooLong").nullable().default(null),
  isActive: z.boolean().default(true),
};

/** What an agent's picker asks for: the active macros of one language, optionally filtered by name or text. */
export const listMacrosInput = z.strictObject({
  locale: locale.optional(),
  query: z.string().trim().max(100, "errors.validation.tooLong").default(""),
});
export type ListMacrosInput = z.infer<typeof listMacrosInput>;

export const renderMacroInput = z.strictObject({ id, caseNumber: z.string().trim().min(1, "errors.validation.required").max(40, "errors.validation.tooLong") });
export type RenderMacroInput = z.infer<typeof renderMacroInput>;

export const createMacroInput = z.strictObject(macroFields);
export type CreateMacroInput = z.infer<typeof createMacroInput>;

export const updateMacroInput = z.strictObject({ id, data: z.strictObject(macroFields) });
export type UpdateMacroInput = z.infer<typeof updateMacroInput>;

export const deleteMacroInput = z.strictObject({ id });
export type DeleteMacroInput = z.infer<typeof deleteMacroInput>;
