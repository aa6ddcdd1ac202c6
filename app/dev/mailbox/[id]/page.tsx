import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getDevMailboxMessage } from "@/server/email/mailbox";
import { Card } from "@/components/ui/card";

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [t, message] = await Promise.all([getTranslations("mailbox"), getDevMailboxMessage(getDb(), id)]);
  if (!message) notFound();
  return (
    <>
      <Link href="/dev/mailbox" className="text-sm font-medium text-brand-600 hover:underline">
        ← {t("backToList")}
      </Link>
      <h1 className="mb-1 mt-2 text-xl font-bold text-zinc-900">{message.subject ?? message.template}</h1>
      <p className="mb-4 text-sm text-zinc-600">
        {t("to")}: {message.to}
      </p>
      {message.html ? (
        <div className="space-y-4">
          {message.links.length > 0 && (
            <Card>
              <ul className="space-y-1 text-sm">
                {message.links.map((link) => (
                  <li key={link}>
                    <a href={link} className="break-all text-brand-600 underline" data-testid="mail-link">
                      {link}
                    </a>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {/* Rendered in a sandbox: no scripts, no same-origin access. */}
          <iframe title={message.subject ?? message.template} sandbox="allow-popups allow-top-navigation-by-user-activation" srcDoc={message.html} className="h-[560px] w-full rounded-lg border border-zinc-200 bg-white" />
        </div>
      ) : (
        <p role="status" className="text-sm text-zinc-700">
          {t("notYetSent")}
        </p>
      )}
    </>
  );
}
