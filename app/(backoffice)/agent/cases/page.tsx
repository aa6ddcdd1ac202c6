import { SectionPlaceholder, sectionMetadata } from "@/components/backoffice/section-placeholder";

export const generateMetadata = () => sectionMetadata("cases");

export default function Page() {
  return <SectionPlaceholder section="cases" />;
}
