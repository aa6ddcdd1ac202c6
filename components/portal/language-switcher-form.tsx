"use client";

import { usePathname } from "next/navigation";
import { switchLocale } from "@/server/i18n/actions";
import { locales, type Locale } from "@/server/i18n/config";
import { cn } from "@/components/ui/cn";

type Props = { current: string; label: string; languageNames: Record<Locale, string> };

/**
 * The language buttons. The return address is the path alone in the server HTML (so the form is in
 * every cached page and works without JavaScript); the query string is added when the form is sent.
 */
export function LanguageSwitcherForm({ current, label, languageNames }: Props) {
  const pathname = usePathname();
  return (
    <form
      action={switchLocale}
      aria-label={label}
      className="flex items-center gap-1"
      onSubmit={(event) => {
        const returnTo = event.currentTarget.elements.namedItem("returnTo");
        if (returnTo instanceof HTMLInputElement) returnTo.value = window.location.pathname + window.location.search;
      }}
    >
      <input type="hidden" name="returnTo" defaultValue={pathname} />
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          title={languageNames[locale]}
          className={cn(
            "min-h-8 min-w-8 rounded px-1.5 text-xs font-semibold uppercase",
            locale === current ? "bg-brand-600 text-white" : "text-zinc-700 hover:bg-zinc-100",
          )}
        >
          <span className="sr-only">{languageNames[locale]}</span>
          <span aria-hidden="true">{locale}</span>
        </button>
      ))}
    </form>
  );
}
