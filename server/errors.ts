/**
 * Domain errors: services throw `new DomainError(code)`; the code is also the i18n key under
 * `errors.` in server/i18n/messages, and `server/api/trpc.ts` maps it to an HTTP-level code here.
 */
export const errorCodes = {
  /** No valid session (signed out, signed out everywhere, or the account was disabled). */
  "auth.unauthenticated": "UNAUTHORIZED",
  /** Signed in, but the role may not call this. */
  "auth.forbidden": "FORBIDDEN",
  /** Too many sign-in or magic-link requests for this address or network. */
  "auth.rateLimited": "TOO_MANY_REQUESTS",
  /** The input failed validation; field errors are attached. */
  "common.invalidInput": "BAD_REQUEST",
  /** A record that does not exist, or that the caller may not see (the two answer alike). */
  "common.notFound": "NOT_FOUND",
  /** Anything unexpected: logged on the server, never shown in detail. */
  "common.internal": "INTERNAL_SERVER_ERROR",
  /** An admin tried to change their own role or disable themselves (they would lock themselves out). */
  "users.cannotChangeSelf": "BAD_REQUEST",
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = "DomainError";
  }
}
