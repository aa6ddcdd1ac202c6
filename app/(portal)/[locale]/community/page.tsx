import { getTranslations } from "next-intl/server";
import { PublicSectionPage, publicSectionMetadata } from "@/components/portal/public-section-page";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  return publicSectionMetadata("community", (await params).locale);
}

export default async function CommunityPage({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations("nav");
  return <PublicSectionPage section="community" otherHref={`/${locale}/help`} otherLabel={t("help")} />;
}
