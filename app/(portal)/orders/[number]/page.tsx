import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { api, orNotFound } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { LiveTracking } from "@/components/orders/live-tracking";
import { RequestPanel } from "@/components/orders/request-panel";
import { TRPCReactProvider } from "@/components/trpc-provider";
import { DETAILS_MAX_LENGTH } from "@/server/orders/rules";
import { formatMoney } from "@/components/orders/money";
import { Card, CardTitle } from "@/components/ui/card";

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { number } = await params;
  return { title: `${(await getTranslations("orders"))("number")} ${decodeURIComponent(number)}` };
}

export default async function OrderPage({ params }: Props) {
  const { number: rawNumber } = await params;
  const number = decodeURIComponent(rawNumber);
  await requireRole(["customer"], `/orders/${encodeURIComponent(number)}`);
  const [t, ts, format, order] = await Promise.all([getTranslations("orders"), getTranslations("selfcare"), getFormatter(), orNotFound((await api()).orders.get({ number }))]);
  const money = (cents: number) => formatMoney(format, cents, order.currency);
  const address = order.shippingAddress;
  return (
    <>
      <Link href="/orders" className="text-sm font-medium text-brand-600 hover:underline">
        ← {t("backToOrders")}
      </Link>
      <div className="mb-6 mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-zinc-900">
          {t("number")} {order.number}
        </h1>
        <OrderStatusBadge status={order.status} />
      </div>
      <p className="-mt-4 mb-6 text-sm text-zinc-600">
        {t("placedOn", { date: format.dateTime(order.placedAt, { dateStyle: "long" }) })}
        {!order.isOwn && <> · {ts("orders.orderedBy", { name: order.buyerName })}</>}
      </p>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card aria-labelledby="items-title">
            <CardTitle id="items-title">{t("items")}</CardTitle>
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="text-zinc-600">
                  <tr>
                    <th scope="col" className="py-2 font-medium">{t("product")}</th>
                    <th scope="col" className="py-2 text-right font-medium">{t("quantity")}</th>
                    <th scope="col" className="py-2 text-right font-medium">{t("unitPrice")}</th>
                    <th scope="col" className="py-2 text-right font-medium">{t("lineTotal")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-zinc-100">
                  {order.items.map((item) => (
                    <tr key={item.id}>
                      <td className="py-2">{item.name}</td>
                      <td className="py-2 text-right tabular-nums">{item.quantity}</td>
                      <td className="py-2 text-right tabular-nums">{money(item.unitPriceCents)}</td>
                      <td className="py-2 text-right tabular-nums">{money(item.unitPriceCents * item.quantity)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot className="text-zinc-700">
                  <tr><th scope="row" colSpan={3} className="pt-3 text-right font-normal">{t("subtotal")}</th><td className="pt-3 text-right tabular-nums">{money(order.subtotalCents)}</td></tr>
                  <tr><th scope="row" colSpan={3} className="text-right font-normal">{t("shipping")}</th><td className="text-right tabular-nums">{money(order.shippingCents)}</td></tr>
                  <tr><th scope="row" colSpan={3} className="text-right font-normal">{t("tax")}</th><td className="text-right tabular-nums">{money(order.taxCents)}</td></tr>
                  <tr className="text-base font-semibold text-zinc-900"><th scope="row" colSpan={3} className="text-right">{t("total")}</th><td className="text-right tabular-nums">{money(order.totalCents)}</td></tr>
                </tfoot>
              </table>
            </div>
          </Card>
          <Card aria-labelledby="delivery-title">
            <CardTitle id="delivery-title">{t("delivery")}</CardTitle>
            {order.shipments.length === 0 ? (
              <p className="text-sm text-zinc-600">{t("noShipment")}</p>
            ) : (
              <TRPCReactProvider>
                <LiveTracking number={order.number} initial={{ orderStatus: order.status, shipments: order.shipments, events: order.events, isDone: order.shipments.every((s) => s.status === "delivered") }} />
              </TRPCReactProvider>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card aria-labelledby="requests-title">
            <CardTitle id="requests-title">{ts("requests.title")}</CardTitle>
            <p className="mb-3 text-sm text-zinc-600">{ts("requests.intro")}</p>
            {order.requests.length > 0 && (
              <ul className="mb-4 space-y-1 text-sm" aria-label={ts("requests.title")}>
                {order.requests.map((request) => (
                  <li key={request.id} className="text-zinc-800">
                    {ts("requests.already", { kind: request.kind, date: format.dateTime(request.createdAt, { dateStyle: "medium" }) })}
                    {request.caseNumber && (
                      <>
                        {" · "}
                        <Link href={`/cases/${request.caseNumber}`} className="font-medium text-brand-600 underline">
                          {ts("requests.caseLink", { number: request.caseNumber })}
                        </Link>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <TRPCReactProvider>
              <RequestPanel number={order.number} actions={order.actions} detailsMax={DETAILS_MAX_LENGTH} />
            </TRPCReactProvider>
          </Card>
          <Card aria-labelledby="address-title">
            <CardTitle id="address-title">{t("shippingAddress")}</CardTitle>
            <address className="text-sm not-italic text-zinc-800">
              {address.name}
              <br />
              {address.line1}
              {address.line2 && (
                <>
                  <br />
                  {address.line2}
                </>
              )}
              <br />
              {address.postalCode} {address.city}
              <br />
              {address.country}
            </address>
          </Card>
          <Card aria-labelledby="invoices-title">
            <CardTitle id="invoices-title">{t("invoices")}</CardTitle>
            {order.invoices.length === 0 ? (
              <p className="text-sm text-zinc-600">{t("noInvoice")}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {order.invoices.map((invoice) => (
                  <li key={invoice.number}>
                    {t("invoice", { number: invoice.number, date: format.dateTime(invoice.issuedAt, { dateStyle: "medium" }) })} · {money(invoice.totalCents)}
                    <br />
                    <Link href={`/orders/${encodeURIComponent(order.number)}/invoice`} className="font-medium text-brand-600 underline">
                      {ts("orders.viewInvoice")}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
