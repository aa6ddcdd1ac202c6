import { api } from "@/server/api/rsc";

/** "Download my data": the export procedure's JSON as an attachment (GET: it reads, never writes state others see). */
export async function GET() {
  const caller = await api();
  let data: unknown;
  try {
    data = await caller.account.exportData();
  } catch {
    return new Response(null, { status: 303, headers: { location: "/sign-in?callbackUrl=%2Faccount" } });
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="parcours-data-${day}.json"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
