import type { Metadata } from "next";
import type { ReactNode } from "react";
import { env } from "@/server/env";

// Canonical and hreflang links must be absolute for search engines: every help page resolves its
// relative alternates against the public address of the app. (The root layout is shared; this
// belongs there once the other areas need absolute metadata URLs too.)
export const metadata: Metadata = { metadataBase: new URL(env.APP_URL) };

export default function HelpLayout({ children }: { children: ReactNode }) {
  return children;
}
