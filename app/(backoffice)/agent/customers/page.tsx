import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { api } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agent.customers"))("title") };
}

export default async function CustomersPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await requireRole(["agent", "admin"], "/agent/customers");
  const query = ((await searchParams).q ?? "").slice(0, 100);
  const [t, results] = await Promise.all([getTranslations("agent.customers"), (await api()).customers.search({ query, limit: 50 })]);
  return (
    <>
      <PageHeader title={t("title")} />
      <form role="search" method="get" className="mb-6 flex max-w-xl gap-2">
        <label htmlFor="customer-search" className="sr-only">
          {t("searchLabel")}
        </label>
        <input id="customer-search" name="q" type="search" defaultValue={query} placeholder={t("searchPlaceholder")} className={inputStyles} />
        <Button type="submit">{t("search")}</Button>
      </form>
      {results.length === 0 ? (
        <EmptyState title={t("noResults", { query })} hint={t("noResultsHint")} />
      ) : (
        <>
          <p className="mb-2 text-sm text-zinc-600" role="status">
            {t("resultCount", { count: results.length })}
          </p>
          <DataTable columns={[{ label: t("name") }, { label: t("email") }, { label: t("organization") }, { label: t("country") }]}>
            {results.map((customer) => (
              <tr key={customer.id}>
                <td className="px-4 py-3 font-medium text-zinc-900">
                  <Link href={`/agent/customers/${customer.id}`} className="text-brand-700 underline">
                    {customer.displayName}
                  </Link>{" "}
                  {customer.isVip && <Badge tone="info">{t("vip")}</Badge>}
                </td>
                <td className="px-4 py-3 text-zinc-700">{customer.email ?? "—"}</td>
                <td className="px-4 py-3 text-zinc-700">{customer.organization ?? "—"}</td>
                <td className="px-4 py-3 text-zinc-700">{customer.country}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </>
  );
}
