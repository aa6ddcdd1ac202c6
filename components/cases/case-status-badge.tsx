import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<string, BadgeTone> = { new: "info", open: "info", pending_customer: "warning", on_hold: "neutral", resolved: "success", closed: "neutral" };

/** A case status as its reader says it: the customer reads "Waiting for you", the agent "Waiting on customer". */
export async function CaseStatusBadge({ status, audience = "customer" }: { status: string; audience?: "customer" | "agent" }) {
  const t = await getTranslations(audience === "agent" ? "cases.agent.agentStatus" : "cases.status");
  return <Badge tone={tones[status] ?? "neutral"}>{t(status as "open")}</Badge>;
}
