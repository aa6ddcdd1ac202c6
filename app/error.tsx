"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return <StatusPage code="500" title={t("errorTitle")} body={t("errorBody")} action={<Button onClick={reset}>{t("retry")}</Button>} />;
}
