import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { api } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import { CaseStatusBadge } from "@/components/cases/case-status-badge";
import { SlaDue } from "@/components/cases/sla-due";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases.agent"))("title") };
}

export default async function AgentCasesPage() {
  await requireRole(["agent", "admin"], "/agent/cases");
  const caller = await api();
  const [t, tc, rows] = await Promise.all([getTranslations("cases.agent"), getTranslations("cases"), caller.cases.agentList({ limit: 100 })]);
  const now = new Date();
  return (
    <>
      <PageHeader title={t("title")} actions={<Link href="/agent/settings/scoring" className="text-sm text-brand-700 underline">{tc("scoring.link")}</Link>} />
      {rows.length === 0 ? (
        <EmptyState title={t("title")} hint={t("empty")} />
      ) : (
        <DataTable columns={[{ label: tc("list.number") }, { label: tc("list.subject") }, { label: t("customer") }, { label: t("priority") }, { label: t("queue") }, { label: t("assignee") }, { label: t("sla") }, { label: tc("list.status") }]}>
          {rows.map((c) => {
            const due = c.firstRespondedAt ? (c.nextResponseDueAt ?? c.resolutionDueAt) : c.firstResponseDueAt;
            return (
              <tr key={c.id}>
                <td className="whitespace-nowrap px-4 py-3 font-mono text-xs">
                  <Link href={`/agent/cases/${c.number}`} className="text-brand-700 underline">{c.number}</Link>
                </td>
                <td className="px-4 py-3">
                  <span className="font-medium text-zinc-900">{c.subject}</span>
                  <span className="block text-xs text-zinc-600">{tc(`channel.${c.channel}` as "channel.portal")}</span>
                </td>
                <td className="px-4 py-3 text-zinc-800">{c.customerName}</td>
                <td className="px-4 py-3"><Badge tone={c.priority === "urgent" ? "danger" : c.priority === "high" ? "warning" : "neutral"}>{tc(`priority.${c.priority}`)}</Badge></td>
                <td className="px-4 py-3 text-zinc-800">{c.queueName ?? "—"}</td>
                <td className="px-4 py-3 text-zinc-800">{c.assigneeName ?? <span className="text-zinc-600">{t("unassigned")}</span>}</td>
                <td className="whitespace-nowrap px-4 py-3"><SlaDue dueAt={due} pausedAt={c.slaPausedAt} now={now} /></td>
                <td className="px-4 py-3"><CaseStatusBadge status={c.status} audience="agent" /></td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </>
  );
}
