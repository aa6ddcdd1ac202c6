"use client";

import { useMutation } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { Suspense, useEffect, useRef } from "react";
import { TRPCReactProvider, useTRPC } from "@/components/trpc-provider";
import type { Locale } from "@/server/i18n/config";

function Recorder({ articleId, locale }: { articleId: string; locale: Locale }) {
  const trpc = useTRPC();
  const params = useSearchParams();
  const record = useMutation(trpc.kb.recordClick.mutationOptions());
  const sent = useRef(false);
  const searchId = params.get("s");
  const query = params.get("q");
  useEffect(() => {
    if (sent.current || (!searchId && !query)) return;
    // Once per page view (Strict Mode runs effects twice), then the markers leave the address, so a
    // reload or a shared link is not counted as another click.
    sent.current = true;
    record.mutate({ articleId, locale, searchId: /^[0-9a-f-]{36}$/i.test(searchId ?? "") ? searchId : null, query: query?.slice(0, 200) ?? null, context: "help" });
    const url = new URL(window.location.href);
    url.searchParams.delete("s");
    url.searchParams.delete("q");
    window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
  }, [articleId, locale, searchId, query, record]);
  return null;
}

/**
 * Logs that this article was opened from a search result (`?s=<search id>`) or a suggestion
 * (`?q=<typed text>`): a POST from the browser after the page loaded, never a write on the GET that
 * renders the page (which stays cacheable and safe to prefetch).
 */
export function SearchClickRecorder(props: { articleId: string; locale: Locale }) {
  return (
    <Suspense fallback={null}>
      <TRPCReactProvider>
        <Recorder {...props} />
      </TRPCReactProvider>
    </Suspense>
  );
}
