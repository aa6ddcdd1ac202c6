import { randomUUID } from "node:crypto";
import { Resend } from "resend";

export type OutgoingEmail = { from: string; to: string; replyTo?: string; subject: string; html: string; text: string; idempotencyKey: string };
export type EmailTransport = { name: "resend" | "mailbox"; send(email: OutgoingEmail): Promise<{ id: string }> };

/** A failed send. `isRetryable` is false for answers that a retry cannot change (a rejected address). */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly isRetryable: boolean,
    /** The provider asked us to wait this long (429 Retry-After) before trying again. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = "TransportError";
  }
}

export function resendTransport(options: { apiKey: string; baseUrl?: string }): EmailTransport {
  const resend = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  return {
    name: "resend",
    async send(email) {
      const { idempotencyKey, ...payload } = email;
      const { data, error, headers } = await resend.emails.send(payload, { idempotencyKey });
      if (error || !data) {
        const status = error?.statusCode ?? 0;
        // 4xx other than 408/409/429 describe the message itself; anything else may pass later.
        const isRetryable = !status || status >= 500 || [408, 409, 429].includes(status);
        const retryAfter = Number(headers?.["retry-after"]);
        throw new TransportError(`${error?.name ?? "unknown"}: ${error?.message ?? "no response"}`, isRetryable, status === 429 && retryAfter > 0 ? retryAfter : null);
      }
      return { id: data.id };
    },
  };
}

/** Without RESEND_API_KEY: the outbox row itself is the delivered message, shown at /dev/mailbox. */
export const mailboxTransport: EmailTransport = {
  name: "mailbox",
  send: async () => ({ id: `mailbox-${randomUUID()}` }),
};
