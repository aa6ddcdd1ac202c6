"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field";
import type { Locale } from "@/server/i18n/config";

/** The form's texts, translated on the server (components/kb/article-feedback.tsx). */
export type ArticleFeedbackLabels = Record<"thanks" | "helpfulQuestion" | "helpfulYes" | "helpfulNo" | "commentLabel" | "commentHint" | "sendComment" | "feedbackError", string>;

/** "Was this helpful?" with an optional comment; anyone who can read the article can answer. */
export function ArticleFeedbackForm({ articleId, locale, labels }: { articleId: string; locale: Locale; labels: ArticleFeedbackLabels }) {
  const id = useId();
  const [vote, setVote] = useState<boolean | null>(null);
  const [comment, setComment] = useState("");
  const [isDone, setIsDone] = useState(false);
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The tRPC client is loaded when the reader sends, not with the page (components/trpc-client.ts).
  const send = async (input: { articleId: string; locale: Locale; isHelpful: boolean; comment: string | null }) => {
    setIsPending(true);
    setError(null);
    try {
      const { browserTrpc, isTooManyRequests } = await import("@/components/trpc-client");
      await browserTrpc.kb.feedback.mutate(input).catch((caught: unknown) => {
        throw new Error(isTooManyRequests(caught) ? caught.message : labels.feedbackError);
      });
      setIsDone(true);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : labels.feedbackError);
    } finally {
      setIsPending(false);
    }
  };

  if (isDone)
    return (
      <p role="status" className="text-sm font-medium text-green-800">
        {labels.thanks}
      </p>
    );
  return (
    <div className="space-y-3">
      <fieldset>
        <legend className="text-sm font-semibold text-zinc-900">{labels.helpfulQuestion}</legend>
        <div className="mt-2 flex gap-2">
          {[true, false].map((isHelpful) => (
            <Button key={String(isHelpful)} type="button" variant={vote === isHelpful ? "primary" : "secondary"} aria-pressed={vote === isHelpful} onClick={() => setVote(isHelpful)}>
              {isHelpful ? labels.helpfulYes : labels.helpfulNo}
            </Button>
          ))}
        </div>
      </fieldset>
      {vote !== null && (
        <form
          className="space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            void send({ articleId, locale, isHelpful: vote, comment: comment.trim() || null });
          }}
        >
          <label htmlFor={`${id}-comment`} className="block text-sm font-medium text-zinc-800">
            {labels.commentLabel}
          </label>
          <textarea id={`${id}-comment`} aria-describedby={`${id}-hint`} maxLength={1000} rows={3} className={inputStyles} value={comment} onChange={(event) => setComment(event.target.value)} />
          <p id={`${id}-hint`} className="text-xs text-zinc-600">
            {labels.commentHint}
          </p>
          <Button type="submit" disabled={isPending}>
            {labels.sendComment}
          </Button>
          {error && (
            <p role="alert" className="text-sm text-red-700">
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}

