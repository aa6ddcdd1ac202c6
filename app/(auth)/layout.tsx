import type { ReactNode } from "react";
import { documentMetadata, RequestDocument } from "@/components/document";
import { SiteHeader } from "@/components/portal/site-header";

export const generateMetadata = () => documentMetadata();

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    // What the sign-in forms, the header and the error page read in the browser.
    <RequestDocument namespaces={["auth", "common", "nav"]}>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-md px-4 py-10">
        {children}
      </main>
    </RequestDocument>
  );
}
