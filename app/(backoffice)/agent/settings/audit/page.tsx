import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { api } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("audit.title") };
}

/** The changed record's name, as the service wrote it in the entry (at the top level, or in the new values). */
function recordName(data: Record<string, unknown>): string | null {
  const after = data.after as { name?: unknown } | undefined;
  const name = data.name ?? after?.name;
  return typeof name === "string" ? name : null;
}

export default async function AuditLogPage() {
  await requireRole(["admin"], "/agent/settings/audit");
  const [t, format, entries] = await Promise.all([getTranslations("settings"), getFormatter(), (await api()).settings.audit({ limit: 100 })]);
  return (
    <>
      <PageHeader title={t("audit.title")} intro={t("audit.intro")} />
      {entries.length === 0 ? (
        <EmptyState title={t("audit.empty")} hint={t("audit.emptyHint")} />
      ) : (
        <DataTable
          columns={[
            { label: t("audit.columns.at") },
            { label: t("audit.columns.who") },
            { label: t("audit.columns.action") },
            { label: t("audit.columns.entity") },
          ]}
        >
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="whitespace-nowrap px-4 py-2 text-zinc-700">
                <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}</time>
              </td>
              <td className="px-4 py-2 text-zinc-900">{entry.actorName ?? t("audit.system")}</td>
              <td className="px-4 py-2 font-mono text-xs text-zinc-800">{entry.action}</td>
              <td className="px-4 py-2 text-zinc-700">
                {recordName(entry.data) ?? (
                  <span className="font-mono text-xs">
                    {entry.entityType} {entry.entityId}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
