import { TRPCClientError } from "@trpc/client";

/** The translated message and field errors the server's errorFormatter attached to a failed call. */
export function trpcFailure(error: unknown): { message: string; fields: Record<string, string[]> } | null {
  if (!error) return null;
  if (error instanceof TRPCClientError) {
    const data = error.data as { fieldErrors?: Record<string, string[]> | null } | undefined;
    return { message: error.message, fields: data?.fieldErrors ?? {} };
  }
  return { message: String(error), fields: {} };
}
