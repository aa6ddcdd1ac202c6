import Link from "next/link";
import { signOutAction } from "@/server/auth/actions";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { navLinkStyle } from "./nav-link-style";

export type Viewer = { role: string } | null;

/** Its texts, translated by the server component that renders it (or the browser's part of it). */
export type AccountAreaLabels = { backOffice: string; signOut: string; signIn: string };

/** The header's signed-in part; rendered on the server, or in the browser on pages cached for everyone. */
export function AccountArea({ viewer, labels }: { viewer: Viewer; labels: AccountAreaLabels }) {
  return (
    <>
      {(viewer?.role === "agent" || viewer?.role === "admin") && (
        <Link href="/agent" className={navLinkStyle}>
          {labels.backOffice}
        </Link>
      )}
      {viewer ? (
        <form action={signOutAction}>
          <button type="submit" className={cn(buttonBase, buttonStyles.secondary, "min-h-9 px-3")}>
            {labels.signOut}
          </button>
        </form>
      ) : (
        <Link href="/sign-in" className={cn(buttonBase, buttonStyles.primary, "min-h-9 px-3")}>
          {labels.signIn}
        </Link>
      )}
    </>
  );
}
