import { z } from "zod";
import { getDb } from "@/db/client";
import { getActor } from "@/server/auth/session";
import { readAttachmentOrThrow } from "@/server/cases";
import { DomainError } from "@/server/errors";

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/**
 * Downloads an attachment for someone who may read its case. Always an attachment (never rendered
 * inline), with nosniff and a sandboxing CSP, so even a hostile file cannot run in our origin.
 */
export async function GET(_: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  if (!z.uuid().safeParse(id).success) return notFound();
  const actor = await getActor();
  if (!actor) return new Response("Sign in required", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  try {
    const file = await readAttachmentOrThrow(getDb(), actor, id);
    const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "content-type": file.contentType === "text/plain" ? "text/plain; charset=utf-8" : file.contentType,
        "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; sandbox",
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === "common.notFound") return notFound();
    throw error;
  }
}
