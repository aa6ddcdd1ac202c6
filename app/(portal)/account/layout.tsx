import type { ReactNode } from "react";
import { ClientTranslations } from "@/components/request-document";

// The namespaces components/account' client components read in the browser.
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <ClientTranslations namespaces={["account", "common", "selfcare"]}>{children}</ClientTranslations>;
}
