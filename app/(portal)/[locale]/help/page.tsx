import { getTranslations } from "next-intl/server";
import { PublicSectionPage, publicSectionMetadata } from "@/components/portal/public-section-page";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  return publicSectionMetadata("help", (await params).locale);
}

export default async function HelpCenterPage({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations("nav");
  return <PublicSectionPage section="help" otherHref={`/${locale}/community`} otherLabel={t("community")} />;
}
