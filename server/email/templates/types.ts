import type { ReactElement } from "react";
import type { z } from "zod";
import type { Locale } from "@/server/i18n/config";
import type { translator } from "@/server/i18n/messages";

export type EmailTranslator = ReturnType<typeof translator<"emails">>;

export type EmailTemplate<P> = {
  props: z.ZodType<P>;
  /** Drop the rendered body and props after a real send (sign-in links and other secrets). */
  isSensitive?: boolean;
  subject: (context: { t: EmailTranslator; props: P }) => string;
  render: (context: { t: EmailTranslator; locale: Locale; props: P }) => ReactElement;
};
