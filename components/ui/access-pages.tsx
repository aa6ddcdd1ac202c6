import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";
import { StatusPage } from "@/components/ui/status-page";

// Each area's not-found.tsx and forbidden.tsx render these inside the area's own document
// (components/document.tsx); there is no app-wide boundary, as the root layout has no document.
// `standalone`: the boundary sits above the area's layout, so there is no <main> around it.

async function AccessPage({ code, standalone }: { code: "403" | "404"; standalone: boolean }) {
  const t = await getTranslations("common");
  const [title, body] = code === "404" ? (["notFoundTitle", "notFoundBody"] as const) : (["forbiddenTitle", "forbiddenBody"] as const);
  return <StatusPage standalone={standalone} code={code} title={t(title)} body={t(body)} action={<LinkButton href="/">{t("goHome")}</LinkButton>} />;
}

export const NotFoundPage = ({ standalone = false }: { standalone?: boolean }) => <AccessPage code="404" standalone={standalone} />;

export const ForbiddenPage = ({ standalone = false }: { standalone?: boolean }) => <AccessPage code="403" standalone={standalone} />;
