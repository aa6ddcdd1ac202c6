import { redirect } from "next/navigation";
import { api } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";

/** "Next case": my most urgent case, else the most urgent unassigned one in my queues (not taken by going there). */
export default async function NextCasePage() {
  await requireRole(["agent", "admin"], "/agent/next");
  const next = await (await api()).queues.next();
  redirect(next ? `/agent/cases/${next.number}` : "/agent/queues?empty=next");
}
