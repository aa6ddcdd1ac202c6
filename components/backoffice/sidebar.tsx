import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NavLink } from "@/components/ui/nav-link";

const sections = ["queues", "cases", "customers", "knowledge", "community", "surveys", "analytics", "settings"] as const;

export async function BackOfficeSidebar() {
  const [t, ta] = await Promise.all([getTranslations("nav"), getTranslations("agent")]);
  return (
    <nav aria-label={ta("sidebar")} className="border-b border-zinc-800 bg-zinc-900 text-zinc-100 md:min-h-dvh md:w-56 md:shrink-0 md:border-b-0">
      <div className="flex items-center justify-between px-4 py-4">
        <Link href="/agent" className="text-lg font-bold text-white">
          Parcours
        </Link>
        <Link href="/" className="text-xs text-zinc-300 underline md:hidden">
          {t("portal")}
        </Link>
      </div>
      <ul className="flex gap-1 overflow-x-auto px-2 pb-3 md:flex-col md:overflow-visible">
        {sections.map((section) => (
          <li key={section}>
            <NavLink
              href={`/agent/${section}`}
              className="block whitespace-nowrap rounded-md px-3 py-2 text-sm text-zinc-200 hover:bg-zinc-800 hover:text-white"
              activeClassName="bg-zinc-700 font-semibold text-white"
            >
              {t(section)}
            </NavLink>
          </li>
        ))}
      </ul>
      <p className="hidden px-4 pt-6 md:block">
        <Link href="/" className="text-xs text-zinc-300 underline">
          {t("portal")}
        </Link>
      </p>
    </nav>
  );
}
