import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

/** A survey link that was altered or is not ours (404: nothing to reveal about it). */
export default async function SurveyNotFound() {
  const t = await getTranslations("surveys.page");
  return (
    <Card className="mx-auto max-w-xl">
      <h1 className="mb-2 text-xl font-bold text-zinc-900">{t("invalidTitle")}</h1>
      <p role="alert" className="text-sm text-zinc-800">
        {t("invalid")}
      </p>
    </Card>
  );
}
