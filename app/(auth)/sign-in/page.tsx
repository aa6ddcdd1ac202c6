import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/server/auth/session";
import { safeReturnPath } from "@/server/security/return-path";
import { MagicLinkForm, PasswordForm } from "@/components/auth/sign-in-forms";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("title") };
}

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string; signedOut?: string }> };

// Auth.js sends failed magic links back here with ?error=<type>.
const linkErrors: Record<string, "linkInvalid" | "accessDenied" | "generic"> = { Verification: "linkInvalid", AccessDenied: "accessDenied" };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  const linkError = params.error ? t(`errors.${linkErrors[params.error] ?? "generic"}`) : undefined;
  return (
    <div className="space-y-6">
      {params.signedOut === "everywhere" && (
        <p role="status" className="rounded-md bg-green-50 px-4 py-3 text-sm text-green-900">
          {t("signOutEverywhereDone")}
        </p>
      )}
      <Card>
        <h1 className="text-xl font-bold text-zinc-900">{t("title")}</h1>
        <p className="mb-5 mt-1 text-sm text-zinc-600">{t("intro")}</p>
        <MagicLinkForm callbackUrl={callbackUrl} initialError={linkError} labels={{ emailLabel: t("emailLabel"), emailHint: t("emailHint"), sendLink: t("sendLink") }} />
      </Card>
      <Card>
        <h2 className="text-base font-semibold text-zinc-900">{t("passwordTitle")}</h2>
        <p className="mb-5 mt-1 text-sm text-zinc-600">{t("passwordIntro")}</p>
        <PasswordForm callbackUrl={callbackUrl} labels={{ emailLabel: t("emailLabel"), passwordLabel: t("passwordLabel"), passwordSubmit: t("passwordSubmit") }} />
      </Card>
    </div>
  );
}
