import type { ReactNode } from "react";
import { documentMetadata } from "@/components/document";
import { RequestDocument } from "@/components/request-document";

export const generateMetadata = () => documentMetadata();

export default function DevToolsDocument({ children }: { children: ReactNode }) {
  return <RequestDocument>{children}</RequestDocument>;
}
