"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { trpcFailure } from "@/components/account/use-trpc-error";
import { fieldError } from "@/components/settings/feedback";
import { useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { inputStyles, TextField } from "@/components/ui/field";
import type { SurveyQuestion } from "@/db/schema";
import type { SaveTemplateInput } from "@/server/surveys/schemas";

type Draft = Omit<SaveTemplateInput, "questions"> & { questions: (SurveyQuestion & { optionsText: string })[] };

const toDraft = (template: SaveTemplateInput): Draft => ({ ...template, questions: template.questions.map((q) => ({ ...q, optionsText: (q.options ?? []).join("\n") })) });
const newQuestionId = (questions: { id: string }[]) => {
  for (let n = questions.length + 1; ; n++) if (!questions.some((q) => q.id === `q${n}`)) return `q${n}`;
};

/** Creates or edits a survey template; the server applies the same schema and answers in the admin's language. */
export function TemplateEditor({ template, categories, isDefault }: { template: SaveTemplateInput; categories: { key: string; name: string }[]; isDefault: boolean }) {
  const t = useTranslations("surveys.templates");
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(template));
  const save = useMutation(
    trpc.surveys.saveTemplate.mutationOptions({
      onSuccess: (saved) => {
        if (!draft.id) router.replace(`/agent/surveys/templates/${saved.id}`);
        router.refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.surveys.deleteTemplate.mutationOptions({
      onSuccess: () => {
        router.replace("/agent/surveys/templates");
        router.refresh();
      },
    }),
  );
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setQuestion = (index: number, patch: Partial<Draft["questions"][number]>) => setDraft((d) => ({ ...d, questions: d.questions.map((q, i) => (i === index ? { ...q, ...patch } : q)) }));
  const submit = () =>
    save.mutate({
      ...draft,
      questions: draft.questions.map(({ optionsText, ...q }) => ({
        ...q,
        options: q.kind === "choice" ? optionsText.split("\n").map((o) => o.trim()).filter(Boolean) : undefined,
        onlyIfLowScore: q.onlyIfLowScore ?? false,
      })),
    });
  const number = (value: string) => (value === "" ? 0 : Number(value));
  // The server's translated field errors: next to their field, or in the alert for those without one (choices, scope).
  const failure = trpcFailure(save.error);
  const fieldPaths = ["name", "csatQuestion", "cesQuestion", "delayMinutes", "reminderDays", "validDays", ...draft.questions.map((_, index) => `questions.${index}.label`)];
  const otherErrors = Object.entries(failure?.fields ?? {}).flatMap(([path, messages]) => (fieldPaths.includes(path) ? [] : messages));

  return (
    <form
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id={`${id}-name`} label={t("name")} value={draft.name} onChange={(e) => set("name", e.target.value)} maxLength={120} required error={fieldError(save.error, "name")} />
        <div className="space-y-1.5">
          <label htmlFor={`${id}-category`} className="block text-sm font-medium text-zinc-800">
            {t("category")}
          </label>
          <select id={`${id}-category`} className={inputStyles} value={draft.category ?? ""} disabled={isDefault} onChange={(e) => set("category", e.target.value || null)}>
            <option value="">{t("anyCategory")}</option>
            {categories.map((c) => (
              <option key={c.key} value={c.key}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1.5">
          <label htmlFor={`${id}-locale`} className="block text-sm font-medium text-zinc-800">
            {t("locale")}
          </label>
          <select id={`${id}-locale`} className={inputStyles} value={draft.locale ?? ""} disabled={isDefault} onChange={(e) => set("locale", (e.target.value || null) as Draft["locale"])}>
            <option value="">{t("anyLocale")}</option>
            <option value="en">English</option>
            <option value="fr">Français</option>
            <option value="it">Italiano</option>
          </select>
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={`${id}-csat`} label={t("csatQuestion")} value={draft.csatQuestion} onChange={(e) => set("csatQuestion", e.target.value)} maxLength={300} required error={fieldError(save.error, "csatQuestion")} />
        <TextField id={`${id}-ces`} label={t("cesQuestion")} value={draft.cesQuestion} onChange={(e) => set("cesQuestion", e.target.value)} maxLength={300} required error={fieldError(save.error, "cesQuestion")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-4">
        <TextField id={`${id}-delay`} type="number" min={0} max={10080} label={t("delay")} hint={t("delayHint")} value={draft.delayMinutes} onChange={(e) => set("delayMinutes", number(e.target.value))} error={fieldError(save.error, "delayMinutes")} />
        <TextField id={`${id}-reminder`} type="number" min={0} max={30} label={t("reminderDays")} hint={t("reminderHint")} value={draft.reminderDays} onChange={(e) => set("reminderDays", number(e.target.value))} error={fieldError(save.error, "reminderDays")} />
        <TextField id={`${id}-valid`} type="number" min={1} max={90} label={t("validDays")} value={draft.validDays} onChange={(e) => set("validDays", number(e.target.value))} error={fieldError(save.error, "validDays")} />
        <div className="space-y-1.5">
          <label htmlFor={`${id}-threshold`} className="block text-sm font-medium text-zinc-800">
            {t("threshold")}
          </label>
          <select id={`${id}-threshold`} className={inputStyles} value={draft.lowScoreThreshold} onChange={(e) => set("lowScoreThreshold", Number(e.target.value))}>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-zinc-800">{t("action")}</legend>
        {(["reopen", "task"] as const).map((action) => (
          <label key={action} className="flex items-center gap-2 text-sm text-zinc-900">
            <input type="radio" name={`${id}-action`} checked={draft.lowScoreAction === action} onChange={() => set("lowScoreAction", action)} className="accent-brand-600" />
            {t(action === "reopen" ? "actionReopen" : "actionTask")}
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-zinc-900">{t("questions")}</legend>
        {draft.questions.map((question, index) => (
          <div key={question.id} className="space-y-3 rounded-md border border-zinc-200 p-4">
            <div className="flex flex-wrap items-end gap-3">
              <TextField id={`${id}-q${index}-label`} className="min-w-60 flex-1" label={t("questionLabel", { n: index + 1 })} value={question.label} onChange={(e) => setQuestion(index, { label: e.target.value })} maxLength={300} required error={fieldError(save.error, `questions.${index}.label`)} />
              <div className="space-y-1.5">
                <label htmlFor={`${id}-q${index}-kind`} className="block text-sm font-medium text-zinc-800">
                  {t("kind")}
                </label>
                <select id={`${id}-q${index}-kind`} className={inputStyles} value={question.kind} onChange={(e) => setQuestion(index, { kind: e.target.value as SurveyQuestion["kind"] })}>
                  <option value="rating">{t("kindRating")}</option>
                  <option value="choice">{t("kindChoice")}</option>
                  <option value="text">{t("kindText")}</option>
                </select>
              </div>
              <Button type="button" variant="ghost" onClick={() => setDraft((d) => ({ ...d, questions: d.questions.filter((_, i) => i !== index) }))}>
                {t("removeQuestion", { n: index + 1 })}
              </Button>
            </div>
            {question.kind === "choice" ? (
              <div className="space-y-1.5">
                <label htmlFor={`${id}-q${index}-options`} className="block text-sm font-medium text-zinc-800">
                  {t("options")}
                </label>
                <textarea id={`${id}-q${index}-options`} rows={3} className={inputStyles} value={question.optionsText} onChange={(e) => setQuestion(index, { optionsText: e.target.value })} />
              </div>
            ) : null}
            <label className="flex items-center gap-2 text-sm text-zinc-900">
              <input type="checkbox" checked={!!question.onlyIfLowScore} onChange={(e) => setQuestion(index, { onlyIfLowScore: e.target.checked })} className="accent-brand-600" />
              {t("onlyIfLowScore")}
            </label>
          </div>
        ))}
        {draft.questions.length < 5 ? (
          <Button type="button" variant="secondary" onClick={() => setDraft((d) => ({ ...d, questions: [...d.questions, { id: newQuestionId(d.questions), kind: "text", label: "", optionsText: "" }] }))}>
            {t("addQuestion")}
          </Button>
        ) : null}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3" aria-live="polite">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t("saving") : t("save")}
        </Button>
        {save.isSuccess ? (
          <span role="status" className="text-sm font-medium text-green-800">
            {t("saved")}
          </span>
        ) : null}
        {failure ? (
          <span role="alert" className="text-sm text-red-700">
            {[failure.message, ...otherErrors].join(" ")}
          </span>
        ) : null}
      </div>
      {template.id && !isDefault ? <DeleteTemplate name={template.name} isPending={remove.isPending} error={trpcFailure(remove.error)?.message ?? null} onConfirm={() => remove.mutate({ id: template.id! })} /> : null}
    </form>
  );
}

/**
 * Deleting asks first, in the page (the explanation of what happens to surveys already sent needs more
 * room than a browser prompt). The default template has no delete: every case falls back to it.
 */
function DeleteTemplate({ name, isPending, error, onConfirm }: { name: string; isPending: boolean; error: string | null; onConfirm: () => void }) {
  const t = useTranslations("surveys.templates");
  const id = useId();
  const [isConfirming, setConfirming] = useState(false);
  const hasOpened = useRef(false);
  // Focus follows the step: onto the confirming button, and back to Delete when the admin keeps the template.
  useEffect(() => {
    if (isConfirming || hasOpened.current) document.getElementById(`${id}-${isConfirming ? "confirm" : "start"}`)?.focus();
    hasOpened.current ||= isConfirming;
  }, [id, isConfirming]);

  if (!isConfirming)
    return (
      <div className="border-t border-zinc-200 pt-4">
        <Button id={`${id}-start`} type="button" variant="danger" onClick={() => setConfirming(true)}>
          {t("delete")}
        </Button>
      </div>
    );
  return (
    <div role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} className="space-y-3 rounded-md border border-red-300 bg-red-50 p-4">
      <h2 id={`${id}-title`} className="text-base font-semibold text-red-900">
        {t("deleteTitle", { name })}
      </h2>
      <p id={`${id}-body`} className="text-sm text-zinc-800">
        {t("deleteBody")}
      </p>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button id={`${id}-confirm`} type="button" variant="danger" disabled={isPending} onClick={onConfirm}>
          {isPending ? t("deleting") : t("deleteConfirm")}
        </Button>
        <Button type="button" variant="secondary" disabled={isPending} onClick={() => setConfirming(false)}>
          {t("deleteCancel")}
        </Button>
      </div>
    </div>
  );
}
