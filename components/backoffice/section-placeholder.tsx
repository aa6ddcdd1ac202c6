import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export type PlaceholderSection = "queues" | "surveys" | "analytics";

/** A back-office section whose features arrive in later issues: it says what will appear and why it is empty. */
export async function SectionPlaceholder({ section }: { section: PlaceholderSection }) {
  await requireRole(["agent", "admin"], `/agent/${section}`);
  const t = await getTranslations(`agent.sections.${section}`);
  return (
    <>
      <PageHeader title={t("title")} />
      <EmptyState title={t("empty")} hint={t("hint")} />
    </>
  );
}

export async function sectionMetadata(section: PlaceholderSection) {
  return { title: (await getTranslations(`agent.sections.${section}`))("title") };
}
