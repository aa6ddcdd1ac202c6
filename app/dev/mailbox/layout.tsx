import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { isDevMailboxEnabled } from "@/server/email/transport-from-env";
import { SiteHeader } from "@/components/portal/site-header";

// Only exists when no email service is configured (a laptop or a demo): with Resend, mail leaves for real.
export default function MailboxLayout({ children }: { children: ReactNode }) {
  if (!isDevMailboxEnabled()) notFound();
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
