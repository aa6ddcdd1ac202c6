import Link from "next/link";
import { Html } from "@/components/document";
import { locales } from "@/server/i18n/config";
import { messages } from "@/server/i18n/messages";

/**
 * A help address whose language part is not one of ours (/de/help): the language is unknown and
 * this page is part of every cached help page's tree, so it says it in every language we speak
 * without reading the request.
 */
export default function UnknownLanguageNotFound() {
  return (
    <Html locale="en">
      <main id="main" className="mx-auto flex min-h-[60dvh] max-w-xl flex-col items-center justify-center gap-6 px-6 py-16 text-center">
        <p className="text-sm font-semibold text-brand-600">404</p>
        <h1 className="text-2xl font-bold text-zinc-900">
          {locales.map((locale, index) => (
            <span key={locale} lang={locale}>
              {index > 0 && " · "}
              {messages[locale].common.notFoundTitle}
            </span>
          ))}
        </h1>
        {locales.map((locale) => (
          <p key={locale} lang={locale} className="text-zinc-600">
            {messages[locale].common.notFoundBody}{" "}
            <Link href={`/${locale}/help`} className="font-semibold text-brand-700 underline">
              {messages[locale].kb.title}
            </Link>
          </p>
        ))}
      </main>
    </Html>
  );
}
