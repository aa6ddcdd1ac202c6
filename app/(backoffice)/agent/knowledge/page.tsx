import { SectionPlaceholder, sectionMetadata } from "@/components/backoffice/section-placeholder";

export const generateMetadata = () => sectionMetadata("knowledge");

export default function Page() {
  return <SectionPlaceholder section="knowledge" />;
}
