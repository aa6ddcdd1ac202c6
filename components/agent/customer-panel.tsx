import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CaseStatusBadge } from "@/components/cases/case-status-badge";
import { formatMoney } from "@/components/orders/money";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { Badge } from "@/components/ui/badge";
import type { CustomerPanel as Panel } from "@/server/customers/panel";

function Block({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-zinc-200 pt-3 first:border-t-0 first:pt-0">
      <h3 className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-zinc-600">{title}</h3>
      {children}
    </div>
  );
}

/**
 * What the agent knows about a customer, so nobody asks them twice: used by the case workspace (with
 * the case on screen left out of "previous cases") and by the customer page.
 */
export async function CustomerPanel({ panel, currentCaseNumber, headingLevel = 2 }: { panel: Panel; currentCaseNumber?: string; headingLevel?: 2 | 3 }) {
  const [t, tc, format] = await Promise.all([getTranslations("workspace.panel"), getTranslations("cases"), getFormatter()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const Heading = `h${headingLevel}` as const;
  const previous = panel.cases.filter((c) => c.number !== currentCaseNumber);
  const weekdays = panel.preferences.days.map((d) => t(`weekday.${d}` as "weekday.1")).join(", ");
  return (
    <section
      aria-labelledby="customer-panel-title"
      className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4 text-sm shadow-sm"
      data-testid="customer-panel"
    >
      <div>
        <Heading id="customer-panel-title" className="text-base font-semibold text-zinc-900">
          {panel.displayName}
        </Heading>
        <p className="mt-1 flex flex-wrap gap-1.5">
          {panel.isVip && <Badge tone="warning">VIP</Badge>}
          <Badge tone={panel.contract ? "info" : "neutral"}>{t(`tier.${panel.contract?.tier ?? "none"}`)}</Badge>
          <span className="text-xs text-zinc-600">{t("since", { date: day(panel.createdAt) })}</span>
        </p>
      </div>
      <Block title={t("identities")}>
        <ul className="space-y-0.5">
          {panel.accountEmail && !panel.identities.some((i) => i.kind === "email" && i.value === panel.accountEmail!.toLowerCase()) && (
            <li>
              <span className="text-zinc-600">{t("identity.account")}:</span> <span className="break-all">{panel.accountEmail}</span>
            </li>
          )}
          {panel.identities.map((i) => (
            <li key={i.id}>
              <span className="text-zinc-600">{i.kind === "social" ? i.network : t(`identity.${i.kind}`)}:</span>{" "}
              <span className="break-all">{i.kind === "social" ? `@${i.value}` : i.value}</span>
              {i.isVerified && <span className="sr-only"> ({t("verified")})</span>}
              {i.isVerified && (
                <span aria-hidden className="ml-1 text-green-700">
                  ✓
                </span>
              )}
            </li>
          ))}
          {panel.identities.length === 0 && !panel.accountEmail && <li className="text-zinc-600">{t("noIdentity")}</li>}
        </ul>
      </Block>
      <Block title={t("organization")}>
        {panel.organizationName ? (
          <p>
            {panel.organizationName} · {t(`size.${panel.organizationSize ?? "small"}`)}
            {panel.organizationRole === "admin" ? ` · ${t("orgAdmin")}` : ""}
          </p>
        ) : (
          <p className="text-zinc-600">{t("individual")}</p>
        )}
        {panel.contract && (
          <p className="text-zinc-700">
            {t("contract", { number: panel.contract.number, tier: t(`tier.${panel.contract.tier}`) })}
            {panel.contract.endsOn ? ` · ${t("until", { date: day(new Date(panel.contract.endsOn)) })}` : ""}
          </p>
        )}
      </Block>
      <Block title={t("preferences")}>
        <p>
          {panel.preferences.channels.map((c) => t(`contactChannel.${c}`)).join(" › ")} · {t(`language.${panel.preferredLocale}`)}
        </p>
        <p className="text-zinc-700">
          {t("hours", { from: panel.preferences.fromHour, to: panel.preferences.toHour, days: weekdays, zone: panel.preferences.timeZone })}
        </p>
      </Block>
      <Block title={t("orders", { count: panel.orderCount })}>
        {panel.orders.length === 0 ? (
          <p className="text-zinc-600">{t("noOrders")}</p>
        ) : (
          <ul className="space-y-1" data-testid="panel-orders">
            {panel.orders.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                <span className="font-mono text-xs">{o.number}</span>
                <OrderStatusBadge status={o.status} />
                <span className="text-zinc-700">
                  {formatMoney(format, o.totalCents, o.currency)} · {day(o.placedAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Block>
      <Block title={t("previousCases")}>
        {previous.length === 0 ? (
          <p className="text-zinc-600">{t("noPreviousCases")}</p>
        ) : (
          <ul className="space-y-1" data-testid="panel-cases">
            {previous.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                <Link className="font-mono text-xs text-brand-700 underline" href={`/agent/cases/${c.number}`}>
                  {c.number}
                </Link>
                <CaseStatusBadge status={c.status} audience="agent" />
                <span className="min-w-0 break-words">{c.subject}</span>
                <span className="text-xs text-zinc-600">
                  {tc(`channel.${c.channel}` as "channel.portal")} · {day(c.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Block>
      <Block title={t("forum")}>
        <p>{t("forumCounts", { threads: panel.forum.threads, posts: panel.forum.posts })}</p>
        {panel.forum.latest.length > 0 && (
          <ul className="mt-1 space-y-0.5">
            {panel.forum.latest.map((th) => (
              <li key={th.id}>
                <Link className="text-brand-700 underline" href={`/${th.locale}/community/t/${th.id}`}>
                  {th.title}
                </Link>
                <span className="text-xs text-zinc-600">
                  {" "}
                  · {t("replies", { count: th.replyCount })}
                  {th.isSolved ? ` · ${t("solved")}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Block>
      <Block title={t("surveys")}>
        {panel.surveys.length === 0 ? (
          <p className="text-zinc-600">{t("noSurveys")}</p>
        ) : (
          <ul className="space-y-0.5">
            {panel.surveys.map((s) => (
              <li key={`${s.caseNumber}-${s.answeredAt.toISOString()}`}>
                <span className="font-mono text-xs">{s.caseNumber}</span> · {s.csat !== null ? t("csat", { score: s.csat }) : ""}
                {s.csat !== null && s.ces !== null ? " · " : ""}
                {s.ces !== null ? t("ces", { score: s.ces }) : ""}
                {s.isLowScore && (
                  <>
                    {" "}
                    <Badge tone="danger">{t("lowScore")}</Badge>
                  </>
                )}
                <span className="text-xs text-zinc-600"> · {day(s.answeredAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </Block>
      <Block title={t("journey")}>
        {panel.journey.length === 0 ? (
          <p className="text-zinc-600">{t("noJourney")}</p>
        ) : (
          <ol className="space-y-0.5">
            {panel.journey.map((j) => (
              <li key={j.id}>
                {t(`journeyType.${j.type}`)} · {t(`journeyChannel.${j.channel}`)}{" "}
                <span className="text-xs text-zinc-600">· {format.dateTime(j.occurredAt, { dateStyle: "short", timeStyle: "short" })}</span>
              </li>
            ))}
          </ol>
        )}
      </Block>
    </section>
  );
}
