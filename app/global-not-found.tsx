import type { Metadata } from "next";
import { documentMetadata } from "@/components/document";
import { RequestDocument } from "@/components/request-document";
import { SiteHeader } from "@/components/portal/site-header";
import { NotFoundPage } from "@/components/ui/access-pages";
import "./globals.css";

// An address no route matches: no area's layout applies, so this renders a whole document.
export const generateMetadata = (): Promise<Metadata> => documentMetadata();

export default function GlobalNotFound() {
  return (
    <RequestDocument>
      <SiteHeader />
      <NotFoundPage standalone />
    </RequestDocument>
  );
}
