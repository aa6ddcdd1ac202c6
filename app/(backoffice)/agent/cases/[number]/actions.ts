"use server";

import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import type { UploadedFile } from "@/server/cases";
import { sendFromWorkspace } from "@/server/cases/workspace";
import { sendInput } from "@/server/cases/workspace-schemas";
import { requireRole } from "@/server/auth/session";
import { DomainError } from "@/server/errors";
import { getJobQueue } from "@/server/jobs/web-queue";
import { findInputProblem } from "@/server/security/input-guard";

export type SendState =
  | { status: "idle" }
  | { status: "sent"; eventId: string }
  | { status: "stale"; newEvents: { id: string; kind: string; authorName: string | null; author: string; body: string | null; createdAt: Date }[] }
  | { status: "error"; message: string };

async function filesOf(form: FormData): Promise<UploadedFile[]> {
  const files = form.getAll("files").filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && f.size > 0);
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

/**
 * The composer's send with files (tRPC carries no multipart): the same service and validation as
 * workspace.send, for staff only.
 */
export async function sendAction(form: FormData): Promise<SendState> {
  const number = String(form.get("number") ?? "");
  const actor = await requireRole(["agent", "admin"], `/agent/cases/${encodeURIComponent(number)}`);
  const t = await getTranslations("errors");
  const values = {
    number,
    kind: String(form.get("kind") ?? ""),
    body: String(form.get("body") ?? ""),
    waitOnCustomer: form.get("waitOnCustomer") === "1",
    mentions: form.getAll("mentions").map(String),
    seenEventId: String(form.get("seenEventId") ?? "") || null,
    isConfirmed: form.get("isConfirmed") === "1",
  };
  if (findInputProblem(values)) return { status: "error", message: t("common.invalidInput") };
  const parsed = sendInput.safeParse(values);
  if (!parsed.success) {
    const key = parsed.error.issues[0]?.message.replace(/^errors\./, "") ?? "validation.invalid";
    return { status: "error", message: t.has(key as never) ? t(key as never) : t("validation.invalid") };
  }
  try {
    return await sendFromWorkspace(getDb(), await getJobQueue(), actor, parsed.data, await filesOf(form));
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { status: "error", message: t(error.code as never) };
  }
}
