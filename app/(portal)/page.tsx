import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/server/auth/session";
import { Button } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field";

export default async function HomePage() {
  const [t, locale, actor] = await Promise.all([getTranslations("home"), getLocale(), getActor()]);
  const cards = [
    { href: `/${locale}/help`, title: t("cards.helpTitle"), body: t("cards.helpBody") },
    { href: "/orders", title: t("cards.ordersTitle"), body: t("cards.ordersBody") },
    { href: "/cases", title: t("cards.casesTitle"), body: t("cards.casesBody") },
    { href: `/${locale}/community`, title: t("cards.communityTitle"), body: t("cards.communityBody") },
  ];
  return (
    <div className="space-y-10">
      <section className="rounded-xl bg-brand-900 px-6 py-10 text-white sm:px-10">
        {actor?.name && <p className="text-sm text-blue-100">{t("signedInGreeting", { name: actor.name })}</p>}
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-3 max-w-2xl text-blue-50">{t("intro")}</p>
        <form action={`/${locale}/help`} method="get" role="search" className="mt-6 flex max-w-xl flex-col gap-2 sm:flex-row">
          <label htmlFor="home-search" className="sr-only">
            {t("searchLabel")}
          </label>
          <input id="home-search" name="q" type="search" placeholder={t("searchPlaceholder")} className={`${inputStyles} text-zinc-900`} />
          <Button type="submit" variant="secondary">
            {t("searchButton")}
          </Button>
        </form>
      </section>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {cards.map((card) => (
          <li key={card.href}>
            <Link href={card.href} className="block h-full rounded-lg border border-zinc-200 bg-white p-5 shadow-sm hover:border-brand-600">
              <h2 className="font-semibold text-zinc-900">{card.title}</h2>
              <p className="mt-2 text-sm text-zinc-600">{card.body}</p>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
