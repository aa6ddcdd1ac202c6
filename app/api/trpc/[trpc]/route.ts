import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createRequestContext } from "@/server/api/context";
import { isCrossSiteRequest } from "@/server/security/same-origin";

const MAX_BODY_BYTES = 256 * 1024;

function refuse(status: number, message: string) {
  return Response.json({ error: { message, code: status === 413 ? "PAYLOAD_TOO_LARGE" : "FORBIDDEN" } }, { status });
}

/** The body, or null past the cap (chunked uploads carry no Content-Length to check up front). */
async function readCappedBody(request: Request): Promise<Buffer | null> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return null;
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function handler(incoming: Request) {
  let request = incoming;
  if (incoming.method === "POST") {
    if (isCrossSiteRequest(incoming)) return refuse(403, "Cross-site request refused");
    const body = await readCappedBody(incoming);
    if (!body) return refuse(413, "Request body too large");
    request = new Request(incoming.url, { method: "POST", headers: incoming.headers, body: new Uint8Array(body) });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: createRequestContext,
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path}:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
