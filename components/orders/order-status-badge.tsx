import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<string, BadgeTone> = {
  pending: "neutral",
  paid: "info",
  processing: "info",
  shipped: "warning",
  delivered: "success",
  cancelled: "neutral",
  returned: "neutral",
  refunded: "neutral",
};

export async function OrderStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("orders.statuses");
  return <Badge tone={tones[status] ?? "neutral"}>{t(status as "paid")}</Badge>;
}
