import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { isDevMailboxEnabled } from "@/server/email/transport-from-env";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("checkEmailTitle") };
}

export default async function CheckEmailPage() {
  const t = await getTranslations("auth");
  return (
    <Card>
      <h1 className="text-xl font-bold text-zinc-900">{t("checkEmailTitle")}</h1>
      <p className="mt-2 text-sm text-zinc-700" role="status">
        {t("checkEmailBody")}
      </p>
      {isDevMailboxEnabled() && (
        <div className="mt-6 rounded-md bg-amber-50 p-4 text-sm text-amber-900">
          <p>{t("devMailboxHint")}</p>
          <LinkButton href="/dev/mailbox" variant="secondary" className="mt-3">
            {t("openDevMailbox")}
          </LinkButton>
        </div>
      )}
    </Card>
  );
}
