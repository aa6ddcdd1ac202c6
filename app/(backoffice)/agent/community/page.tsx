import { SectionPlaceholder, sectionMetadata } from "@/components/backoffice/section-placeholder";

export const generateMetadata = () => sectionMetadata("community");

export default function Page() {
  return <SectionPlaceholder section="community" />;
}
