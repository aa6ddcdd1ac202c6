import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { api } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import { orderCursor } from "@/server/orders/schemas";
import { formatMoney } from "@/components/orders/money";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("selfcare.orders"))("invoicesTitle") };
}

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  await requireRole(["customer"], "/account/invoices");
  const { after } = await searchParams;
  const [placedAt, id] = (after ?? "").split("_");
  const parsed = after ? orderCursor.safeParse({ placedAt, id }) : null;
  const cursor = parsed?.success ? parsed.data : null;
  const [t, tt, tc, format, page] = await Promise.all([getTranslations("selfcare.orders"), getTranslations("orders"), getTranslations("common"), getFormatter(), (await api()).orders.listInvoices({ cursor, limit: 20 })]);
  return (
    <>
      <PageHeader title={t("invoicesTitle")} intro={t("invoicesIntro")} />
      {page.items.length === 0 && !cursor ? (
        <EmptyState title={t("noInvoices")} hint={t("noInvoicesHint")} action={<LinkButton href="/orders" variant="secondary">{t("order")}</LinkButton>} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-zinc-200 bg-zinc-50 text-zinc-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">{t("invoiceNumber")}</th>
                <th scope="col" className="px-4 py-3 font-semibold">{t("issued")}</th>
                <th scope="col" className="px-4 py-3 font-semibold">{t("order")}</th>
                <th scope="col" className="px-4 py-3 text-right font-semibold">{tt("total")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {page.items.map((invoice) => (
                <tr key={invoice.number}>
                  <td className="px-4 py-3">
                    <Link href={`/orders/${encodeURIComponent(invoice.orderNumber)}/invoice`} className="font-medium text-brand-600 underline-offset-2 hover:underline">
                      {invoice.number}
                    </Link>
                  </td>
                  <td className="px-4 py-3 text-zinc-700">{format.dateTime(invoice.issuedAt, { dateStyle: "medium" })}</td>
                  <td className="px-4 py-3">
                    <Link href={`/orders/${encodeURIComponent(invoice.orderNumber)}`} className="text-zinc-800 underline-offset-2 hover:underline">
                      {invoice.orderNumber}
                    </Link>
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">{formatMoney(format, invoice.totalCents, invoice.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.nextCursor && (
        <nav aria-label={t("invoicesTitle")} className="mt-4 flex justify-end">
          <LinkButton href={`/account/invoices?after=${page.nextCursor.placedAt.toISOString()}_${page.nextCursor.id}`} variant="secondary">
            {tc("next")}
          </LinkButton>
        </nav>
      )}
    </>
  );
}
