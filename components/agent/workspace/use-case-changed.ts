"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc-provider";

/**
 * After a change to the case: the header and panels re-render on the server, and the timeline (a
 * polled client query) is refetched at once instead of at its next poll.
 */
export function useCaseChanged(number: string) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  return async () => {
    router.refresh();
    await queryClient.invalidateQueries({ queryKey: trpc.workspace.timeline.queryKey({ number }) });
  };
}
