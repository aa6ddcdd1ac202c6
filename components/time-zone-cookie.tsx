"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { timeZoneCookie } from "@/server/i18n/config";

function cookieZone(): string | null {
  const entry = document.cookie.split("; ").find((part) => part.startsWith(`${timeZoneCookie}=`));
  return entry ? decodeURIComponent(entry.slice(timeZoneCookie.length + 1)) : null;
}

/**
 * Tells the server the browser's time zone once, so server-rendered times match the reader's clock.
 * `current` is what the server read; a page cached for everyone did not read it (undefined): it
 * only stores the zone for later pages, as it shows no server-rendered times to refresh. `rendered`
 * is the zone the page's times are in: without a cookie, the default one, which is already the
 * reader's for most of them, so the page is not rendered a second time for nothing.
 */
export function TimeZoneCookie({ current, rendered }: { current?: string | null; rendered?: string }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const known = current === undefined ? cookieZone() : current;
    if (!zone || zone === known) return;
    document.cookie = `${timeZoneCookie}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    if (current !== undefined && zone !== rendered) router.refresh();
  }, [current, rendered, router]);
  return null;
}
