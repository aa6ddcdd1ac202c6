"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { AppRouter } from "@/server/api/root";
import { useTRPC } from "@/components/trpc-provider";

export type BulkAction = inferRouterInputs<AppRouter>["queues"]["bulkUpdate"]["action"];
type Outcome = inferRouterOutputs<AppRouter>["queues"]["bulkUpdate"]["outcomes"][number];

/** Runs queues.bulkUpdate and keeps a summary plus every refusal, so no failure goes unseen. */
export function useBulkUpdate() {
  const t = useTranslations("queues.bulk");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState("");
  const [refused, setRefused] = useState<Extract<Outcome, { ok: false }>[]>([]);
  const mutation = useMutation(trpc.queues.bulkUpdate.mutationOptions());

  function run(numbers: string[], action: BulkAction, onSuccess?: () => void) {
    setMessage(t("working", { count: numbers.length }));
    setRefused([]);
    mutation.mutate(
      { numbers, action },
      {
        onSuccess: ({ outcomes }) => {
          const failed = outcomes.filter((o): o is Extract<Outcome, { ok: false }> => !o.ok);
          setRefused(failed);
          setMessage(t("done", { ok: outcomes.length - failed.length, failed: failed.length }));
          onSuccess?.();
        },
        onError: (error) => setMessage(error.message),
        onSettled: () => void queryClient.invalidateQueries(trpc.queues.pathFilter()),
      },
    );
  }

  return { run, isPending: mutation.isPending, message, refused };
}
export type BulkUpdate = ReturnType<typeof useBulkUpdate>;
