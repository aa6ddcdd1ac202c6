import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { kbArticles, kbCategories, kbCategoryTranslations } from "@/db/schema";
import { createArticle, saveTranslation } from "@/server/kb";
import type { Locale } from "@/server/i18n/config";
import { kbArticleSeeds, type ArticleSeed } from "./kb-articles";
import { kbCategorySeeds } from "./kb-categories";

const DAY_MS = 24 * 60 * 60 * 1000;
const SEED_LOCALES: Locale[] = ["en", "fr", "it"];

/**
 * The demo help center: categories, ~40 articles and FAQ entries in en/fr/it, written through the
 * same service the editor uses (sanitizer, versions, search dictionary). Returns article ids by key.
 */
export async function seedKnowledgeBase(db: Database, options: { authorId?: string | null; now?: Date; articles?: ArticleSeed[] } = {}) {
  const now = options.now ?? new Date();
  const categoryIds = new Map<string, string>();
  for (const [position, category] of kbCategorySeeds.entries()) {
    const [row] = await db
      .insert(kbCategories)
      .values({ slug: category.slug, position, parentId: category.parent ? categoryIds.get(category.parent)! : null })
      .returning({ id: kbCategories.id });
    categoryIds.set(category.slug, row!.id);
    await db.insert(kbCategoryTranslations).values(SEED_LOCALES.map((locale) => ({ categoryId: row!.id, locale, ...category.names[locale] })));
  }
  const articleIds = new Map<string, string>();
  const actor = null;
  for (const [position, seed] of (options.articles ?? kbArticleSeeds).entries()) {
    const updatedAt = new Date(now.getTime() - seed.ageDays * DAY_MS);
    const [first, ...others] = SEED_LOCALES.filter((locale) => !seed.missing?.includes(locale));
    const text = seed[first!];
    const created = await createArticle(
      db,
      actor,
      {
        categoryId: categoryIds.get(seed.category)!,
        kind: seed.kind,
        audience: seed.audience ?? "public",
        translation: { locale: first!, title: text.title, slug: null, summary: text.summary, bodyMd: text.body, status: "published" },
      },
      { updatedAt },
    );
    for (const locale of others) {
      const other = seed[locale];
      await saveTranslation(
        db,
        actor,
        { articleId: created.articleId, locale, title: other.title, slug: null, summary: other.summary, bodyMd: other.body, status: "published", expectedVersion: null },
        { updatedAt },
      );
    }
    await db
      .update(kbArticles)
      .set({ helpfulCount: seed.helpful, notHelpfulCount: seed.notHelpful, position, createdById: options.authorId ?? null })
      .where(eq(kbArticles.id, created.articleId));
    articleIds.set(seed.key, created.articleId);
  }
  await db.execute(sql`analyze kb_article_translations`);
  return articleIds;
}
