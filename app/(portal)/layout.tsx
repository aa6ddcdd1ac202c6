import type { ReactNode } from "react";
import { documentMetadata } from "@/components/document";
import { RequestDocument } from "@/components/request-document";
import { SiteHeader } from "@/components/portal/site-header";

export const generateMetadata = () => documentMetadata();

export default function PortalLayout({ children }: { children: ReactNode }) {
  return (
    // What the portal's client components read in the browser (components/{account,cases,forum,orders,
    // surveys}, the error page): the agent and settings namespaces stay on the server.
    <RequestDocument namespaces={["account", "cases", "common", "errors", "forum", "orders", "selfcare", "surveys"]}>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </RequestDocument>
  );
}
