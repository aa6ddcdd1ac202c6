import type { Metadata } from "next";
import type { ReactNode } from "react";
import { env } from "@/server/env";

// Canonical and hreflang links must be absolute for search engines (as in the help center).
export const metadata: Metadata = { metadataBase: new URL(env.APP_URL) };

export default function CommunityLayout({ children }: { children: ReactNode }) {
  return children;
}
