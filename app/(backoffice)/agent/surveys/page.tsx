import { SectionPlaceholder, sectionMetadata } from "@/components/backoffice/section-placeholder";

export const generateMetadata = () => sectionMetadata("surveys");

export default function Page() {
  return <SectionPlaceholder section="surveys" />;
}
