import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { UsersTable } from "@/components/backoffice/users-table";
import { SettingsIndex } from "@/components/settings/settings-index";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agent.settings"))("title") };
}

export default async function SettingsPage() {
  const actor = await requireRole(["agent", "admin"], "/agent/settings");
  const [t, ts] = await Promise.all([getTranslations("agent.settings"), getTranslations("settings.index")]);
  return (
    <>
      <PageHeader title={t("title")} intro={actor.role === "admin" ? ts("intro") : undefined} />
      {actor.role === "admin" && <SettingsIndex />}
      {actor.role === "admin" ? (
        <section aria-labelledby="users-title">
          <h2 id="users-title" className="text-lg font-semibold text-zinc-900">
            {t("usersTitle")}
          </h2>
          <p className="mb-4 text-sm text-zinc-600">{t("usersIntro")}</p>
          <UsersTable currentUserId={actor.userId} />
        </section>
      ) : (
        <EmptyState title={t("adminOnly")} hint={t("usersIntro")} />
      )}
    </>
  );
}
