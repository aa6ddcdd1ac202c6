import type { ReactNode } from "react";
import { ClientTranslations } from "@/components/request-document";

// The namespaces components/orders' client components read in the browser.
export default function OrdersLayout({ children }: { children: ReactNode }) {
  return <ClientTranslations namespaces={["errors", "orders", "selfcare"]}>{children}</ClientTranslations>;
}
