"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { optOutAction, submitSurveyAction, type SurveyFormState } from "@/app/(portal)/[locale]/survey/actions";
import { Button, buttonBase, buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { SurveyQuestion } from "@/db/schema";

type Props = {
  token: string;
  caseNumber: string;
  csatQuestion: string;
  cesQuestion: string;
  questions: SurveyQuestion[];
  lowScoreThreshold: number;
  /** The rating clicked in the email (preselected, not yet recorded), or the saved answer. */
  initial: { csat: number | null; ces: number | null; answers: Record<string, string> };
  isAnswered: boolean;
};

const choiceClass =
  "flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-zinc-300 px-3 py-2 text-sm text-zinc-900 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600";

function RadioScale({ name, values, checked, onChange, labelOf }: { name: string; values: string[]; checked: string | null; onChange?: (value: string) => void; labelOf: (value: string) => string }) {
  return (
    <div className="grid gap-2">
      {values.map((value) => (
        <label key={value} className={choiceClass}>
          <input type="radio" name={name} value={value} defaultChecked={checked === value} onChange={() => onChange?.(value)} className="size-4 accent-brand-600" />
          {labelOf(value)}
        </label>
      ))}
    </div>
  );
}

/**
 * The survey: the rating from the email is preselected and recorded only when the customer sends the
 * form. Questions marked "only on a low score" appear when the chosen rating is low enough.
 */
export function SurveyForm(props: Props) {
  const t = useTranslations("surveys");
  const [state, formAction, isPending] = useActionState<SurveyFormState, FormData>(submitSurveyAction, {});
  const [csat, setCsat] = useState<number | null>(props.initial.csat);
  const statusId = useId();
  const savedAt = state.saved?.at;
  const showThanks = savedAt !== undefined;

  if (showThanks)
    return (
      <div role="status" aria-live="polite" className="space-y-3">
        <h2 className="text-lg font-semibold text-zinc-900">{t("page.thanksTitle")}</h2>
        <p className="text-sm text-zinc-800">{state.saved!.isLowScore ? t("page.followUp", { number: props.caseNumber }) : t("page.thanks")}</p>
        {/* A link, not a button: the page opened again shows the saved answers, with or without JavaScript. */}
        <a href="?" className={cn(buttonBase, buttonStyles.secondary)}>
          {t("page.edit")}
        </a>
      </div>
    );

  const ces = props.initial.ces === null ? null : String(props.initial.ces);
  return (
    // The Server Action itself (not a function wrapping it) is the action, so the form also posts without JavaScript.
    <form action={formAction} className="space-y-6" aria-describedby={statusId}>
      <input type="hidden" name="token" value={props.token} />
      <fieldset className="space-y-2">
        <legend className="mb-2 text-base font-semibold text-zinc-900">{props.csatQuestion}</legend>
        <RadioScale name="csat" values={["5", "4", "3", "2", "1"]} checked={csat === null ? null : String(csat)} onChange={(value) => setCsat(Number(value))} labelOf={(v) => t("page.ratingOption", { rating: v, label: t(`csat.${v}` as never) })} />
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="mb-1 text-base font-semibold text-zinc-900">
          {props.cesQuestion} <span className="text-sm font-normal text-zinc-600">({t("page.optional")})</span>
        </legend>
        <p className="text-sm text-zinc-600">{t("page.cesHint")}</p>
        <div className="flex flex-wrap gap-2">
          {["1", "2", "3", "4", "5", "6", "7"].map((value) => (
            <label key={value} className={`${choiceClass} min-w-11 justify-center`}>
              <input type="radio" name="ces" value={value} defaultChecked={ces === value} className="sr-only" />
              {value}
            </label>
          ))}
        </div>
      </fieldset>
      {props.questions.map((question) => {
        if (question.onlyIfLowScore && (csat === null || csat > props.lowScoreThreshold)) return null;
        const initial = props.initial.answers[question.id] ?? "";
        const name = `q:${question.id}`;
        const note = question.onlyIfLowScore ? <p className="text-sm text-zinc-600">{t("page.lowScoreOnly")}</p> : null;
        if (question.kind === "text")
          return (
            <div key={question.id} className="space-y-1">
              <label htmlFor={`${statusId}-${question.id}`} className="block text-base font-semibold text-zinc-900">
                {question.label} <span className="text-sm font-normal text-zinc-600">({t("page.optional")})</span>
              </label>
              {note}
              <textarea id={`${statusId}-${question.id}`} name={name} defaultValue={initial} maxLength={2000} rows={4} className="w-full rounded-md border border-zinc-300 px-3 py-2 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600" />
            </div>
          );
        return (
          <fieldset key={question.id} className="space-y-2">
            <legend className="mb-1 text-base font-semibold text-zinc-900">
              {question.label} <span className="text-sm font-normal text-zinc-600">({t("page.optional")})</span>
            </legend>
            {note}
            <RadioScale
              name={name}
              values={question.kind === "rating" ? ["5", "4", "3", "2", "1"] : (question.options ?? [])}
              checked={initial || null}
              labelOf={(v) => (question.kind === "rating" ? t("page.ratingOption", { rating: v, label: t(`csat.${v}` as never) }) : v)}
            />
          </fieldset>
        );
      })}
      <div id={statusId} aria-live="polite">
        {state.error ? (
          <p role="alert" className="text-sm text-red-700">
            {state.error}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={isPending} className="w-full sm:w-auto">
        {isPending ? t("page.sending") : props.isAnswered || savedAt !== undefined ? t("page.update") : t("page.submit")}
      </Button>
    </form>
  );
}

export function SurveyOptOut({ token, isOptedOut }: { token: string; isOptedOut: boolean }) {
  const t = useTranslations("surveys.page");
  const [state, formAction, isPending] = useActionState<SurveyFormState, FormData>(optOutAction, {});
  return (
    <div aria-live="polite" className="space-y-2">
      <h2 className="text-base font-semibold text-zinc-900">{t("optOutTitle")}</h2>
      {isOptedOut || state.optedOut ? (
        <p role="status" className="text-sm font-medium text-green-800">
          {t("optedOut")}
        </p>
      ) : (
        <form action={formAction} className="space-y-2">
          <input type="hidden" name="token" value={token} />
          <p className="text-sm text-zinc-700">{t("optOutBody")}</p>
          {state.error ? (
            <p role="alert" className="text-sm text-red-700">
              {state.error}
            </p>
          ) : null}
          <Button type="submit" variant="secondary" disabled={isPending}>
            {t("optOutButton")}
          </Button>
        </form>
      )}
    </div>
  );
}
