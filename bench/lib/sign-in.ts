/** `name=value` pairs of the Set-Cookie headers whose name passes the filter. */
function cookiePairs(response: Response, keep: (name: string) => boolean): string[] {
  return response.headers
    .getSetCookie()
    .map((header) => header.split(";", 1)[0]!)
    .filter((pair) => keep(pair.slice(0, pair.indexOf("="))));
}

/**
 * Signs in through Auth.js's credentials endpoint as a browser form would (CSRF token and cookie,
 * then the form post) and returns the Cookie header that carries the session. Auth.js splits a large
 * token into `.0`, `.1`... cookies and prefixes it with `__Secure-` on https: all of them are kept.
 */
export async function signInWithPassword(baseUrl: string, credentials: { email: string; password: string }): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf returned no csrfToken");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiePairs(csrf, () => true).join("; ") },
    body: new URLSearchParams({ csrfToken, email: credentials.email, password: credentials.password, callbackUrl: `${baseUrl}/orders` }),
  });
  const session = cookiePairs(response, (name) => /(^|\.|-)authjs\.session-token(\.\d+)?$/.test(name));
  if (session.length === 0) {
    throw new Error(`Sign-in as ${credentials.email} failed: ${response.status}, Location ${response.headers.get("location") ?? "(none)"}`);
  }
  const cookie = session.join("; ");
  const check = await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie } });
  const body = (await check.json()) as { user?: unknown } | null;
  if (!body?.user) throw new Error(`Signed in as ${credentials.email}, but /api/auth/session shows no user`);
  return cookie;
}
