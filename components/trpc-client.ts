import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "@/server/api/root";

/**
 * A plain tRPC client for the public pages' few browser calls (suggestions, feedback, a search
 * click). Import it with `import()` when the reader acts, never statically: with React Query and
 * the React bindings (components/trpc-provider.tsx) it weighed 25 kB gzipped on every public page.
 */
export const browserTrpc = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/api/trpc", transformer: superjson })] });

/** The limiter's refusal (429), whose message is already in the reader's language. */
export function isTooManyRequests(error: unknown): error is TRPCClientError<AppRouter> {
  return error instanceof TRPCClientError && error.data?.code === "TOO_MANY_REQUESTS";
}
