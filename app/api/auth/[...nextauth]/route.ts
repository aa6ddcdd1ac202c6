import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { handlers } from "@/server/auth/config";
import { clientIp, peekSignInAttempt } from "@/server/security/sign-in-limits";
import { normalizeSignInEmail } from "@/server/auth/config";

const LIMITED_PATHS = ["/api/auth/signin/email", "/api/auth/callback/credentials"];

/**
 * Direct posts to Auth.js's endpoints get the same limits as the sign-in page, answered with 429
 * (the providers count the attempts; this only refuses early once the budget is spent).
 */
export async function POST(request: NextRequest) {
  if (LIMITED_PATHS.includes(request.nextUrl.pathname)) {
    const form = await request.clone().formData().catch(() => null);
    const raw = form?.get("email");
    let email: string | null = null;
    try {
      email = typeof raw === "string" ? normalizeSignInEmail(raw) : null;
    } catch {
      email = null;
    }
    const limit = await peekSignInAttempt(getDb(), { email, ip: clientIp(request.headers) });
    if (!limit.isAllowed) {
      return Response.json(
        { error: "Too many sign-in attempts. Please wait a few minutes and try again." },
        { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
      );
    }
  }
  return handlers.POST(request);
}

export const { GET } = handlers;
