import type { ReactNode } from "react";
import { ClientTranslations } from "@/components/request-document";

// The namespaces components/cases' client components read in the browser.
export default function CasesLayout({ children }: { children: ReactNode }) {
  return <ClientTranslations namespaces={["cases"]}>{children}</ClientTranslations>;
}
