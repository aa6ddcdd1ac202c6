import { Button, Heading, Text } from "@react-email/components";
import { z } from "zod";
import { priorities } from "@/server/cases/queue-schemas";
import { translator } from "@/server/i18n/messages";
import { eventReasonCodes, eventReasonText } from "@/server/routing/reasons";
import { EmailLayout } from "./email-layout";
import type { EmailTemplate } from "./types";

const props = z.object({
  locale: z.enum(["en", "fr", "it"]),
  kind: z.enum(["created", "reply", "status"]),
  number: z.string(),
  subject: z.string(),
  status: z.string(),
  excerpt: z.string().nullable(),
  url: z.url(),
  replyAddress: z.string(),
});
type Props = z.infer<typeof props>;

// The cases namespace owns this text; the template reads it directly rather than the shared "emails" one.
const tc = (p: Props) => translator(p.locale, "cases");
const statusLabel = (p: Props) => {
  const t = tc(p);
  const key = `status.${p.status}`;
  return t.has(key as never) ? t(key as never) : p.status;
};

/** What the customer is told when a case is opened, answered or changes status (numbered, so a reply threads). */
export const caseUpdateEmail: EmailTemplate<Props> = {
  props,
  subject: ({ props: p }) => `[${p.number}] ${tc(p)(`email.subject.${p.kind}`, { subject: p.subject })}`,
  render: ({ locale, props: p }) => {
    const t = tc(p);
    return (
      <EmailLayout lang={locale} preview={t(`email.preview.${p.kind}`, { number: p.number })} footer={t("email.footer", { address: p.replyAddress })}>
        <Heading as="h1" style={{ fontSize: 22, color: "#18181b" }}>
          {t(`email.heading.${p.kind}`, { number: p.number })}
        </Heading>
        <Text style={{ fontSize: 15, lineHeight: "24px", color: "#27272a" }}>{p.subject}</Text>
        {p.excerpt ? <Text style={{ fontSize: 15, lineHeight: "24px", color: "#27272a", whiteSpace: "pre-wrap", borderLeft: "3px solid #e4e4e7", paddingLeft: 12 }}>{p.excerpt}</Text> : null}
        <Text style={{ fontSize: 14, color: "#3f3f46" }}>{t("email.statusLine", { status: statusLabel(p) })}</Text>
        <Button href={p.url} style={{ backgroundColor: "#1d4ed8", color: "#ffffff", borderRadius: 6, padding: "12px 20px", fontWeight: 600 }}>
          {t("email.button")}
        </Button>
      </EmailLayout>
    );
  },
};

const escalatedProps = z.object({
  locale: z.enum(["en", "fr", "it"]),
  number: z.string(),
  subject: z.string(),
  // Said in the lead's language from the code and its values; the English `reason` is what a message
  // recorded before the codes has (and what a code without a translation falls back to).
  reasonCode: z.enum(eventReasonCodes).optional(),
  reasonParams: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  reason: z.string(),
  priority: z.enum(priorities),
  url: z.url(),
});
type EscalatedProps = z.infer<typeof escalatedProps>;


/** To the queue lead when a case breaches an SLA target. */
export const caseEscalatedEmail: EmailTemplate<EscalatedProps> = {
  props: escalatedProps,
  subject: ({ props: p }) => `[${p.number}] ${translator(p.locale, "cases")("email.escalated.subject", { subject: p.subject })}`,
  render: ({ locale, props: p }) => {
    const t = translator(p.locale, "cases");
    return (
      <EmailLayout lang={locale} preview={t("email.escalated.subject", { subject: p.subject })} footer={t("email.escalated.footer")}>
        <Heading as="h1" style={{ fontSize: 22, color: "#18181b" }}>
          {t("email.escalated.heading", { number: p.number })}
        </Heading>
        <Text style={{ fontSize: 15, color: "#27272a" }}>{t("email.escalated.body", { reason: eventReasonText(translator(p.locale, "workspace.timeline"), p) ?? p.reason, priority: t(`priority.${p.priority}`) })}</Text>
        <Button href={p.url} style={{ backgroundColor: "#b91c1c", color: "#ffffff", borderRadius: 6, padding: "12px 20px", fontWeight: 600 }}>
          {t("email.escalated.button")}
        </Button>
      </EmailLayout>
    );
  },
};
