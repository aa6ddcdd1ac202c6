import { cache } from "react";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getActiveActor, type Actor, type Role } from "@/server/accounts";
import { env } from "@/server/env";

// Auth.js's cookie names: the __Secure- one on https, the plain one on http (a laptop, the demo).
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/** The session JWT from the request's cookies (Auth.js splits one over 4 kB into name.0, name.1...). */
async function readSessionCookie(): Promise<{ name: string; token: string } | null> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const whole = jar.get(name)?.value;
    if (whole) return { name, token: whole };
    const chunks = jar
      .getAll()
      .filter((cookie) => cookie.name.startsWith(`${name}.`))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
    if (chunks.length) return { name, token: chunks.map((chunk) => chunk.value).join("") };
  }
  return null;
}

/**
 * The signed-in actor for this request, checked against the database (revoked sessions and disabled
 * accounts are null). It decrypts the session cookie directly instead of calling Auth.js's auth(),
 * which also re-encrypts and re-issues the token on every call: that cost ~2.4 ms of CPU per request
 * (bench/run.ts) and bought nothing here, since the database check decides validity anyway.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const cookie = await readSessionCookie();
  // AUTH_SECRET is only optional while `next build` prerenders; env validation requires it at start.
  if (!cookie || !env.AUTH_SECRET) return null;
  const token = await decode({ token: cookie.token, secret: env.AUTH_SECRET, salt: cookie.name }).catch(() => null);
  // Tokens carry the id of their sign-in in the sessions registry (`sid`); one without it predates the
  // registry and could not be signed out from the sessions list, so it is refused (sign in once more).
  if (!token?.uid || typeof token.sv !== "number" || typeof token.sid !== "string") return null;
  return getActiveActor(getDb(), { userId: token.uid, sessionVersion: token.sv, sessionId: token.sid });
});

/** For pages: signed-out visitors go to sign-in and come back to `returnTo` afterwards. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** For pages: the wrong role gets the 403 page (the procedures check again). */
export async function requireRole(roles: readonly Role[], returnTo: string): Promise<Actor> {
  const actor = await requireActor(returnTo);
  if (!roles.includes(actor.role)) forbidden();
  return actor;
}
