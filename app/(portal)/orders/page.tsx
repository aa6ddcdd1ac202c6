import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { api } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import { orderCursor, type OrderCursor, orderStatuses } from "@/server/orders/schemas";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { formatMoney } from "@/components/orders/money";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { inputStyles } from "@/components/ui/field";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("title") };
}

type Search = { after?: string; before?: string; q?: string; status?: string; scope?: string };

const encodeCursor = (cursor: OrderCursor) => `${cursor.placedAt.toISOString()}_${cursor.id}`;
function parseCursor(value: string | undefined) {
  if (!value) return null;
  const [placedAt, id] = value.split("_");
  const parsed = orderCursor.safeParse({ placedAt, id });
  return parsed.success ? parsed.data : null;
}

export default async function OrdersPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireRole(["customer"], "/orders");
  const params = await searchParams;
  const after = parseCursor(params.after);
  const before = after ? null : parseCursor(params.before);
  const status = orderStatuses.find((s) => s === params.status);
  const query = (params.q ?? "").trim().slice(0, 60);
  const caller = await api();
  const viewer = await caller.orders.viewer();
  const scope = viewer.isOrganizationAdmin && params.scope === "organization" ? "organization" : "mine";
  const [t, ts, tc, format, page] = await Promise.all([
    getTranslations("orders"),
    getTranslations("selfcare.orders"),
    getTranslations("common"),
    getFormatter(),
    caller.orders.list({ cursor: after ?? before, direction: before ? "newer" : "older", limit: 20, status, query: query || undefined, scope }),
  ]);
  const isFiltered = !!status || !!query;
  const link = (extra: Record<string, string>) => {
    const search = new URLSearchParams({ ...(query ? { q: query } : {}), ...(status ? { status } : {}), ...(scope === "organization" ? { scope } : {}), ...extra });
    const text = search.toString();
    return text ? `/orders?${text}` : "/orders";
  };
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} actions={<LinkButton href="/account/invoices" variant="secondary">{ts("invoicesTitle")}</LinkButton>} />
      <form method="get" action="/orders" role="search" className="mb-4 flex flex-col gap-3 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm md:flex-row md:items-end">
        <div className="flex-1 space-y-1.5">
          <label htmlFor="orders-q" className="block text-sm font-medium text-zinc-800">{ts("searchLabel")}</label>
          <input id="orders-q" name="q" type="search" defaultValue={query} maxLength={60} placeholder={ts("searchPlaceholder")} className={inputStyles} />
        </div>
        <div className="space-y-1.5">
          <label htmlFor="orders-status" className="block text-sm font-medium text-zinc-800">{ts("statusLabel")}</label>
          <select id="orders-status" name="status" defaultValue={status ?? ""} className={inputStyles}>
            <option value="">{ts("allStatuses")}</option>
            {orderStatuses.map((s) => (
              <option key={s} value={s}>{t(`statuses.${s}`)}</option>
            ))}
          </select>
        </div>
        {viewer.isOrganizationAdmin && (
          <div className="space-y-1.5">
            <label htmlFor="orders-scope" className="block text-sm font-medium text-zinc-800">{ts("scopeLabel")}</label>
            <select id="orders-scope" name="scope" defaultValue={scope} className={inputStyles}>
              <option value="mine">{ts("scopeMine")}</option>
              <option value="organization">{ts("scopeOrganization", { organization: viewer.organizationName ?? "" })}</option>
            </select>
          </div>
        )}
        <Button type="submit">{ts("search")}</Button>
      </form>
      {page.items.length === 0 ? (
        isFiltered ? (
          <EmptyState title={ts("noMatch")} hint={ts("noMatchHint")} action={<LinkButton href={scope === "organization" ? "/orders?scope=organization" : "/orders"} variant="secondary">{ts("clearFilters")}</LinkButton>} />
        ) : (
          <EmptyState title={t("empty")} hint={t("emptyHint")} />
        )
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-zinc-200 bg-zinc-50 text-zinc-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">{t("number")}</th>
                <th scope="col" className="px-4 py-3 font-semibold">{t("date")}</th>
                {scope === "organization" && <th scope="col" className="px-4 py-3 font-semibold">{ts("buyer")}</th>}
                <th scope="col" className="px-4 py-3 font-semibold">{t("status")}</th>
                <th scope="col" className="px-4 py-3 text-right font-semibold">{t("total")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {page.items.map((order) => (
                <tr key={order.id} className="hover:bg-zinc-50">
                  <td className="px-4 py-3">
                    <Link href={`/orders/${order.number}`} className="font-medium text-brand-600 underline-offset-2 hover:underline" aria-label={t("view", { number: order.number })}>
                      {order.number}
                    </Link>
                  </td>
                  <td className="px-4 py-3 text-zinc-700">{format.dateTime(order.placedAt, { dateStyle: "medium" })}</td>
                  {scope === "organization" && <td className="px-4 py-3 text-zinc-700">{order.isOwn ? ts("you") : order.buyerName}</td>}
                  <td className="px-4 py-3">
                    <OrderStatusBadge status={order.status} />
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">{formatMoney(format, order.totalCents, order.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={tc("next")} className="mt-4 flex flex-wrap justify-between gap-2">
        <span className="flex gap-2">
          {page.previousCursor && <LinkButton href={link({})} variant="secondary">{tc("firstPage")}</LinkButton>}
          {page.previousCursor && <LinkButton href={link({ before: encodeCursor(page.previousCursor) })} variant="secondary">{ts("newer")}</LinkButton>}
        </span>
        {page.nextCursor && <LinkButton href={link({ after: encodeCursor(page.nextCursor) })} variant="secondary">{ts("older")}</LinkButton>}
      </nav>
    </>
  );
}
