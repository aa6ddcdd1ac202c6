import { NextResponse, type NextRequest } from "next/server";
import { isLocale, localeCookie, negotiateLocale } from "@/server/i18n/config";

/**
 * Locale negotiation only (no authorization lives here): public help and forum URLs carry the
 * locale; a bare /help or /community goes to the visitor's language, and a locale-prefixed URL
 * tells next-intl which language to render.
 */
export function proxy(request: NextRequest) {
  const [, first, ...rest] = request.nextUrl.pathname.split("/");
  if (isLocale(first)) {
    const headers = new Headers(request.headers);
    headers.set("X-NEXT-INTL-LOCALE", first);
    return NextResponse.next({ request: { headers } });
  }
  const chosen = request.cookies.get(localeCookie)?.value;
  const locale = isLocale(chosen) ? chosen : negotiateLocale(request.headers.get("accept-language"));
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}/${[first, ...rest].join("/")}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/help", "/help/:path*", "/community", "/community/:path*", "/(en|fr|it)/:path*"],
};
