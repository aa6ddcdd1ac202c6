import { z } from "zod";
import { locales } from "@/server/i18n/config";

/**
 * One normalized address, or a refusal. Rejects what mail parsers read differently from us (lists,
 * quoted local parts, comments, CR/LF, non-ASCII look-alikes such as the full-width @), so a
 * sign-in link can only ever go to the single address the person typed.
 */
export const emailAddress = z
  .string()
  .trim()
  .max(254, "errors.validation.emailTooLong")
  .transform((value) => value.toLowerCase())
  .pipe(
    z
      .string()
      .regex(/^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/, "errors.validation.email"),
  );

export const passwordSignInInput = z.object({
  email: emailAddress,
  password: z.string().min(1, "errors.validation.required").max(200, "errors.validation.tooLong"),
});

export const localeInput = z.enum(locales);

export const userRoleInput = z.enum(["customer", "agent", "admin"]);

export const setUserRoleInput = z.object({ userId: z.uuid(), role: userRoleInput });
export const setUserDisabledInput = z.object({ userId: z.uuid(), isDisabled: z.boolean() });
export const listUsersInput = z.object({
  query: z.string().trim().max(100, "errors.validation.tooLong").optional(),
  role: userRoleInput.optional(),
});
export type ListUsersInput = z.infer<typeof listUsersInput>;
