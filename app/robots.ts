import type { MetadataRoute } from "next";
import { env } from "@/server/env";
import { locales } from "@/server/i18n/config";

// APP_URL is read when the server runs (a build does not know where it will be served from).
export const dynamic = "force-dynamic";

/** Crawlers may read the public help center and community; each language's help sitemap is listed. */
export default function robots(): MetadataRoute.Robots {
  const base = env.APP_URL.replace(/\/$/, "");
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/agent", "/api/", "/dev/", "/account", "/cases", "/orders", "/*/survey/"] },
    sitemap: locales.map((locale) => `${base}/${locale}/help/sitemap.xml`),
  };
}
