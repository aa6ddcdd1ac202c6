"use client";

import { trpcFailure } from "@/components/account/use-trpc-error";

/** The result of the last save or delete, announced to screen readers. */
export function SaveFeedback({ message, error }: { message: string | null; error: unknown }) {
  const failure = trpcFailure(error);
  return (
    <p aria-live="polite" className={failure ? "text-sm text-red-700" : "text-sm text-green-800"}>
      {failure ? failure.message : message}
    </p>
  );
}

/** The first translated message the server attached to a field, if any. */
export const fieldError = (error: unknown, field: string) => trpcFailure(error)?.fields[field]?.[0];
