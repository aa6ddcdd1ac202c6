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
