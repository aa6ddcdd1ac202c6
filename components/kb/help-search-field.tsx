"use client";

import type { inferRouterOutputs } from "@trpc/server";
import { useEffect, useId, useState } from "react";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import type { AppRouter } from "@/server/api/root";
import type { Locale } from "@/server/i18n/config";

type Suggestion = inferRouterOutputs<AppRouter>["kb"]["suggest"][number];

function useDebounced<T>(value: T, delayMs: number) {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/**
 * Suggestions for the typed text (two characters or more). The tRPC client is loaded on the first
 * suggestion asked for, not with the page (components/trpc-client.ts); an answer that arrives after
 * the text changed again is dropped.
 */
function useSuggestions(q: string, locale: Locale): Suggestion[] {
  const [answer, setAnswer] = useState<{ q: string; items: Suggestion[] }>({ q: "", items: [] });
  useEffect(() => {
    if (q.length < 2) return;
    let isCurrent = true;
    import("@/components/trpc-client")
      .then(({ browserTrpc }) => browserTrpc.kb.suggest.query({ q, locale, limit: 6 }))
      .then((items) => isCurrent && setAnswer({ q, items }))
      .catch(() => {});
    return () => {
      isCurrent = false;
    };
  }, [q, locale]);
  return answer.q === q ? answer.items : [];
}

/** The field's texts, translated on the server (components/kb/help-search-box.tsx). */
export type HelpSearchLabels = { searchLabel: string; searchPlaceholder: string; suggestionsLabel: string; searchButton: string };

function SearchBox({ locale, defaultValue, labels }: { locale: Locale; defaultValue: string; labels: HelpSearchLabels }) {
  const id = useId();
  const [value, setValue] = useState(defaultValue);
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = useDebounced(value.trim(), 150);
  const suggestions = useSuggestions(q, locale);
  const items = q.length >= 2 ? suggestions : [];
  const isExpanded = isOpen && items.length > 0;
  const hrefOf = (slug: string) => `/${locale}/help/a/${encodeURIComponent(slug)}?q=${encodeURIComponent(value.trim())}`;

  return (
    <form action={`/${locale}/help/search`} method="get" role="search" className="relative flex flex-col gap-2 sm:flex-row" onSubmit={(event) => {
      if (isExpanded && active >= 0 && items[active]) {
        event.preventDefault();
        window.location.assign(hrefOf(items[active].slug));
      }
    }}>
      <label htmlFor={`${id}-q`} className="sr-only">
        {labels.searchLabel}
      </label>
      <div className="relative flex-1">
        <input
          id={`${id}-q`}
          name="q"
          type="search"
          autoComplete="off"
          required
          maxLength={200}
          value={value}
          placeholder={labels.searchPlaceholder}
          className={cn(inputStyles, "min-h-12 text-base")}
          role="combobox"
          aria-expanded={isExpanded}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={isExpanded && active >= 0 ? `${id}-opt-${active}` : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setIsOpen(true);
            setActive(-1);
          }}
          onFocus={() => setIsOpen(true)}
          onBlur={() => setTimeout(() => setIsOpen(false), 150)}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown" && items.length) {
              event.preventDefault();
              setIsOpen(true);
              setActive((index) => (index + 1) % items.length);
            } else if (event.key === "ArrowUp" && items.length) {
              event.preventDefault();
              setActive((index) => (index <= 0 ? items.length - 1 : index - 1));
            } else if (event.key === "Escape") setIsOpen(false);
          }}
        />
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label={labels.suggestionsLabel}
          hidden={!isExpanded}
          className="absolute z-20 mt-1 w-full overflow-hidden rounded-md border border-zinc-200 bg-white shadow-lg"
        >
          {items.map((item, index) => (
            <li key={item.articleId} id={`${id}-opt-${index}`} role="option" aria-selected={index === active}>
              <a href={hrefOf(item.slug)} className={cn("block px-3 py-2 text-sm text-zinc-900 hover:bg-zinc-100", index === active && "bg-zinc-100")}>
                {item.title}
              </a>
            </li>
          ))}
        </ul>
      </div>
      <button type="submit" className={cn(buttonBase, buttonStyles.primary, "min-h-12")}>
        {labels.searchButton}
      </button>
    </form>
  );
}

/** The help-center search field: a plain GET form (works without JavaScript) with search-as-you-type. */
export function HelpSearchField(props: { locale: Locale; defaultValue?: string; labels: HelpSearchLabels }) {
  return <SearchBox locale={props.locale} defaultValue={props.defaultValue ?? ""} labels={props.labels} />;
}
