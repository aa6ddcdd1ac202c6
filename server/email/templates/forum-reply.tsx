import { Button, Heading, Link, Text } from "@react-email/components";
import { z } from "zod";
import { translator } from "@/server/i18n/messages";
import { EmailLayout } from "./email-layout";
import type { EmailTemplate } from "./types";

const props = z.object({
  locale: z.enum(["en", "fr", "it"]),
  threadTitle: z.string(),
  authorName: z.string(),
  /** Plain text of the reply (from the sanitizer), rendered as text. */
  excerpt: z.string(),
  isOfficial: z.boolean(),
  url: z.url(),
  /** Signed one-click unsubscribe page for this thread and recipient. */
  unsubscribeUrl: z.url(),
});
type Props = z.infer<typeof props>;

// The forum namespace owns this text.
const tf = (p: Props) => translator(p.locale, "forum");

/** To a thread's followers when someone replies (one message per post and follower). */
export const forumReplyEmail: EmailTemplate<Props> = {
  props,
  subject: ({ props: p }) => tf(p)(p.isOfficial ? "email.subjectOfficial" : "email.subject", { title: p.threadTitle }),
  render: ({ locale, props: p }) => {
    const t = tf(p);
    const name = p.authorName || "—";
    return (
      <EmailLayout lang={locale} preview={t("email.preview", { name, title: p.threadTitle })} footer={t("email.footer")}>
        <Heading as="h1" style={{ fontSize: 22, color: "#18181b" }}>
          {t(p.isOfficial ? "email.headingOfficial" : "email.heading", { title: p.threadTitle })}
        </Heading>
        <Text style={{ fontSize: 14, color: "#3f3f46" }}>{t("email.by", { name })}</Text>
        <Text style={{ fontSize: 15, lineHeight: "24px", color: "#27272a", whiteSpace: "pre-wrap", borderLeft: "3px solid #e4e4e7", paddingLeft: 12 }}>{p.excerpt}</Text>
        <Button href={p.url} style={{ backgroundColor: "#1d4ed8", color: "#ffffff", borderRadius: 6, padding: "12px 20px", fontWeight: 600 }}>
          {t("email.button")}
        </Button>
        <Text style={{ fontSize: 12, color: "#52525b", marginTop: 24 }}>
          <Link href={p.unsubscribeUrl} style={{ color: "#52525b", textDecoration: "underline" }}>
            {t("email.unsubscribe")}
          </Link>
        </Text>
      </EmailLayout>
    );
  },
};
