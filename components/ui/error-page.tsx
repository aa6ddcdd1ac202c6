"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";

type Props = { error: Error & { digest?: string }; reset: () => void };

function ErrorMessage({ reset, standalone }: { reset: () => void; standalone: boolean }) {
  const t = useTranslations("common");
  return <StatusPage standalone={standalone} code="500" title={t("errorTitle")} body={t("errorBody")} action={<Button onClick={reset}>{t("retry")}</Button>} />;
}

/** The error boundary inside an area's layout (its header and <main> stay). */
export function ErrorPage({ reset }: Props) {
  return <ErrorMessage reset={reset} standalone={false} />;
}

/** The error boundary above an area's layout (an error in the layout itself). */
export function StandaloneErrorPage({ reset }: Props) {
  return <ErrorMessage reset={reset} standalone />;
}
