"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { inputStyles } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";

const presences = ["available", "busy", "away", "offline"] as const;
type Presence = (typeof presences)[number];
const dots: Record<Presence, string> = { available: "bg-green-600", busy: "bg-amber-500", away: "bg-zinc-400", offline: "bg-zinc-700" };

/** The agent's presence in the back-office header; routing reads it to hand out cases. */
export function PresenceSelector() {
  const t = useTranslations("queues.presence");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.queues.me.queryOptions());
  const [message, setMessage] = useState("");
  const change = useMutation(
    trpc.cases.setPresence.mutationOptions({
      onSuccess: (result) => {
        setMessage(result.presence ? t("handedBack", { count: result.reassigned }) : t("noProfile"));
        void queryClient.invalidateQueries(trpc.queues.pathFilter());
      },
    }),
  );
  const presence = me.data?.presence;
  if (!presence) return null;
  const shown = change.isPending && change.variables ? change.variables.presence : presence;
  return (
    <div className="flex items-center gap-2">
      <span aria-hidden className={cn("size-2.5 rounded-full", dots[shown])} />
      <label htmlFor="presence" className="whitespace-nowrap text-sm font-medium text-zinc-800">
        {t("label")}
      </label>
      <select
        id="presence"
        value={shown}
        disabled={change.isPending}
        onChange={(event) => change.mutate({ presence: event.target.value as Presence })}
        className={cn(inputStyles, "min-h-9 w-auto py-1")}
      >
        {presences.map((p) => (
          <option key={p} value={p}>
            {t(p)}
          </option>
        ))}
      </select>
      <p role="status" aria-live="polite" className="max-w-64 text-xs text-zinc-700">
        {change.error ? change.error.message : message}
      </p>
    </div>
  );
}
