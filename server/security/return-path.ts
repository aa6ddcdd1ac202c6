/** A same-site path to go back to after sign-in or a switch; anything else becomes "/". */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  try {
    const url = new URL(value, "http://parcours.invalid");
    return url.origin === "http://parcours.invalid" ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}
