"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { api } from "@/server/api/rsc";
import { getActor } from "@/server/auth/session";
import { safeReturnPath } from "@/server/security/return-path";
import { isLocale, localeCookie, locales } from "./config";

/** The language switch: remembered in a cookie and, when signed in, in the profile. */
export async function switchLocale(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(localeCookie, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: false });
  if (await getActor()) await (await api()).account.setLocale(locale);
  const returnTo = safeReturnPath(formData.get("returnTo"));
  // Public help and forum URLs carry the language: follow the switch to the translated URL.
  const [, first, ...rest] = returnTo.split("/");
  redirect(locales.includes(first as never) ? `/${[locale, ...rest].join("/")}` : returnTo);
}
