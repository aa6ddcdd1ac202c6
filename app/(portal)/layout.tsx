import type { ReactNode } from "react";
import { documentMetadata, ServerTranslatedDocument } from "@/components/document";
import { SiteHeader } from "@/components/portal/site-header";

export const generateMetadata = () => documentMetadata();

export default function PortalLayout({ children }: { children: ReactNode }) {
  return (
    // The community's client components get their texts as props, so its pages (public threads) ship
    // no translation code; account, cases, orders and survey add next-intl's client runtime and the
    // messages their client components read in their own layouts (ClientTranslations).
    <ServerTranslatedDocument>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </ServerTranslatedDocument>
  );
}
