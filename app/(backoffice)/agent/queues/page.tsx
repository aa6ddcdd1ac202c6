import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { queueViews, type QueueView } from "@/server/cases/queue-schemas";
import { QueueBoard } from "@/components/agent/queue-board";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/link-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("queues"))("title") };
}

export default async function QueuesPage({ searchParams }: { searchParams: Promise<{ view?: string; empty?: string }> }) {
  await requireRole(["agent", "admin"], "/agent/queues");
  const [t, params] = await Promise.all([getTranslations("queues"), searchParams]);
  const view = queueViews.includes(params.view as QueueView) ? (params.view as QueueView) : "mine";
  return (
    <>
      <PageHeader title={t("title")} actions={<LinkButton href="/agent/next" prefetch={false}>{t("next.button")}</LinkButton>} />
      {params.empty === "next" && (
        <p role="status" className="mb-4 rounded-md bg-zinc-100 px-3 py-2 text-sm text-zinc-800">
          {t("next.none")}
        </p>
      )}
      <QueueBoard initialView={view} />
    </>
  );
}
