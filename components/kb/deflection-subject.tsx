"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { TRPCReactProvider, useTRPC } from "@/components/trpc-provider";
import { inputStyles } from "@/components/ui/field";
import type { Locale } from "@/server/i18n/config";

/** Where the searches a customer opened an article from are kept until they submit a case. */
export const DEFLECTION_STORAGE_KEY = "parcours.kb.caseFormSearches";

/**
 * The search ids to send with the case when it is submitted; the case service passes them to
 * markSearchesFollowedByCase(db, actor, ids). Call clearDeflectionSearchIds() once the case is created.
 */
export function readDeflectionSearchIds(): string[] {
  try {
    const ids = JSON.parse(sessionStorage.getItem(DEFLECTION_STORAGE_KEY) ?? "[]");
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string").slice(-20) : [];
  } catch {
    return [];
  }
}

export function clearDeflectionSearchIds() {
  try {
    sessionStorage.removeItem(DEFLECTION_STORAGE_KEY);
  } catch {
    // Storage disabled: nothing was kept.
  }
}

/** The field's texts (kb.subjectLabel, kb.subjectHint, kb.maybeThese), translated by its parent. */
export type DeflectionSubjectLabels = { subjectLabel: string; subjectHint: string; maybeThese: string };

function Subject({ locale, name, defaultValue, onChange, labels }: { locale: Locale; name: string; defaultValue: string; onChange?: (value: string) => void; labels: DeflectionSubjectLabels }) {
  const trpc = useTRPC();
  const id = useId();
  const [value, setValue] = useState(defaultValue);
  const [q, setQ] = useState(defaultValue.trim());
  useEffect(() => {
    const timer = setTimeout(() => setQ(value.trim()), 250);
    return () => clearTimeout(timer);
  }, [value]);
  const suggestions = useQuery({ ...trpc.kb.suggest.queryOptions({ q: q || "-", locale, limit: 4 }), enabled: q.length >= 3 });
  const items = q.length >= 3 ? (suggestions.data ?? []) : [];
  const click = useMutation(
    trpc.kb.recordClick.mutationOptions({
      onSuccess: ({ searchId }) => {
        if (searchId) sessionStorage.setItem(DEFLECTION_STORAGE_KEY, JSON.stringify([...readDeflectionSearchIds(), searchId]));
      },
    }),
  );

  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-subject`} className="block text-sm font-medium text-zinc-800">
        {labels.subjectLabel}
      </label>
      <input
        id={`${id}-subject`}
        name={name}
        required
        maxLength={200}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        className={inputStyles}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          onChange?.(event.target.value);
        }}
      />
      <p id={`${id}-hint`} className="text-xs text-zinc-600">
        {labels.subjectHint}
      </p>
      <div aria-live="polite">
        {items.length > 0 && (
          <div className="rounded-md border border-brand-100 bg-brand-50 p-3" data-testid="deflection-suggestions">
            <p className="text-sm font-medium text-zinc-900">{labels.maybeThese}</p>
            <ul className="mt-2 space-y-1">
              {items.map((item) => (
                <li key={item.articleId}>
                  <a
                    href={`/${locale}/help/a/${encodeURIComponent(item.slug)}`}
                    target="_blank"
                    rel="noopener"
                    className="text-sm font-medium text-brand-700 underline"
                    onClick={() => click.mutate({ articleId: item.articleId, locale, query: value.trim(), context: "case_form" })}
                  >
                    {item.title}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * The subject field of the case form, with deflection: matching articles appear while the customer
 * types; opening one is logged (context case_form), and the case form reports the search ids when the
 * case is submitted (readDeflectionSearchIds), so the ones never followed by a case count as deflected.
 */
export function DeflectionSubjectField(props: { locale: Locale; name?: string; defaultValue?: string; onChange?: (value: string) => void; labels: DeflectionSubjectLabels }) {
  return (
    <TRPCReactProvider>
      <Subject locale={props.locale} name={props.name ?? "subject"} defaultValue={props.defaultValue ?? ""} onChange={props.onChange} labels={props.labels} />
    </TRPCReactProvider>
  );
}
