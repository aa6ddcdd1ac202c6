import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { api, orNotFound } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import { CustomerPanel } from "@/components/agent/customer-panel";
import { CaseStatusBadge } from "@/components/cases/case-status-badge";
import { MergeCustomers } from "@/components/customers/merge-customers";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agent.customers"))("title") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function CustomerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  const { id } = await params;
  await requireRole(["agent", "admin"], `/agent/customers/${id}`);
  if (!UUID.test(id)) notFound();
  const requested = Number((await searchParams).page ?? "1");
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 1000 ? requested : 1;
  const [t, tc, format, data] = await Promise.all([
    getTranslations("customers"),
    getTranslations("cases"),
    getFormatter(),
    orNotFound((await api()).customers.get({ id, page })),
  ]);
  const { panel, cases } = data;
  const href = (p: number) => `/agent/customers/${id}${p > 1 ? `?page=${p}` : ""}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/agent/customers" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <PageHeader title={panel.displayName} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          <section aria-labelledby="cases-title" className="space-y-3">
            <h2 id="cases-title" className="text-lg font-semibold text-zinc-900">
              {t("casesTitle")}
            </h2>
            {cases.length === 0 && page === 1 ? (
              <EmptyState title={t("noCases")} hint={t("noCasesHint")} />
            ) : (
              <DataTable
                columns={[
                  { label: t("columns.number") },
                  { label: t("columns.subject") },
                  { label: t("columns.status") },
                  { label: t("columns.priority") },
                  { label: t("columns.channel") },
                  { label: t("columns.opened") },
                ]}
              >
                {cases.map((c) => (
                  <tr key={c.id}>
                    <td className="whitespace-nowrap px-4 py-2">
                      <Link href={`/agent/cases/${c.number}`} className="font-medium text-brand-700 underline">
                        {c.number}
                      </Link>
                    </td>
                    <td className="px-4 py-2 text-zinc-900">{c.subject}</td>
                    <td className="px-4 py-2">
                      <CaseStatusBadge status={c.status} audience="agent" />
                    </td>
                    <td className="px-4 py-2 text-zinc-700">{tc(`priority.${c.priority}`)}</td>
                    <td className="px-4 py-2 text-zinc-700">{tc(`channel.${c.channel}` as "channel.portal")}</td>
                    <td className="whitespace-nowrap px-4 py-2 text-zinc-700">
                      <time dateTime={c.createdAt.toISOString()}>{format.dateTime(c.createdAt, { dateStyle: "medium" })}</time>
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
            {(page > 1 || data.hasMore) && (
              <nav aria-label={t("pages")} className="flex items-center gap-3">
                {page > 1 && (
                  <LinkButton variant="secondary" href={href(page - 1)}>
                    {t("previous")}
                  </LinkButton>
                )}
                <span className="text-sm text-zinc-600">{t("casesCount", { page })}</span>
                {data.hasMore && (
                  <LinkButton variant="secondary" href={href(page + 1)}>
                    {t("next")}
                  </LinkButton>
                )}
              </nav>
            )}
          </section>
          <MergeCustomers intoId={panel.id} intoName={panel.displayName} />
        </div>
        <aside>
          <CustomerPanel panel={panel} />
        </aside>
      </div>
    </>
  );
}
