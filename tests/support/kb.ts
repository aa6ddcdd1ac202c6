import type { Database } from "@/db/client";
import { kbCategories, kbCategoryTranslations } from "@/db/schema";
import { createArticle, listTranslationVersions } from "@/server/kb";
import type { Actor } from "@/server/accounts";

export type KbWorld = {
  categoryId: string;
  categorySlug: string;
  articleId: string;
  slug: string;
  translationId: string;
  versionId: string;
  /** Fresh articles (French, version 1), one per call of kb.saveTranslation in the matrix. */
  saveTargets: string[];
};

/** A category with published public articles, for tests that need knowledge-base objects. */
export async function arrangeKbWorld(db: Database, staff: Actor, options: { saveTargets?: number } = {}): Promise<KbWorld> {
  const suffix = Math.random().toString(36).slice(2, 8);
  const [category] = await db.insert(kbCategories).values({ slug: `matrix-${suffix}` }).returning({ id: kbCategories.id });
  await db.insert(kbCategoryTranslations).values([
    { categoryId: category!.id, locale: "en", name: "Matrix" },
    { categoryId: category!.id, locale: "fr", name: "Matrice" },
  ]);
  const article = async (title: string) =>
    createArticle(db, staff, {
      categoryId: category!.id,
      kind: "article",
      audience: "public",
      translation: { locale: "fr", title, slug: null, summary: "", bodyMd: "Suivre un colis livré.", status: "published" },
    });
  const main = await article(`Colis matrice ${suffix}`);
  const [version] = await listTranslationVersions(db, staff, main.translation.id);
  const saveTargets: string[] = [];
  for (let i = 0; i < (options.saveTargets ?? 6); i++) saveTargets.push((await article(`Cible ${i} ${suffix}`)).articleId);
  return {
    categoryId: category!.id,
    categorySlug: `matrix-${suffix}`,
    articleId: main.articleId,
    slug: main.translation.slug,
    translationId: main.translation.id,
    versionId: version!.id,
    saveTargets,
  };
}
