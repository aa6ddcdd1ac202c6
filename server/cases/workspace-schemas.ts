import { z } from "zod";
import { caseNumber } from "./schemas";

const body = z.string().trim().min(1, "errors.validation.required").max(20_000, "errors.validation.tooLong");

/** A reply on the case's channel or an internal note, from the workspace composer. */
export const sendInput = z.strictObject({
  number: caseNumber,
  kind: z.enum(["reply", "note"]),
  body,
  waitOnCustomer: z.boolean().default(false),
  // Colleagues @mentioned in a note (ignored on replies: the customer reads those).
  mentions: z.array(z.uuid("errors.validation.invalid")).max(10, "errors.validation.tooLarge").default([]),
  // The newest event the page showed when the agent started writing: newer ones are shown before sending.
  seenEventId: z.uuid("errors.validation.invalid").nullish(),
  // The agent saw the new activity and sends anyway.
  isConfirmed: z.boolean().default(false),
});
export type SendInput = z.infer<typeof sendInput>;

export const caseRefInput = z.strictObject({ number: caseNumber });
export const heartbeatInput = z.strictObject({ number: caseNumber, isTyping: z.boolean().default(false) });
export const kbLinksInput = z.strictObject({
  number: caseNumber,
  q: z.string().trim().min(1, "errors.validation.required").max(200, "errors.validation.tooLong"),
});

export const mergeCasesInput = z.strictObject({
  intoNumber: caseNumber,
  fromNumbers: z.array(caseNumber).min(1, "errors.validation.required").max(20, "errors.validation.tooLarge"),
});

export const splitInput = z.strictObject({
  number: caseNumber,
  eventId: z.uuid("errors.validation.invalid"),
  subject: z
    .string()
    .trim()
    .min(1, "errors.validation.required")
    .max(200, "errors.validation.tooLong")
    .refine((s) => !/[\r\n]/.test(s), "errors.validation.invalid"),
});

export const linkInput = z.discriminatedUnion("kind", [
  z.strictObject({
    number: caseNumber,
    kind: z.literal("order"),
    orderNumber: z.string().trim().min(1, "errors.validation.required").max(40, "errors.validation.tooLong"),
  }),
  z.strictObject({ number: caseNumber, kind: z.literal("forum_thread"), threadId: z.uuid("errors.validation.invalid") }),
]);
export type LinkInput = z.infer<typeof linkInput>;
