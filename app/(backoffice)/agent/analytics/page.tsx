import { SectionPlaceholder, sectionMetadata } from "@/components/backoffice/section-placeholder";

export const generateMetadata = () => sectionMetadata("analytics");

export default function Page() {
  return <SectionPlaceholder section="analytics" />;
}
