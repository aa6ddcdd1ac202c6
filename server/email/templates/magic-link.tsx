import { Button, Heading, Link, Text } from "@react-email/components";
import { z } from "zod";
import type { EmailTemplate } from "./types";
import { EmailLayout } from "./email-layout";

const props = z.object({ url: z.url(), expiresInMinutes: z.number().int().positive() });

export const magicLinkEmail: EmailTemplate<z.infer<typeof props>> = {
  props,
  // The link signs the holder in: never keep it once the message has left for a real mailbox.
  isSensitive: true,
  subject: ({ t }) => t("magicLink.subject"),
  render: ({ t, locale, props: p }) => (
    <EmailLayout lang={locale} preview={t("magicLink.preview")} footer={t("magicLink.footer")}>
      <Heading as="h1" style={{ fontSize: 22, color: "#18181b" }}>
        {t("magicLink.heading")}
      </Heading>
      <Text style={{ fontSize: 15, lineHeight: "24px", color: "#27272a" }}>{t("magicLink.body", { minutes: p.expiresInMinutes })}</Text>
      <Button href={p.url} style={{ backgroundColor: "#1d4ed8", color: "#ffffff", borderRadius: 6, padding: "12px 20px", fontWeight: 600 }}>
        {t("magicLink.button")}
      </Button>
      <Text style={{ fontSize: 13, color: "#52525b", marginTop: 24 }}>
        {t("magicLink.fallback")} <Link href={p.url}>{p.url}</Link>
      </Text>
    </EmailLayout>
  ),
};
