import type { ReactNode } from "react";
import { ClientTranslations } from "@/components/request-document";

// The namespaces components/surveys' client components read in the browser.
export default function SurveyLayout({ children }: { children: ReactNode }) {
  return <ClientTranslations namespaces={["surveys"]}>{children}</ClientTranslations>;
}
