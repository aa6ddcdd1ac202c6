import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<string, BadgeTone> = { new: "info", open: "info", pending_customer: "warning", on_hold: "neutral", resolved: "success", closed: "neutral" };

export async function CaseStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("cases.status");
  return <Badge tone={tones[status] ?? "neutral"}>{t(status as "open")}</Badge>;
}
