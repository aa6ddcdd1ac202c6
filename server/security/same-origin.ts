/**
 * CSRF defence for state-changing requests: browsers send Origin (and Sec-Fetch-Site) on every
 * cross-site POST, so a request that says it comes from elsewhere is refused. Non-browser clients
 * that send neither are allowed: they cannot carry the victim's cookies.
 */
export function isCrossSiteRequest(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
