import { Button, Heading, Text } from "@react-email/components";
import { z } from "zod";
import { translator } from "@/server/i18n/messages";
import { EmailLayout } from "./email-layout";
import type { EmailTemplate } from "./types";

const props = z.object({
  locale: z.enum(["en", "fr", "it"]),
  caseNumber: z.string(),
  subject: z.string(),
  authorName: z.string(),
  /** The note's Markdown source, shown as plain text (React escapes it). */
  excerpt: z.string(),
  url: z.url(),
});
type Props = z.infer<typeof props>;

// The workspace namespace owns this text.
const tw = (p: Props) => translator(p.locale, "workspace");

/** To a colleague @mentioned in an internal note of a case (one message per note and colleague). */
export const agentMentionEmail: EmailTemplate<Props> = {
  props,
  subject: ({ props: p }) => tw(p)("email.mentionSubject", { name: p.authorName || "—", number: p.caseNumber }),
  render: ({ locale, props: p }) => {
    const t = tw(p);
    return (
      <EmailLayout lang={locale} preview={t("email.mentionPreview", { name: p.authorName || "—", number: p.caseNumber })} footer={t("email.mentionFooter")}>
        <Heading as="h1" style={{ fontSize: 22, color: "#18181b" }}>
          {t("email.mentionHeading", { name: p.authorName || "—", number: p.caseNumber, subject: p.subject })}
        </Heading>
        <Text style={{ fontSize: 15, lineHeight: "24px", color: "#27272a", whiteSpace: "pre-wrap", borderLeft: "3px solid #e4e4e7", paddingLeft: 12 }}>
          {p.excerpt}
        </Text>
        <Button href={p.url} style={{ backgroundColor: "#1d4ed8", color: "#ffffff", borderRadius: 6, padding: "12px 20px", fontWeight: 600 }}>
          {t("email.mentionButton")}
        </Button>
      </EmailLayout>
    );
  },
};
