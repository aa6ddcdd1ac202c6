"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { TRPCReactProvider, useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field";
import type { Locale } from "@/server/i18n/config";

function Feedback({ articleId, locale }: { articleId: string; locale: Locale }) {
  const t = useTranslations("kb");
  const trpc = useTRPC();
  const id = useId();
  const [vote, setVote] = useState<boolean | null>(null);
  const [comment, setComment] = useState("");
  const [isDone, setIsDone] = useState(false);
  const send = useMutation(trpc.kb.feedback.mutationOptions({ onSuccess: () => setIsDone(true) }));

  if (isDone)
    return (
      <p role="status" className="text-sm font-medium text-green-800">
        {t("thanks")}
      </p>
    );
  return (
    <div className="space-y-3">
      <fieldset>
        <legend className="text-sm font-semibold text-zinc-900">{t("helpfulQuestion")}</legend>
        <div className="mt-2 flex gap-2">
          {[true, false].map((isHelpful) => (
            <Button key={String(isHelpful)} type="button" variant={vote === isHelpful ? "primary" : "secondary"} aria-pressed={vote === isHelpful} onClick={() => setVote(isHelpful)}>
              {isHelpful ? t("helpfulYes") : t("helpfulNo")}
            </Button>
          ))}
        </div>
      </fieldset>
      {vote !== null && (
        <form
          className="space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            send.mutate({ articleId, locale, isHelpful: vote, comment: comment.trim() || null });
          }}
        >
          <label htmlFor={`${id}-comment`} className="block text-sm font-medium text-zinc-800">
            {t("commentLabel")}
          </label>
          <textarea id={`${id}-comment`} aria-describedby={`${id}-hint`} maxLength={1000} rows={3} className={inputStyles} value={comment} onChange={(event) => setComment(event.target.value)} />
          <p id={`${id}-hint`} className="text-xs text-zinc-600">
            {t("commentHint")}
          </p>
          <Button type="submit" disabled={send.isPending}>
            {t("sendComment")}
          </Button>
          {send.isError && (
            <p role="alert" className="text-sm text-red-700">
              {send.error.data?.code === "TOO_MANY_REQUESTS" ? send.error.message : t("feedbackError")}
            </p>
          )}
        </form>
      )}
    </div>
  );
}

/** "Was this helpful?" with an optional comment; anyone who can read the article can answer. */
export function ArticleFeedback(props: { articleId: string; locale: Locale }) {
  return (
    <TRPCReactProvider>
      <Feedback {...props} />
    </TRPCReactProvider>
  );
}
