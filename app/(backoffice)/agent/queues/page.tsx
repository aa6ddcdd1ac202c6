import { SectionPlaceholder, sectionMetadata } from "@/components/backoffice/section-placeholder";

export const generateMetadata = () => sectionMetadata("queues");

export default function Page() {
  return <SectionPlaceholder section="queues" />;
}
