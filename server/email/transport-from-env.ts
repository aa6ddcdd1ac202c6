import { env } from "@/server/env";
import { mailboxTransport, resendTransport, type EmailTransport } from "./transport";

export function transportFromEnv(): EmailTransport {
  return env.RESEND_API_KEY ? resendTransport({ apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL }) : mailboxTransport;
}

export const isDevMailboxEnabled = () => !env.RESEND_API_KEY;
