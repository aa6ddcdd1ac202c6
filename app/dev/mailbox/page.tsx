import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listDevMailbox } from "@/server/email/mailbox";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mailbox"))("title"), robots: { index: false } };
}

export default async function MailboxPage() {
  const [t, format, messages] = await Promise.all([getTranslations("mailbox"), getFormatter(), listDevMailbox(getDb())]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {messages.length === 0 ? (
        <EmptyState title={t("empty")} hint={t("emptyHint")} />
      ) : (
        <DataTable columns={[{ label: t("sentAt") }, { label: t("to") }, { label: t("subject") }, { label: t("status") }]}>
          {messages.map((message) => (
            <tr key={message.id} data-template={message.template}>
              <td className="whitespace-nowrap px-4 py-3 text-zinc-700">{format.dateTime(message.createdAt, { dateStyle: "short", timeStyle: "medium" })}</td>
              <td className="px-4 py-3">{message.to}</td>
              <td className="px-4 py-3">
                <Link href={`/dev/mailbox/${message.id}`} className="font-medium text-brand-600 hover:underline">
                  {message.subject ?? message.template}
                </Link>
              </td>
              <td className="px-4 py-3">
                <Badge tone={message.status === "sent" ? "success" : message.status === "failed" ? "danger" : "warning"}>{message.status}</Badge>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
