import { createHash } from "node:crypto";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { EmailConfig } from "next-auth/providers/email";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { headers } from "next/headers";
import { endSession, ensureCustomerForUser, getSessionVersion, isAccountDisabled, registerSession, verifyPassword } from "@/server/accounts";
import { emailAddress, passwordSignInInput } from "@/server/accounts/schemas";
import { enqueueEmail } from "@/server/email";
import { env } from "@/server/env";
import { isLocale, localeCookie, negotiateLocale, type Locale } from "@/server/i18n/config";
import { getJobQueue } from "@/server/jobs/web-queue";
import { clientIp, consumeSignInAttempt, resetSignInAttempts } from "@/server/security/sign-in-limits";

export const MAGIC_LINK_MINUTES = 15;

export class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
}

/** Throws on anything but one plain address, so a link can never be sent to a list or a look-alike. */
export function normalizeSignInEmail(identifier: string): string {
  const parsed = emailAddress.safeParse(identifier);
  if (!parsed.success) throw new Error("Invalid email address");
  return parsed.data;
}

function readLocale(request: Request): Locale {
  const cookie = request.headers
    .get("cookie")
    ?.split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === localeCookie)?.[1];
  return isLocale(cookie) ? cookie : negotiateLocale(request.headers.get("accept-language"));
}

const magicLink: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  maxAge: MAGIC_LINK_MINUTES * 60,
  normalizeIdentifier: normalizeSignInEmail,
  options: {},
  async sendVerificationRequest({ identifier, url, token, request }) {
    const db = getDb();
    const limit = await consumeSignInAttempt(db, { email: identifier, ip: clientIp(request.headers) });
    if (!limit.isAllowed) throw new SignInRateLimited();
    // The link's origin comes from our configuration, never from the request's Host header.
    const link = new URL(url);
    const base = new URL(env.APP_URL);
    link.protocol = base.protocol;
    link.host = base.host;
    await enqueueEmail(db, await getJobQueue(), {
      idempotencyKey: `magic-link/${createHash("sha256").update(token).digest("hex")}`,
      to: identifier,
      locale: readLocale(request),
      template: "magic-link",
      props: { url: link.toString(), expiresInMinutes: MAGIC_LINK_MINUTES },
    });
  },
};

/** Who is signing in, for the sessions list: the browser's user agent and its IP (reduced to a prefix when stored). */
async function signInClient(): Promise<{ userAgent: string | null; ip: string | null }> {
  try {
    const h = await headers();
    return { userAgent: h.get("user-agent"), ip: clientIp(h) };
  } catch {
    // Outside a request (scripts): nothing to record.
    return { userAgent: null, ip: null };
  }
}

function authConfig(): NextAuthConfig {
  const db = getDb();
  return {
    adapter: DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens }),
    // JWT sessions are what Auth.js allows with passwords; revocation comes from the session version.
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    secret: env.AUTH_SECRET,
    trustHost: true,
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    providers: [
      magicLink,
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const parsed = passwordSignInInput.safeParse(raw);
          if (!parsed.success) return null;
          const limit = await consumeSignInAttempt(db, { email: parsed.data.email, ip: clientIp(request.headers) });
          if (!limit.isAllowed) throw new SignInRateLimited();
          const userId = await verifyPassword(db, parsed.data);
          if (userId) await resetSignInAttempts(db, parsed.data.email);
          return userId ? { id: userId } : null;
        },
      }),
    ],
    callbacks: {
      async signIn({ user }) {
        return !(user.id && (await isAccountDisabled(db, user.id)));
      },
      async jwt({ token, user }) {
        if (user?.id) {
          token.uid = user.id;
          token.sv = (await getSessionVersion(db, user.id)) ?? -1;
          // Self-care (issue 5): each sign-in gets a row in the sessions registry; its id rides in the
          // token so session.ts can refuse it once revoked ("sign out my other sessions").
          token.sid = await registerSession(db, { userId: user.id, ...(await signInClient()) });
        }
        return token;
      },
      session({ session, token }) {
        if (token.uid) session.user.id = token.uid;
        session.sv = token.sv;
        session.sid = token.sid;
        return session;
      },
    },
    events: {
      // Self-care (issue 5): a sign-out on this device also closes its row in the sessions registry.
      async signOut(message) {
        const sid = "token" in message ? message.token?.sid : undefined;
        const uid = "token" in message ? message.token?.uid : undefined;
        if (sid && uid) await endSession(db, { userId: uid, sessionId: sid });
      },
      async createUser({ user }) {
        if (user.id && user.email) await ensureCustomerForUser(db, { id: user.id, email: user.email, name: user.name });
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => authConfig());
