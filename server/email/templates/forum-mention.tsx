import { Button, Heading, Link, Text } from "@react-email/components";
import { z } from "zod";
import { translator } from "@/server/i18n/messages";
import { EmailLayout } from "./email-layout";
import type { EmailTemplate } from "./types";

const props = z.object({
  locale: z.enum(["en", "fr", "it"]),
  threadTitle: z.string(),
  authorName: z.string(),
  /** Plain text of the post (from the sanitizer), rendered as text. */
  excerpt: z.string(),
  url: z.url(),
  /** Signed one-click page that stops this member's mention emails. */
  unsubscribeUrl: z.url(),
});
type Props = z.infer<typeof props>;

// The forum namespace owns this text.
const tf = (p: Props) => translator(p.locale, "forum");

/** To a member someone @mentioned in a forum post (one message per post and member). */
export const forumMentionEmail: EmailTemplate<Props> = {
  props,
  subject: ({ props: p }) => tf(p)("email.mentionSubject", { name: p.authorName || "—", title: p.threadTitle }),
  render: ({ locale, props: p }) => {
    const t = tf(p);
    const name = p.authorName || "—";
    return (
      <EmailLayout lang={locale} preview={t("email.mentionPreview", { name, title: p.threadTitle })} footer={t("email.mentionFooter")}>
        <Heading as="h1" style={{ fontSize: 22, color: "#18181b" }}>
          {t("email.mentionHeading", { name, title: p.threadTitle })}
        </Heading>
        <Text style={{ fontSize: 15, lineHeight: "24px", color: "#27272a", whiteSpace: "pre-wrap", borderLeft: "3px solid #e4e4e7", paddingLeft: 12 }}>{p.excerpt}</Text>
        <Button href={p.url} style={{ backgroundColor: "#1d4ed8", color: "#ffffff", borderRadius: 6, padding: "12px 20px", fontWeight: 600 }}>
          {t("email.mentionButton")}
        </Button>
        <Text style={{ fontSize: 12, color: "#52525b", marginTop: 24 }}>
          <Link href={p.unsubscribeUrl} style={{ color: "#52525b", textDecoration: "underline" }}>
            {t("email.mentionUnsubscribe")}
          </Link>
        </Text>
      </EmailLayout>
    );
  },
};
