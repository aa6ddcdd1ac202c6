import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";
import { StatusPage } from "@/components/ui/status-page";

// Each area's not-found.tsx and forbidden.tsx render these inside the area's own document
// (components/document.tsx); there is no app-wide boundary, as the root layout has no document.
// `standalone`: the boundary sits above the area's layout, so there is no <main> around it.

export async function NotFoundPage({ standalone = false }: { standalone?: boolean }) {
  const t = await getTranslations("common");
  return (
    <StatusPage
      standalone={standalone}
      code="404"
      title={t("notFoundTitle")}
      body={t("notFoundBody")}
      action={<LinkButton href="/">{t("goHome")}</LinkButton>}
    />
  );
}

export async function ForbiddenPage({ standalone = false }: { standalone?: boolean }) {
  const t = await getTranslations("common");
  return (
    <StatusPage
      standalone={standalone}
      code="403"
      title={t("forbiddenTitle")}
      body={t("forbiddenBody")}
      action={<LinkButton href="/">{t("goHome")}</LinkButton>}
    />
  );
}
