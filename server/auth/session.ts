import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getActiveActor, type Actor, type Role } from "@/server/accounts";
import { auth } from "./config";

/** The signed-in actor for this request, checked against the database (revoked sessions and disabled accounts are null). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId || typeof session.sv !== "number") return null;
  return getActiveActor(getDb(), { userId, sessionVersion: session.sv });
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
