import { Button, Heading, Link, Text } from "@react-email/components";
import { z } from "zod";
import { translator } from "@/server/i18n/messages";
import type { EmailTemplate } from "./types";
import { EmailLayout } from "./email-layout";

// The locale travels in the props: the subject is built without the render context's locale.
const props = z.object({ url: z.url(), expiresInHours: z.number().int().positive(), locale: z.enum(["en", "fr", "it"]) });

/** Confirms a new sign-in address (server/accounts/self-care.ts requestEmailChange). */
export const emailChangeEmail: EmailTemplate<z.infer<typeof props>> = {
  props,
  // The link changes the account's address: never keep it once the message has left for a real mailbox.
  isSensitive: true,
  subject: ({ props: p }) => translator(p.locale, "selfcare")("emails.emailChange.subject"),
  render: ({ locale, props: p }) => {
    const t = translator(locale, "selfcare");
    return (
      <EmailLayout lang={locale} preview={t("emails.emailChange.preview")} footer={t("emails.emailChange.footer")}>
        <Heading as="h1" style={{ fontSize: 22, color: "#18181b" }}>
          {t("emails.emailChange.heading")}
        </Heading>
        <Text style={{ fontSize: 15, lineHeight: "24px", color: "#27272a" }}>{t("emails.emailChange.body", { hours: p.expiresInHours })}</Text>
        <Button href={p.url} style={{ backgroundColor: "#1d4ed8", color: "#ffffff", borderRadius: 6, padding: "12px 20px", fontWeight: 600 }}>
          {t("emails.emailChange.button")}
        </Button>
        <Text style={{ fontSize: 13, color: "#52525b", marginTop: 24 }}>
          {t("emails.emailChange.fallback")} <Link href={p.url}>{p.url}</Link>
        </Text>
      </EmailLayout>
    );
  },
};
