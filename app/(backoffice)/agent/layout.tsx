import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { signOutAction } from "@/server/auth/actions";
import { requireRole } from "@/server/auth/session";
import { BackOfficeSidebar } from "@/components/backoffice/sidebar";
import { LanguageSwitcher } from "@/components/portal/language-switcher";
import { GlobalShortcuts } from "@/components/agent/global-shortcuts";
import { PresenceSelector } from "@/components/agent/presence-selector";
import { ShortcutsProvider } from "@/components/agent/shortcuts";
import { TRPCReactProvider } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";

// Convenience only: every back-office page and procedure checks the role itself.
export default async function BackOfficeLayout({ children }: { children: ReactNode }) {
  const actor = await requireRole(["agent", "admin"], "/agent");
  const [t, tc] = await Promise.all([getTranslations("agent"), getTranslations("common")]);
  return (
    <TRPCReactProvider>
      <div className="md:flex">
        <BackOfficeSidebar />
        <div className="min-w-0 flex-1">
          <header className="flex flex-wrap items-center justify-end gap-3 border-b border-zinc-200 bg-white px-4 py-2">
            <p className="mr-auto text-sm text-zinc-700">{t("signedInAs", { name: actor.name ?? actor.email, role: t(`roles.${actor.role}`) })}</p>
            <PresenceSelector />
            <LanguageSwitcher />
            <form action={signOutAction}>
              <Button type="submit" variant="secondary" className="min-h-9 px-3">
                {tc("signOut")}
              </Button>
            </form>
          </header>
          <main id="main" className="px-4 py-6 md:px-8">
            <ShortcutsProvider>
              <GlobalShortcuts />
              {children}
            </ShortcutsProvider>
          </main>
        </div>
      </div>
    </TRPCReactProvider>
  );
}
