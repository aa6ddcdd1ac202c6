import { z } from "zod";
import { locales } from "@/server/i18n/config";

export const kbLocale = z.enum(locales, "errors.validation.invalid");
const text = (max: number) => z.string().trim().max(max, "errors.validation.tooLong");
const requiredText = (max: number) => text(max).min(1, "errors.validation.required");
const limit = (max: number, fallback: number) =>
  z.number().int().min(1, "errors.validation.tooSmall").max(max, "errors.validation.tooLarge").default(fallback);

export const searchContext = z.enum(["help", "case_form", "forum", "backoffice", "bot"], "errors.validation.invalid");
export type SearchContext = z.infer<typeof searchContext>;

export const searchInput = z.strictObject({
  q: requiredText(200),
  locale: kbLocale,
  limit: limit(20, 10),
  context: searchContext.default("help"),
});
export type SearchInput = z.infer<typeof searchInput>;

export const suggestInput = z.strictObject({ q: requiredText(100), locale: kbLocale, limit: limit(8, 5) });
export type SuggestInput = z.infer<typeof suggestInput>;

export const recordClickInput = z.strictObject({
  searchId: z.uuid("errors.validation.invalid").nullish(),
  query: text(200).nullish(),
  articleId: z.uuid("errors.validation.invalid"),
  locale: kbLocale,
  context: searchContext.default("help"),
});
export type RecordClickInput = z.infer<typeof recordClickInput>;

export const feedbackInput = z.strictObject({
  articleId: z.uuid("errors.validation.invalid"),
  locale: kbLocale,
  isHelpful: z.boolean("errors.validation.invalid"),
  comment: text(1000).nullish(),
});
export type FeedbackInput = z.infer<typeof feedbackInput>;

export const localeInput = z.strictObject({ locale: kbLocale });
export const slugSchema = z
  .string()
  .trim()
  .min(1, "errors.validation.required")
  .max(120, "errors.validation.tooLong")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "errors.kb.badSlug");
export const bySlugInput = z.strictObject({ locale: kbLocale, slug: z.string().trim().min(1, "errors.validation.required").max(120, "errors.validation.tooLong") });
export type BySlugInput = z.infer<typeof bySlugInput>;

export const kbStatusSchema = z.enum(["draft", "published", "archived"], "errors.validation.invalid");
export const kbAudienceSchema = z.enum(["public", "internal"], "errors.validation.invalid");
export const kbKindSchema = z.enum(["article", "faq"], "errors.validation.invalid");

export const translationFields = z.strictObject({
  locale: kbLocale,
  title: requiredText(200),
  slug: slugSchema.nullish(),
  summary: text(500).default(""),
  bodyMd: requiredText(100_000),
  status: kbStatusSchema,
});
export type TranslationFields = z.infer<typeof translationFields>;

export const articleFields = z.strictObject({
  categoryId: z.uuid("errors.validation.invalid"),
  kind: kbKindSchema,
  audience: kbAudienceSchema,
});

export const createArticleInput = articleFields.extend({ translation: translationFields });
export type CreateArticleInput = z.infer<typeof createArticleInput>;

export const saveTranslationInput = translationFields.extend({
  articleId: z.uuid("errors.validation.invalid"),
  /** The version the editor started from (null for a new translation): a stale save is refused. */
  expectedVersion: z.number().int().min(0).nullable(),
});
export type SaveTranslationInput = z.infer<typeof saveTranslationInput>;

export const updateArticleInput = z.strictObject({ id: z.uuid("errors.validation.invalid"), data: articleFields });
export type UpdateArticleInput = z.infer<typeof updateArticleInput>;

export const idInput = z.strictObject({ id: z.uuid("errors.validation.invalid") });

export const listArticlesInput = z.strictObject({
  q: text(200).nullish(),
  status: kbStatusSchema.nullish(),
  limit: limit(200, 100),
});
export type ListArticlesInput = z.infer<typeof listArticlesInput>;

export const previewInput = z.strictObject({ bodyMd: text(100_000) });

export const insightsInput = z.strictObject({ days: z.number().int().min(1, "errors.validation.tooSmall").max(365, "errors.validation.tooLarge").default(30) });
