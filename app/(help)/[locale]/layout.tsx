import type { Metadata } from "next";
import type { ReactNode } from "react";
import { documentMetadata, SharedDocument } from "@/components/document";
import { SiteHeader } from "@/components/portal/site-header";
import { sharedLocale } from "./shared-render";

// The public help center is the same page for every reader, so Next caches it (ISR): rendered on the
// first visit, then served from the cache until an editor saves (server/api/public-cache.ts) or this many seconds.
export const revalidate = 600;

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  return documentMetadata(await sharedLocale(params));
}

export default async function HelpCenterLayout({ children, params }: Props) {
  const locale = await sharedLocale(params);
  return (
    <SharedDocument locale={locale}>
      <SiteHeader viewerFrom="browser" />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </SharedDocument>
  );
}
