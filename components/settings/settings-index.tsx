import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The settings sections that exist, in the order an admin sets a desk up. */
export const settingsSections = ["routing", "sla", "calendars", "queues", "skills", "agents", "macros", "scoring", "channels", "audit"] as const;

export async function SettingsIndex() {
  const t = await getTranslations("settings.index.sections");
  return (
    <ul className="mb-10 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {settingsSections.map((section) => (
        <li key={section}>
          <Link
            href={`/agent/settings/${section}`}
            className="block h-full rounded-lg border border-zinc-200 bg-white p-4 shadow-sm hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            <span className="block font-semibold text-zinc-900">{t(`${section}.title`)}</span>
            <span className="mt-1 block text-sm text-zinc-600">{t(`${section}.body`)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
