import type { ReactNode } from "react";
import { documentMetadata, RequestDocument } from "@/components/document";

export const generateMetadata = () => documentMetadata();

export default function DevToolsDocument({ children }: { children: ReactNode }) {
  return <RequestDocument>{children}</RequestDocument>;
}
