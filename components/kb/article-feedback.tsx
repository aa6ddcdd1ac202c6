import { getTranslations } from "next-intl/server";
import type { Locale } from "@/server/i18n/config";
import { ArticleFeedbackForm, type ArticleFeedbackLabels } from "./article-feedback-form";

const labelKeys = ["thanks", "helpfulQuestion", "helpfulYes", "helpfulNo", "commentLabel", "commentHint", "sendComment", "feedbackError"] as const satisfies readonly (keyof ArticleFeedbackLabels)[];

/** "Was this helpful?", translated on the server (no translation code in the browser). */
export async function ArticleFeedback({ articleId, locale }: { articleId: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "kb" });
  const labels = Object.fromEntries(labelKeys.map((key) => [key, t(key)])) as ArticleFeedbackLabels;
  return <ArticleFeedbackForm articleId={articleId} locale={locale} labels={labels} />;
}
