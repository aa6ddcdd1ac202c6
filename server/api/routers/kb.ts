import { headers } from "next/headers";
import {
  createArticle,
  getArticleForEditorOrThrow,
  getHelpArticle,
  getHelpCategory,
  getHelpFaq,
  getHelpHome,
  getSearchInsights,
  listArticlesForEditor,
  listEditorCategories,
  listSitemapEntries,
  listTranslationVersions,
  previewMarkdown,
  recordFeedback,
  recordSearchClick,
  restoreVersion,
  saveTranslation,
  searchArticles,
  suggestArticles,
  updateArticle,
} from "@/server/kb";
import {
  bySlugInput,
  createArticleInput,
  feedbackInput,
  idInput,
  insightsInput,
  listArticlesInput,
  localeInput,
  previewInput,
  recordClickInput,
  saveTranslationInput,
  searchInput,
  suggestInput,
  updateArticleInput,
} from "@/server/kb/schemas";
import { clientIp } from "@/server/security/sign-in-limits";
import { refreshPublicHelpCenter } from "../public-cache";
import { agentProcedure, createTRPCRouter, publicProcedure } from "../trpc";

/** The caller's IP for rate limits. A server-side caller (createCaller in tests, scripts) has no request. */
async function caller() {
  try {
    return { ip: clientIp(await headers()) };
  } catch {
    return { ip: "server" };
  }
}

/** An editor's change that readers see: the cached public help pages are rendered again afterwards. */
const publishingProcedure = agentProcedure.use(async ({ next }) => {
  const result = await next();
  if (result.ok) refreshPublicHelpCenter();
  return result;
});

export const kbRouter = createTRPCRouter({
  search: publicProcedure.input(searchInput).query(({ ctx, input }) => searchArticles(ctx.db, ctx.actor, input)),
  suggest: publicProcedure.input(suggestInput).query(({ ctx, input }) => suggestArticles(ctx.db, ctx.actor, input)),
  recordClick: publicProcedure.input(recordClickInput).mutation(async ({ ctx, input }) => recordSearchClick(ctx.db, ctx.actor, input, await caller())),
  feedback: publicProcedure.input(feedbackInput).mutation(async ({ ctx, input }) => recordFeedback(ctx.db, ctx.actor, input, await caller())),
  home: publicProcedure.input(localeInput).query(({ ctx, input }) => getHelpHome(ctx.db, ctx.actor, input)),
  category: publicProcedure.input(bySlugInput).query(({ ctx, input }) => getHelpCategory(ctx.db, ctx.actor, input)),
  article: publicProcedure.input(bySlugInput).query(({ ctx, input }) => getHelpArticle(ctx.db, ctx.actor, input)),
  faq: publicProcedure.input(localeInput).query(({ ctx, input }) => getHelpFaq(ctx.db, ctx.actor, input)),
  sitemap: publicProcedure.input(localeInput).query(({ ctx, input }) => listSitemapEntries(ctx.db, ctx.actor, input)),

  categories: agentProcedure.query(({ ctx }) => listEditorCategories(ctx.db, ctx.actor)),
  list: agentProcedure.input(listArticlesInput).query(({ ctx, input }) => listArticlesForEditor(ctx.db, ctx.actor, input)),
  get: agentProcedure.input(idInput).query(({ ctx, input }) => getArticleForEditorOrThrow(ctx.db, ctx.actor, input.id)),
  create: publishingProcedure.input(createArticleInput).mutation(({ ctx, input }) => createArticle(ctx.db, ctx.actor, input)),
  saveTranslation: publishingProcedure.input(saveTranslationInput).mutation(({ ctx, input }) => saveTranslation(ctx.db, ctx.actor, input)),
  update: publishingProcedure.input(updateArticleInput).mutation(({ ctx, input }) => updateArticle(ctx.db, ctx.actor, input)),
  versions: agentProcedure.input(idInput).query(({ ctx, input }) => listTranslationVersions(ctx.db, ctx.actor, input.id)),
  restore: publishingProcedure.input(idInput).mutation(({ ctx, input }) => restoreVersion(ctx.db, ctx.actor, input.id)),
  preview: agentProcedure.input(previewInput).mutation(({ input }) => previewMarkdown(input.bodyMd)),
  insights: agentProcedure.input(insightsInput).query(({ ctx, input }) => getSearchInsights(ctx.db, ctx.actor, input)),
});
