import { publicApi } from "@/server/api/rsc";
import { env } from "@/server/env";
import { isLocale } from "@/server/i18n/config";

// Cached like the help pages (an hour at most); nothing is rendered at build time, when there is no database.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

const escapeXml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The help center's sitemap for one language: home, FAQ and every public article. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const entries = await publicApi(locale).kb.sitemap({ locale });
  const base = env.APP_URL.replace(/\/$/, "");
  const urls = [
    { loc: `${base}/${locale}/help`, lastmod: null as Date | null },
    { loc: `${base}/${locale}/help/faq`, lastmod: null },
    ...entries.map((entry) => ({ loc: `${base}/${locale}/help/a/${entry.slug}`, lastmod: entry.updatedAt })),
  ];
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
    .map((url) => `  <url><loc>${escapeXml(url.loc)}</loc>${url.lastmod ? `<lastmod>${url.lastmod.toISOString()}</lastmod>` : ""}</url>`)
    .join("\n")}\n</urlset>\n`;
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
