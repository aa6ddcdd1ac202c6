import { redirect } from "next/navigation";
import { requireRole } from "@/server/auth/session";

export default async function BackOfficeHome() {
  await requireRole(["agent", "admin"], "/agent");
  redirect("/agent/queues");
}
