import { cookies, headers } from "next/headers";
import { getDb } from "@/db/client";
import { getActor } from "@/server/auth/session";
import { isLocale, localeCookie, negotiateLocale, type Locale } from "@/server/i18n/config";
import { getJobQueue } from "@/server/jobs/web-queue";
import type { Context } from "./trpc";

async function requestLocale(fallback: Locale | undefined): Promise<Locale> {
  const chosen = (await cookies()).get(localeCookie)?.value;
  if (isLocale(chosen)) return chosen;
  return fallback ?? negotiateLocale((await headers()).get("accept-language"));
}

/** The context of a tRPC call from the HTTP endpoint or a Server Component. */
export async function createRequestContext(): Promise<Context> {
  const actor = await getActor();
  return { db: getDb(), actor, locale: await requestLocale(actor?.locale), getQueue: getJobQueue };
}
