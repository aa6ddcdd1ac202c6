import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { api, orNotFound } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import { formatMoney } from "@/components/orders/money";
import { PrintButton } from "@/components/orders/print-button";

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { number } = await params;
  return { title: `${(await getTranslations("selfcare.orders"))("invoiceNumber")} · ${decodeURIComponent(number)}` };
}

/** A printable invoice: the site chrome is hidden in print, A4 margins come from @page. */
export default async function InvoicePage({ params }: Props) {
  const number = decodeURIComponent((await params).number);
  await requireRole(["customer"], `/orders/${encodeURIComponent(number)}/invoice`);
  const [t, format, invoice] = await Promise.all([getTranslations("selfcare.invoice"), getFormatter(), orNotFound((await api()).orders.getInvoice({ number }))]);
  const money = (cents: number) => formatMoney(format, cents, invoice.currency);
  const address = invoice.order.shippingAddress;
  return (
    <>
      <style>{`@media print { body > a, header, nav, .no-print { display: none !important; } main { padding: 0 !important; max-width: none !important; } @page { size: A4; margin: 18mm; } }`}</style>
      <div className="no-print mb-4 flex flex-wrap items-center justify-between gap-3">
        <Link href={`/orders/${encodeURIComponent(invoice.order.number)}`} className="text-sm font-medium text-brand-600 hover:underline">
          ← {t("back")}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      <article className="mx-auto max-w-3xl rounded-lg border border-zinc-200 bg-white p-8 text-sm text-zinc-900 shadow-sm print:border-0 print:p-0 print:shadow-none" aria-labelledby="invoice-title">
        <header className="flex flex-wrap justify-between gap-6 border-b border-zinc-200 pb-6">
          <div>
            <p className="text-lg font-bold text-brand-900">{t("seller")}</p>
            <p className="text-zinc-700">{t("sellerAddress")}</p>
            <p className="text-zinc-700">{t("sellerVat")}</p>
          </div>
          <div className="text-right">
            <h1 id="invoice-title" className="text-2xl font-bold">{t("title", { number: invoice.number })}</h1>
            <dl className="mt-2 grid grid-cols-[auto_auto] justify-end gap-x-3 text-zinc-700">
              <dt>{t("issued")}</dt>
              <dd>{format.dateTime(invoice.issuedAt, { dateStyle: "long" })}</dd>
              <dt>{t("order")}</dt>
              <dd>{invoice.order.number}</dd>
              <dt>{t("placed")}</dt>
              <dd>{format.dateTime(invoice.order.placedAt, { dateStyle: "long" })}</dd>
            </dl>
          </div>
        </header>
        <section className="py-6" aria-labelledby="billed-to">
          <h2 id="billed-to" className="text-xs font-semibold uppercase tracking-wide text-zinc-600">{t("billedTo")}</h2>
          <address className="mt-1 not-italic">
            {invoice.organizationName && <>{invoice.organizationName}<br /></>}
            {address.name}
            <br />
            {address.line1}
            {address.line2 && <><br />{address.line2}</>}
            <br />
            {address.postalCode} {address.city}
            <br />
            {address.country}
          </address>
        </section>
        <table className="w-full text-left">
          <thead className="border-b border-zinc-300 text-zinc-700">
            <tr>
              <th scope="col" className="py-2 font-semibold">{t("description")}</th>
              <th scope="col" className="py-2 text-right font-semibold">{t("quantity")}</th>
              <th scope="col" className="py-2 text-right font-semibold">{t("unitPrice")}</th>
              <th scope="col" className="py-2 text-right font-semibold">{t("amount")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {invoice.items.map((item) => (
              <tr key={item.id}>
                <td className="py-2">
                  {item.name}
                  <span className="block text-xs text-zinc-600">{item.sku}</span>
                </td>
                <td className="py-2 text-right tabular-nums">{item.quantity}</td>
                <td className="py-2 text-right tabular-nums">{money(item.unitPriceCents)}</td>
                <td className="py-2 text-right tabular-nums">{money(item.unitPriceCents * item.quantity)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr><th scope="row" colSpan={3} className="pt-4 text-right font-normal">{t("subtotal")}</th><td className="pt-4 text-right tabular-nums">{money(invoice.order.subtotalCents)}</td></tr>
            <tr><th scope="row" colSpan={3} className="text-right font-normal">{t("shipping")}</th><td className="text-right tabular-nums">{money(invoice.order.shippingCents)}</td></tr>
            <tr><th scope="row" colSpan={3} className="text-right font-normal">{t("tax")}</th><td className="text-right tabular-nums">{money(invoice.taxCents)}</td></tr>
            <tr className="text-base font-bold"><th scope="row" colSpan={3} className="pt-2 text-right">{t("total")}</th><td className="pt-2 text-right tabular-nums">{money(invoice.totalCents)}</td></tr>
          </tfoot>
        </table>
        <p className="mt-8 text-zinc-700">{t("paid")}</p>
      </article>
    </>
  );
}
