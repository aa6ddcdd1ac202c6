import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { confirmEmailChangeInput } from "@/server/accounts/schemas";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { ConfirmEmailForm } from "@/components/account/confirm-email-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("selfcare.account"))("confirmTitle") };
}

/**
 * The link from the email lands here and the change happens only on the button's POST: mail
 * scanners that open links must not consume the token.
 */
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  await requireRole(["customer"], `/account/email/confirm?token=${encodeURIComponent(token ?? "")}`);
  const [t, te] = await Promise.all([getTranslations("selfcare.account"), getTranslations("errors")]);
  const parsed = confirmEmailChangeInput.safeParse({ token });
  return (
    <>
      <PageHeader title={t("confirmTitle")} />
      <Card className="max-w-xl">
        {parsed.success ? (
          <>
            <p className="mb-4 text-sm text-zinc-700">{t("confirmBody")}</p>
            <ConfirmEmailForm token={parsed.data.token} />
          </>
        ) : (
          <p role="alert" className="text-sm text-red-700">{te("account.emailLinkInvalid")}</p>
        )}
        <p className="mt-6">
          <LinkButton href="/account" variant="ghost">{t("backToAccount")}</LinkButton>
        </p>
      </Card>
    </>
  );
}
