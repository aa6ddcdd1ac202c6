import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { QueueBoard } from "@/components/agent/queue-board";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("queues"))("allTitle") };
}

/** Every open case: the queue board on its "all open" view. */
export default async function AgentCasesPage() {
  await requireRole(["agent", "admin"], "/agent/cases");
  const t = await getTranslations("queues");
  return (
    <>
      <PageHeader title={t("allTitle")} />
      <QueueBoard initialView="all" />
    </>
  );
}
