import type { ReactNode } from "react";
import { documentMetadata } from "@/components/document";
import { RequestDocument } from "@/components/request-document";
import { SiteHeader } from "@/components/portal/site-header";

export const generateMetadata = () => documentMetadata();

export default function PortalLayout({ children }: { children: ReactNode }) {
  return (
    <RequestDocument>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </RequestDocument>
  );
}
