import { emailChangeEmail } from "./email-change";
import { caseEscalatedEmail, caseUpdateEmail } from "./case-update";
import { magicLinkEmail } from "./magic-link";
import { forumReplyEmail } from "./forum-reply";
import { forumMentionEmail } from "./forum-mention";
import { agentMentionEmail } from "./agent-mention";
import { surveyFollowUpEmail, surveyInvitationEmail } from "./survey-invitation";
import type { EmailTemplate } from "./types";

export const emailTemplates = {
  "magic-link": magicLinkEmail,
  "case-update": caseUpdateEmail,
  "case-escalated": caseEscalatedEmail,
  "email-change": emailChangeEmail,
  "forum-reply": forumReplyEmail,
  "forum-mention": forumMentionEmail,
  "survey-invitation": surveyInvitationEmail,
  "survey-follow-up": surveyFollowUpEmail,
  "agent-mention": agentMentionEmail,
} satisfies Record<string, EmailTemplate<any>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each template has its own props

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailTemplateProps<N extends EmailTemplateName> = (typeof emailTemplates)[N] extends EmailTemplate<infer P> ? P : never;
