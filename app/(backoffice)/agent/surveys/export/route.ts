import { getDb } from "@/db/client";
import { getActor } from "@/server/auth/session";
import { surveyResponsesCsv } from "@/server/surveys";
import { resultsInput } from "@/server/surveys/schemas";

/** Every survey response of the period as CSV (staff only), streamed page by page. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  if (actor.role !== "agent" && actor.role !== "admin") return new Response("Forbidden.", { status: 403 });
  const parsed = resultsInput.safeParse({ days: Number(new URL(request.url).searchParams.get("days") ?? 90) });
  if (!parsed.success) return new Response("Unknown period.", { status: 400 });
  const lines = surveyResponsesCsv(getDb(), parsed.data);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="survey-responses-${parsed.data.days}d-${day}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
