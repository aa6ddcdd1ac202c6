"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

/** A readable device name from a user agent: browser and system, nothing finer. */
function describe(userAgent: string): string | null {
  if (!userAgent) return null;
  const browser = /Edg\//.test(userAgent) ? "Edge" : /Firefox\//.test(userAgent) ? "Firefox" : /Chrom(e|ium)\//.test(userAgent) ? "Chrome" : /Safari\//.test(userAgent) ? "Safari" : null;
  const system = /Android/.test(userAgent) ? "Android" : /iPhone|iPad/.test(userAgent) ? "iOS" : /Mac OS X/.test(userAgent) ? "macOS" : /Windows/.test(userAgent) ? "Windows" : /Linux/.test(userAgent) ? "Linux" : null;
  return [browser, system].filter(Boolean).join(" · ") || userAgent.slice(0, 60);
}

export function SessionsList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations("selfcare.account");
  const format = useFormatter();
  const sessions = useQuery(trpc.account.sessions.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.account.sessions.queryKey() });
  const revoke = useMutation(trpc.account.revokeSession.mutationOptions({ onSuccess: refresh }));
  const others = useMutation(trpc.account.signOutOtherSessions.mutationOptions({ onSuccess: refresh }));
  const rows = sessions.data ?? [];
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-zinc-100" aria-busy={sessions.isLoading}>
        {rows.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
            <div>
              <p className="font-medium text-zinc-900">
                {describe(session.userAgent) ?? t("unknownDevice")} {session.isCurrent && <Badge tone="success">{t("thisDevice")}</Badge>}
              </p>
              <p className="text-xs text-zinc-600">
                {session.ipPrefix && <>{t("network", { prefix: session.ipPrefix })} · </>}
                {t("signedInOn", { date: format.dateTime(session.createdAt, { dateStyle: "medium", timeStyle: "short" }) })} ·{" "}
                {t("lastSeen", { date: format.relativeTime(session.lastSeenAt) })}
              </p>
            </div>
            {!session.isCurrent && (
              <Button type="button" variant="ghost" className="min-h-8 px-2 py-1" onClick={() => revoke.mutate({ sessionId: session.id })} disabled={revoke.isPending}>
                {t("signOutSession")}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {rows.length > 0 && rows.every((s) => s.isCurrent) && <p className="text-sm text-zinc-600">{t("noOtherSessions")}</p>}
      {others.data && <p role="status" className="text-sm text-green-800">{t("signedOutOthers", { count: others.data.count })}</p>}
      <Button type="button" variant="secondary" onClick={() => others.mutate()} disabled={others.isPending}>
        {t("signOutOthers")}
      </Button>
    </div>
  );
}
