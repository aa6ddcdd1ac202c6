import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/server/auth/session";
import { NavLink } from "@/components/ui/nav-link";
import { AccountArea, type AccountAreaLabels } from "./account-area";
import { BrowserAccountArea } from "./browser-account-area";
import { LanguageSwitcher } from "./language-switcher";
import { navLinkStyle } from "./nav-link-style";

async function RequestAccountArea({ labels }: { labels: AccountAreaLabels }) {
  const actor = await getActor();
  return <AccountArea viewer={actor} labels={labels} />;
}

/**
 * The portal header. `viewerFrom="browser"` keeps it free of cookies for pages cached for every
 * reader: the signed-in part is then asked for by the browser.
 */
export async function SiteHeader({ viewerFrom = "request" }: { viewerFrom?: "request" | "browser" }) {
  const [t, tc, locale] = await Promise.all([getTranslations("nav"), getTranslations("common"), getLocale()]);
  const links = [
    { href: `/${locale}/help`, label: t("help") },
    { href: `/${locale}/community`, label: t("community") },
    { href: "/orders", label: t("orders") },
    { href: "/cases", label: t("cases") },
    { href: "/account", label: t("account") },
  ];
  const accountLabels = { backOffice: t("backOffice"), signOut: tc("signOut"), signIn: tc("signIn") };
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
          <LanguageSwitcher />
          {viewerFrom === "browser" ? <BrowserAccountArea labels={accountLabels} /> : <RequestAccountArea labels={accountLabels} />}
        </div>
      </div>
    </header>
  );
}
