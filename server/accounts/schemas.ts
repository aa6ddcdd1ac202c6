import { z } from "zod";
import { locales } from "@/server/i18n/config";

// Dot-atom local part (no quoting, no leading, trailing or doubled dot) of at most 64 characters, without
// "%" and "!" (some relays still route "a%b@c" and "b!a@c" to another host); host names of ASCII
// labels ending in a letter TLD or a punycode one, so an unbracketed IP such as a@127.0.0.1 is refused.
// Matched case-insensitively on the raw input *before* lower-casing: toLowerCase() turns look-alikes
// such as the Kelvin sign (U+212A) into ASCII letters.
const emailPattern =
  /^(?=[^@]{1,64}@)[a-z0-9#$&'*+/=?^_`{|}~-]+(?:\.[a-z0-9#$&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i;

/**
 * One normalized address, or a refusal. Rejects what mail parsers read differently from us (lists,
 * quoted local parts, comments, CR/LF, non-ASCII look-alikes such as the full-width @), so a
 * sign-in link can only ever go to the single address the person typed.
 */
export const emailAddress = z
  .string()
  .trim()
  .max(254, "errors.validation.emailTooLong")
  .pipe(z.string().regex(emailPattern, "errors.validation.email"))
  .transform((value) => value.toLowerCase());

export const passwordSignInInput = z.object({
  email: emailAddress,
  password: z.string().min(1, "errors.validation.required").max(200, "errors.validation.tooLong"),
});

export const localeInput = z.enum(locales);

export const userRoleInput = z.enum(["customer", "agent", "admin"]);

export const setUserRoleInput = z.strictObject({ userId: z.uuid(), role: userRoleInput });
export const setUserDisabledInput = z.strictObject({ userId: z.uuid(), isDisabled: z.boolean() });
export const listUsersInput = z.strictObject({
  query: z.string().trim().max(100, "errors.validation.tooLong").optional(),
  role: userRoleInput.optional(),
});
export type ListUsersInput = z.infer<typeof listUsersInput>;

// Single-line text: CR/LF or control characters in a name end up in email headers and exports.
const oneLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "errors.validation.required")
    .max(max, "errors.validation.tooLong")
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), "errors.validation.invalid");

const contactChannels = ["email", "phone", "sms", "chat", "portal"] as const;
const timeZones = new Set(Intl.supportedValuesOf("timeZone"));

/** Digits with an optional leading +, spaces, dots, dashes and brackets; stored as +digits or digits. */
export const phoneNumber = z
  .string()
  .trim()
  .max(30, "errors.validation.tooLong")
  .regex(/^\+?[0-9 ().-]{6,25}$/, "errors.validation.phone")
  .transform((value) => value.replace(/[^0-9+]/g, ""))
  .refine((value) => /^\+?[0-9]{6,16}$/.test(value), "errors.validation.phone");

export const updateProfileInput = z
  .strictObject({
    displayName: oneLine(100),
    phone: z.union([z.literal(""), phoneNumber]).transform((value) => value || null),
    locale: localeInput,
    channels: z
      .array(z.enum(contactChannels))
      .min(1, "errors.validation.required")
      .max(contactChannels.length, "errors.validation.tooLarge")
      .refine((list) => new Set(list).size === list.length, "errors.validation.invalid"),
    fromHour: z.number().int().min(0, "errors.validation.tooSmall").max(23, "errors.validation.tooLarge"),
    toHour: z.number().int().min(1, "errors.validation.tooSmall").max(24, "errors.validation.tooLarge"),
    days: z
      .array(z.number().int().min(1, "errors.validation.tooSmall").max(7, "errors.validation.tooLarge"))
      .min(1, "errors.validation.required")
      .max(7, "errors.validation.tooLarge")
      .refine((list) => new Set(list).size === list.length, "errors.validation.invalid"),
    timeZone: z.string().max(64, "errors.validation.tooLong").refine((zone) => timeZones.has(zone), "errors.validation.invalid"),
  })
  .refine((value) => value.toHour > value.fromHour, { path: ["toHour"], message: "errors.validation.hoursOrder" })
  // A phone call or an SMS needs a number to reach.
  .refine((value) => !!value.phone || !value.channels.some((c) => c === "phone" || c === "sms"), { path: ["phone"], message: "errors.validation.phoneNeeded" });
export type UpdateProfileInput = z.infer<typeof updateProfileInput>;

export const requestEmailChangeInput = z.strictObject({ email: emailAddress });
export const confirmEmailChangeInput = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{32,64}$/, "errors.validation.invalid") });
export const revokeSessionInput = z.strictObject({ sessionId: z.uuid() });
export const accountDeletionInput = z.strictObject({ reason: z.string().trim().max(2000, "errors.validation.tooLong").default("") });
