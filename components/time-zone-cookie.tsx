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
 * only stores the zone for later pages, as it shows no server-rendered times to refresh.
 */
export function TimeZoneCookie({ current }: { current?: string | null }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const known = current === undefined ? cookieZone() : current;
    if (!zone || zone === known) return;
    document.cookie = `${timeZoneCookie}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    if (current !== undefined) router.refresh();
  }, [current, router]);
  return null;
}
