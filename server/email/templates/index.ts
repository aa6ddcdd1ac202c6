import { magicLinkEmail } from "./magic-link";
import type { EmailTemplate } from "./types";

export const emailTemplates = {
  "magic-link": magicLinkEmail,
} satisfies Record<string, EmailTemplate<never>>;

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailTemplateProps<N extends EmailTemplateName> = (typeof emailTemplates)[N] extends EmailTemplate<infer P> ? P : never;
