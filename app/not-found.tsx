import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";
import { StatusPage } from "@/components/ui/status-page";

export default async function NotFound() {
  const t = await getTranslations("common");
  return <StatusPage code="404" title={t("notFoundTitle")} body={t("notFoundBody")} action={<LinkButton href="/">{t("goHome")}</LinkButton>} />;
}
