"use client";

import { useSearchParams } from "next/navigation";
import { Suspense, useEffect, useRef } from "react";
import type { Locale } from "@/server/i18n/config";

function Recorder({ articleId, locale }: { articleId: string; locale: Locale }) {
  const params = useSearchParams();
  const sent = useRef(false);
  const searchId = params.get("s");
  const query = params.get("q");
  useEffect(() => {
    if (sent.current || (!searchId && !query)) return;
    // Once per page view (Strict Mode runs effects twice), then the markers leave the address, so a
    // reload or a shared link is not counted as another click.
    sent.current = true;
    const click = { articleId, locale, searchId: /^[0-9a-f-]{36}$/i.test(searchId ?? "") ? searchId : null, query: query?.slice(0, 200) ?? null, context: "help" as const };
    // Only a reader who came from a search loads the client; a lost click is not worth an error.
    void import("@/components/trpc-client").then(({ browserTrpc }) => browserTrpc.kb.recordClick.mutate(click)).catch(() => {});
    const url = new URL(window.location.href);
    url.searchParams.delete("s");
    url.searchParams.delete("q");
    window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
  }, [articleId, locale, searchId, query]);
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
      <Recorder {...props} />
    </Suspense>
  );
}
