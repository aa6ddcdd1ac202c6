"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useCaseChanged } from "@/components/agent/workspace/use-case-changed";
import { useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field";

type Level = "low" | "medium" | "high";
const levels: Level[] = ["low", "medium", "high"];
const scores = ["complexity", "severity", "effort"] as const;

/** An agent's correction of the three scores (kept over automatic rescoring), with an optional note. */
export function ScoreCorrection({ number, initial }: { number: string; initial: Record<(typeof scores)[number], Level> }) {
  const t = useTranslations("cases");
  const trpc = useTRPC();
  const id = useId();
  const [values, setValues] = useState(initial);
  const [note, setNote] = useState("");
  const save = useMutation(trpc.cases.correctScores.mutationOptions({ onSuccess: useCaseChanged(number) }));
  return (
    <form
      aria-labelledby={`${id}-title`}
      className="mt-4 space-y-3 border-t border-zinc-200 pt-3"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ number, ...values, ...(note.trim() ? { note: note.trim() } : {}) });
      }}
    >
      <h3 id={`${id}-title`} className="text-sm font-medium text-zinc-800">{t("agent.correct.title")}</h3>
      <p className="text-xs text-zinc-600">{t("agent.correct.intro")}</p>
      <div className="grid grid-cols-3 gap-2">
        {scores.map((score) => (
          <div key={score} className="space-y-1">
            <label htmlFor={`${id}-${score}`} className="block text-xs font-medium text-zinc-700">{t(`agent.${score}`)}</label>
            <select id={`${id}-${score}`} value={values[score]} onChange={(e) => setValues((v) => ({ ...v, [score]: e.target.value as Level }))} className={inputStyles}>
              {levels.map((level) => (
                <option key={level} value={level}>{t(`level.${level}`)}</option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-note`} className="block text-xs font-medium text-zinc-700">{t("agent.correct.note")}</label>
        <input id={`${id}-note`} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} className={inputStyles} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending} aria-busy={save.isPending}>{t("agent.correct.submit")}</Button>
        <p role="status" className="text-sm">
          {save.isSuccess && <span className="text-green-800">{t("agent.correct.saved")}</span>}
          {save.error && <span className="text-red-700">{save.error.message}</span>}
        </p>
      </div>
    </form>
  );
}
