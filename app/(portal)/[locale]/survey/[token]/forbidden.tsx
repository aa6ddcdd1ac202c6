import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

/** A genuine survey link past its expiry (403: answers can no longer be given or changed). */
export default async function SurveyExpired() {
  const t = await getTranslations("surveys.page");
  return (
    <Card className="mx-auto max-w-xl">
      <h1 className="mb-2 text-xl font-bold text-zinc-900">{t("expiredTitle")}</h1>
      <p role="alert" className="text-sm text-zinc-800">
        {t("expired")}
      </p>
    </Card>
  );
}
