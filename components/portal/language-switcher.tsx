"use client";

import { useLocale, useTranslations } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { switchLocale } from "@/server/i18n/actions";
import { locales } from "@/server/i18n/config";
import { cn } from "@/components/ui/cn";

export function LanguageSwitcher() {
  const t = useTranslations("common");
  const current = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return (
    <form action={switchLocale} aria-label={t("language")} className="flex items-center gap-1">
      <input type="hidden" name="returnTo" value={search ? `${pathname}?${search}` : pathname} />
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          title={t(`languages.${locale}`)}
          className={cn(
            "min-h-8 min-w-8 rounded px-1.5 text-xs font-semibold uppercase",
            locale === current ? "bg-brand-600 text-white" : "text-zinc-700 hover:bg-zinc-100",
          )}
        >
          <span className="sr-only">{t(`languages.${locale}`)}</span>
          <span aria-hidden="true">{locale}</span>
        </button>
      ))}
    </form>
  );
}
