import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { isStaff } from "@/server/accounts/actor";
import { signOutAction } from "@/server/auth/actions";
import { getActor } from "@/server/auth/session";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { NavLink } from "@/components/ui/nav-link";
import { LanguageSwitcher } from "./language-switcher";

const navLinkStyle = "whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900";

export async function SiteHeader() {
  const [t, tc, locale, actor] = await Promise.all([getTranslations("nav"), getTranslations("common"), getLocale(), getActor()]);
  const links = [
    { href: `/${locale}/help`, label: t("help") },
    { href: `/${locale}/community`, label: t("community") },
    { href: "/orders", label: t("orders") },
    { href: "/cases", label: t("cases") },
    { href: "/account", label: t("account") },
  ];
  return (
    <header className="border-b border-zinc-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-900">
          {tc("appName")}
        </Link>
        <nav aria-label={t("main")} className="order-last -mx-1 flex w-full flex-wrap md:order-none md:mx-0 md:w-auto md:flex-1">
          {links.map((link) => (
            <NavLink key={link.href} href={link.href} className={navLinkStyle} activeClassName="bg-brand-50 text-brand-900">
              {link.label}
            </NavLink>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <Suspense>
            <LanguageSwitcher />
          </Suspense>
          {isStaff(actor) && (
            <Link href="/agent" className={navLinkStyle}>
              {t("backOffice")}
            </Link>
          )}
          {actor ? (
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
        </div>
      </div>
    </header>
  );
}
