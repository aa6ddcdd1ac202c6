import type { ReactNode } from "react";
import { documentMetadata, ServerTranslatedDocument } from "@/components/document";
import { SiteHeader } from "@/components/portal/site-header";

export const generateMetadata = () => documentMetadata();

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    // The sign-in forms, the header and the error page are translated on the server.
    <ServerTranslatedDocument>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-md px-4 py-10">
        {children}
      </main>
    </ServerTranslatedDocument>
  );
}
