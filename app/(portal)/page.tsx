import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { api } from "@/server/api/rsc";
import { getActor } from "@/server/auth/session";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { inputStyles } from "@/components/ui/field";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";

/** A signed-in customer's open cases and parcels on their way, above the cards everyone sees. */
async function CustomerOverview({ actor }: { actor: { customerId: string } & NonNullable<Awaited<ReturnType<typeof getActor>>> }) {
  const [t, format, inTransit, openCases] = await Promise.all([
    getTranslations("selfcare.home"),
    getFormatter(),
    (await api()).orders.inTransit(),
    // No cases router yet: the cases service, scoped to the actor exactly as its procedure will be.
    (await api()).cases.list({ status: "open", cursor: null, limit: 5 }),
  ]);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Card aria-labelledby="home-cases">
        <CardTitle id="home-cases">{t("openCases")}</CardTitle>
        {openCases.items.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("noOpenCases")}</p>
        ) : (
          <ul className="divide-y divide-zinc-100 text-sm">
            {openCases.items.map((item) => (
              <li key={item.id} className="py-2">
                <Link href={`/cases/${item.number}`} className="font-medium text-brand-600 hover:underline">
                  {t("caseLine", { number: item.number, subject: item.subject })}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <Link href="/cases" className="mt-3 inline-block text-sm font-medium text-brand-600 hover:underline">
          {t("allCases")} →
        </Link>
      </Card>
      <Card aria-labelledby="home-transit">
        <CardTitle id="home-transit">{t("inTransit")}</CardTitle>
        {inTransit.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("noneInTransit")}</p>
        ) : (
          <ul className="divide-y divide-zinc-100 text-sm">
            {inTransit.map((order) => (
              <li key={order.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/orders/${order.number}`} className="font-medium text-brand-600 hover:underline">
                  {order.number}
                </Link>
                <span className="flex items-center gap-2 text-zinc-700">
                  {order.expectedAt && t("expected", { date: format.dateTime(order.expectedAt, { dateStyle: "medium" }) })}
                  <OrderStatusBadge status={order.status} />
                </span>
              </li>
            ))}
          </ul>
        )}
        <Link href="/orders" className="mt-3 inline-block text-sm font-medium text-brand-600 hover:underline">
          {t("allOrders")} →
        </Link>
      </Card>
    </div>
  );
}

export default async function HomePage() {
  const [t, th, locale, actor] = await Promise.all([getTranslations("home"), getTranslations("selfcare.home"), getLocale(), getActor()]);
  const cards = [
    { href: `/${locale}/help`, title: t("cards.helpTitle"), body: t("cards.helpBody") },
    { href: "/orders", title: t("cards.ordersTitle"), body: t("cards.ordersBody") },
    { href: "/cases", title: t("cards.casesTitle"), body: t("cards.casesBody") },
    { href: `/${locale}/community`, title: t("cards.communityTitle"), body: t("cards.communityBody") },
  ];
  const customer = actor?.role === "customer" && actor.customerId ? { ...actor, customerId: actor.customerId } : null;
  return (
    <div className="space-y-10">
      <section className="rounded-xl bg-brand-900 px-6 py-10 text-white sm:px-10">
        <p className="text-sm text-blue-100">{actor?.name ? th("greeting", { name: actor.name }) : th("greetingAnonymous")}</p>
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
      {customer && <CustomerOverview actor={customer} />}
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
