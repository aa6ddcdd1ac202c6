import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import type { Locale } from "@/server/i18n/config";
import { getJobQueue } from "@/server/jobs/web-queue";
import { createCaller } from "./root";
import { createRequestContext } from "./context";

/** The same routers, called directly from Server Components (one context per request). */
export const api = cache(async () => createCaller(await createRequestContext()));

/**
 * For pages cached for every reader: an anonymous caller that never reads the request, so what it
 * returns is what anyone may see (no internal article, whoever happens to render the page first).
 */
export const publicApi = cache((locale: Locale) => createCaller({ db: getDb(), actor: null, locale, getQueue: getJobQueue }));

/** For pages: a record that is missing, not the caller's, or addressed by a malformed key shows the 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}
