import type { Locale } from "@/server/i18n/config";

export type Role = "customer" | "agent" | "admin";

/** Who is calling: passed explicitly to every domain function (they never read a session). */
export type Actor = {
  userId: string;
  role: Role;
  email: string;
  name: string | null;
  locale: Locale;
  /** The customer record of a customer account; null for staff. */
  customerId: string | null;
  /** The sign-in this request belongs to (user_sessions.id); absent for jobs, seeds and tests. */
  sessionId?: string;
};

export const isStaff = (actor: Actor | null): actor is Actor => actor?.role === "agent" || actor?.role === "admin";
