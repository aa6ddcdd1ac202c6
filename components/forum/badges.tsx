import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Badge as MemberBadgeKind } from "@/server/forum";

/** The badge next to a member's name: the support team, or a reputation level. */
export async function MemberBadge({ badge, isStaff }: { badge: MemberBadgeKind; isStaff: boolean }) {
  const t = await getTranslations("forum.badges");
  if (isStaff) return <Badge tone="info">{t("staff")}</Badge>;
  if (badge === "topContributor") return <Badge tone="success">{t("topContributor")}</Badge>;
  if (badge === "helper") return <Badge tone="neutral">{t("helper")}</Badge>;
  return null;
}

/** Solved / official / locked / support took over, for a thread. */
export async function ThreadStatusBadges({ isSolved, hasOfficialAnswer, isLocked, isEscalated, isHidden }: { isSolved: boolean; hasOfficialAnswer: boolean; isLocked: boolean; isEscalated: boolean; isHidden?: boolean }) {
  const t = await getTranslations("forum.status");
  return (
    <>
      {isSolved && <Badge tone="success">{t("solved")}</Badge>}
      {hasOfficialAnswer && <Badge tone="info">{t("official")}</Badge>}
      {isEscalated && <Badge tone="warning">{t("supportTookOver")}</Badge>}
      {isLocked && <Badge tone="neutral">{t("locked")}</Badge>}
      {isHidden && <Badge tone="danger">{t("hidden")}</Badge>}
    </>
  );
}
