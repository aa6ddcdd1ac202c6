import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { z } from "zod";
import { translator } from "@/server/i18n/messages";
import { EmailLayout } from "./email-layout";
import type { EmailTemplate } from "./types";

const props = z.object({
  locale: z.enum(["en", "fr", "it"]),
  kind: z.enum(["invitation", "reminder"]),
  caseNumber: z.string(),
  caseSubject: z.string(),
  question: z.string(),
  surveyUrl: z.url(),
  expiresOn: z.string(),
});
type Props = z.infer<typeof props>;

const ts = (p: Props) => translator(p.locale, "surveys");
const ratingColors = ["#b91c1c", "#c2410c", "#52525b", "#15803d", "#166534"];

/**
 * The survey email. Each rating is a link to the survey page with that rating preselected: opening
 * it records nothing (mail scanners follow links), the customer confirms on the page.
 */
export const surveyInvitationEmail: EmailTemplate<Props> = {
  props,
  subject: ({ props: p }) => ts(p)(p.kind === "reminder" ? "email.reminderSubject" : "email.subject", { number: p.caseNumber }),
  render: ({ locale, props: p }) => {
    const t = ts(p);
    const ratingUrl = (rating: number) => `${p.surveyUrl}?csat=${rating}`;
    return (
      <EmailLayout lang={locale} preview={t("email.preview", { number: p.caseNumber })} footer={t("email.footer", { date: p.expiresOn })}>
        <Heading as="h1" style={{ fontSize: 22, color: "#18181b" }}>
          {t(p.kind === "reminder" ? "email.reminderHeading" : "email.heading")}
        </Heading>
        <Text style={{ fontSize: 15, lineHeight: "24px", color: "#27272a" }}>{t("email.intro", { number: p.caseNumber, subject: p.caseSubject })}</Text>
        <Text style={{ fontSize: 16, fontWeight: 600, color: "#18181b" }}>{p.question}</Text>
        <Section>
          {[1, 2, 3, 4, 5].map((rating) => (
            <Link
              key={rating}
              href={ratingUrl(rating)}
              aria-label={t("email.ratingLink", { rating, label: t(`csat.${rating}` as never) })}
              style={{ display: "inline-block", minWidth: 44, margin: "0 6px 8px 0", padding: "10px 0", textAlign: "center", borderRadius: 6, border: `2px solid ${ratingColors[rating - 1]}`, color: ratingColors[rating - 1], fontWeight: 700, fontSize: 18, textDecoration: "none" }}
            >
              {rating}
            </Link>
          ))}
        </Section>
        <Text style={{ fontSize: 13, color: "#3f3f46" }}>{t("email.scale")}</Text>
        <Button href={p.surveyUrl} style={{ backgroundColor: "#1d4ed8", color: "#ffffff", borderRadius: 6, padding: "12px 20px", fontWeight: 600 }}>
          {t("email.button")}
        </Button>
        <Text style={{ fontSize: 13, color: "#3f3f46" }}>{t("email.optOut")}</Text>
      </EmailLayout>
    );
  },
};

const followUpProps = z.object({ locale: z.enum(["en", "fr", "it"]), caseNumber: z.string(), caseSubject: z.string(), customerName: z.string(), csat: z.number().int().min(1).max(5), isReopened: z.boolean(), comment: z.string().nullable(), url: z.url() });
type FollowUpProps = z.infer<typeof followUpProps>;

/** To the queue lead: a customer answered a survey with a low score, the follow-up is theirs. */
export const surveyFollowUpEmail: EmailTemplate<FollowUpProps> = {
  props: followUpProps,
  subject: ({ props: p }) => `[${p.caseNumber}] ${translator(p.locale, "surveys")("followUpEmail.subject", { csat: p.csat })}`,
  render: ({ locale, props: p }) => {
    const t = translator(p.locale, "surveys");
    return (
      <EmailLayout lang={locale} preview={t("followUpEmail.subject", { csat: p.csat })} footer={t("followUpEmail.footer")}>
        <Heading as="h1" style={{ fontSize: 22, color: "#18181b" }}>
          {t("followUpEmail.heading", { number: p.caseNumber })}
        </Heading>
        <Text style={{ fontSize: 15, color: "#27272a" }}>{t("followUpEmail.body", { name: p.customerName, csat: p.csat, subject: p.caseSubject })}</Text>
        {p.comment ? <Text style={{ fontSize: 15, color: "#27272a", whiteSpace: "pre-wrap", borderLeft: "3px solid #e4e4e7", paddingLeft: 12 }}>{p.comment}</Text> : null}
        <Text style={{ fontSize: 14, color: "#3f3f46" }}>{t(p.isReopened ? "followUpEmail.reopened" : "followUpEmail.task")}</Text>
        <Button href={p.url} style={{ backgroundColor: "#b91c1c", color: "#ffffff", borderRadius: 6, padding: "12px 20px", fontWeight: 600 }}>
          {t("followUpEmail.button")}
        </Button>
      </EmailLayout>
    );
  },
};
