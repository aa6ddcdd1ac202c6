import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";
import { StatusPage } from "@/components/ui/status-page";

export default async function Forbidden() {
  const t = await getTranslations("common");
  return <StatusPage code="403" title={t("forbiddenTitle")} body={t("forbiddenBody")} action={<LinkButton href="/">{t("goHome")}</LinkButton>} />;
}
