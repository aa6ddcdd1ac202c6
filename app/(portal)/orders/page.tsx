import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { api } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import { orderCursor } from "@/server/orders/schemas";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { formatMoney } from "@/components/orders/money";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("title") };
}

function parseCursor(after: string | undefined) {
  if (!after) return null;
  const [placedAt, id] = after.split("_");
  const parsed = orderCursor.safeParse({ placedAt, id });
  return parsed.success ? parsed.data : null;
}

export default async function OrdersPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  await requireRole(["customer"], "/orders");
  const { after } = await searchParams;
  const cursor = parseCursor(after);
  const [t, tc, format, page] = await Promise.all([
    getTranslations("orders"),
    getTranslations("common"),
    getFormatter(),
    (await api()).orders.list({ cursor, limit: 20 }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {page.items.length === 0 && !cursor ? (
        <EmptyState title={t("empty")} hint={t("emptyHint")} />
      ) : (
        <DataTable columns={[{ label: t("number") }, { label: t("date") }, { label: t("status") }, { label: t("total"), isNumeric: true }]}>
          {page.items.map((order) => (
            <tr key={order.id} className="hover:bg-zinc-50">
              <td className="px-4 py-3">
                <Link
                  href={`/orders/${order.number}`}
                  className="font-medium text-brand-600 underline-offset-2 hover:underline"
                  aria-label={t("view", { number: order.number })}
                >
                  {order.number}
                </Link>
              </td>
              <td className="px-4 py-3 text-zinc-700">{format.dateTime(order.placedAt, { dateStyle: "medium" })}</td>
              <td className="px-4 py-3">
                <OrderStatusBadge status={order.status} />
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{formatMoney(format, order.totalCents, order.currency)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <nav aria-label={t("title")} className="mt-4 flex justify-between">
        {cursor ? (
          <LinkButton href="/orders" variant="secondary">
            {tc("firstPage")}
          </LinkButton>
        ) : (
          <span />
        )}
        {page.nextCursor && (
          <LinkButton href={`/orders?after=${page.nextCursor.placedAt.toISOString()}_${page.nextCursor.id}`} variant="secondary">
            {tc("next")}
          </LinkButton>
        )}
      </nav>
    </>
  );
}
