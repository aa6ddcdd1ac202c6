import Link from "next/link";
import { useTranslations } from "next-intl";
import { signOutAction } from "@/server/auth/actions";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { navLinkStyle } from "./nav-link-style";

export type Viewer = { role: string } | null;

/** The header's signed-in part; rendered on the server, or in the browser on pages cached for everyone. */
export function AccountArea({ viewer }: { viewer: Viewer }) {
  const t = useTranslations("nav");
  const tc = useTranslations("common");
  return (
    <>
      {(viewer?.role === "agent" || viewer?.role === "admin") && (
        <Link href="/agent" className={navLinkStyle}>
          {t("backOffice")}
        </Link>
      )}
      {viewer ? (
        <form action={signOutAction}>
          <button type="submit" className={cn(buttonBase, buttonStyles.secondary, "min-h-9 px-3")}>
            {tc("signOut")}
          </button>
        </form>
      ) : (
        <Link href="/sign-in" className={cn(buttonBase, buttonStyles.primary, "min-h-9 px-3")}>
          {tc("signIn")}
        </Link>
      )}
    </>
  );
}
