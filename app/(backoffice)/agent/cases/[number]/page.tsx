import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { api, orNotFound } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import { CustomerPanel } from "@/components/agent/customer-panel";
import { CaseControls } from "@/components/agent/workspace/case-controls";
import { CaseLive } from "@/components/agent/workspace/case-live";
import { LinkCase, MergeCases } from "@/components/agent/workspace/case-tools";
import { SlaClocks } from "@/components/agent/workspace/sla-clocks";
import { CaseStatusBadge } from "@/components/cases/case-status-badge";
import { MergeCustomer } from "@/components/cases/merge-customer";
import { ScoreCorrection } from "@/components/cases/score-correction";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/link-button";
import { eventReasonText } from "@/server/routing/reasons";

type Params = { number: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: decodeURIComponent((await params).number).slice(0, 20) };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
      <h2 id={id} className="mb-3 text-base font-semibold text-zinc-900">{title}</h2>
      {children}
    </section>
  );
}

function Disclosure({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <details className="border-t border-zinc-200 py-2 first:border-t-0">
      <summary className="cursor-pointer text-sm font-medium text-zinc-900">{title}</summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}

/**
 * The case workspace: the case and its state (changed in place), SLA clocks, scores, one timeline
 * across channels with the composer, the customer panel, and the less frequent actions.
 */
export default async function AgentCasePage({ params }: { params: Promise<Params> }) {
  const { number } = await params;
  const actor = await requireRole(["agent", "admin"], `/agent/cases/${encodeURIComponent(number)}`);
  const caller = await api();
  const [t, tw, tt, tc, item, options] = await Promise.all([
    getTranslations("cases.agent"),
    getTranslations("workspace"),
    getTranslations("workspace.timeline"),
    getTranslations("cases"),
    orNotFound(caller.cases.agentGet({ number: decodeURIComponent(number) })),
    caller.workspace.options(),
  ]);
  const channelName = tc(`channel.${item.channel}` as "channel.portal");
  const lastReply = item.events.findLast((e) => e.kind === "message_out")?.body ?? "";
  const kbDraft = new URLSearchParams({ case: item.number, title: item.subject, body: [item.description, lastReply].filter(Boolean).join("\n\n") });
  const colleagues = options.colleagues.map((c) => ({ userId: c.userId, displayName: c.displayName }));
  return (
    <div className="space-y-4">
      <p className="text-sm"><Link href="/agent/cases" className="text-brand-700 underline">← {tw("header.back")}</Link></p>
      <header className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-700">
          <span className="font-mono text-sm text-zinc-900">{item.number}</span>
          <span>· {channelName}</span>
          <span>· {tc.has(`category.${item.category}` as "category.other") ? tc(`category.${item.category}` as "category.other") : item.category}</span>
          <span>· {item.customer.name}</span>
          {item.customer.isVip && <Badge tone="warning">{tw("header.vip")}</Badge>}
        </p>
        <h1 className="break-words text-2xl font-bold text-zinc-900">{item.subject}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-zinc-700">
          <CaseStatusBadge status={item.status} audience="agent" />
          <Badge tone={item.priority === "urgent" ? "danger" : item.priority === "high" ? "warning" : "neutral"}>{tc(`priority.${item.priority}`)}</Badge>
          <span>{tw("header.queue")}: <strong className="text-zinc-900">{item.queueName ?? tw("header.noQueue")}</strong></span>
          <span>· {tw("header.assignee")}: <strong className="text-zinc-900">{item.assigneeName ?? tw("header.unassigned")}</strong></span>
          {item.links.length > 0 && (
            <span className="flex flex-wrap items-center gap-1">
              · {tw("header.links")}:
              {item.links.map((l) =>
                l.kind === "forum_thread" ? (
                  <Link key={l.id} className="text-brand-700 underline" href={`/${l.locale ?? "en"}/community/t/${l.id}`}>{l.label}</Link>
                ) : (
                  <Badge key={l.id} tone="info">{l.label}</Badge>
                ),
              )}
            </span>
          )}
        </p>
        <CaseControls number={item.number} status={item.status} priority={item.priority} assigneeId={item.assigneeId} queueId={item.queueId} meId={actor.userId} colleagues={colleagues} queues={options.queues} />
      </header>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0">
          <CaseLive
            number={item.number}
            locale={item.locale}
            channelName={channelName}
            initial={{ status: item.status, events: item.events, attachments: item.attachments, lastEventId: item.lastEventId }}
            colleagues={colleagues}
            queues={options.queues}
          />
        </div>
        <aside className="min-w-0 space-y-4" aria-label={tw("panel.title")}>
          <SlaClocks
            policyName={item.sla.policyName}
            pausedAt={item.sla.pausedAt}
            clocks={[
              { key: "firstResponse", dueAt: item.sla.firstResponseDueAt, metAt: item.sla.firstRespondedAt },
              { key: "nextResponse", dueAt: item.sla.nextResponseDueAt },
              { key: "resolution", dueAt: item.sla.resolutionDueAt },
            ]}
          />
          <CustomerPanel panel={item.customerPanel} currentCaseNumber={item.number} />
          <Section id="scores-title" title={t("scores")}>
            <dl className="grid grid-cols-3 gap-2 text-sm">
              {(["complexity", "severity", "effort"] as const).map((s) => (
                <div key={s}>
                  <dt className="text-zinc-600">{t(s)}</dt>
                  <dd className="font-semibold text-zinc-900">{tc(`level.${item.scores[s]}`)}</dd>
                </div>
              ))}
            </dl>
            {item.scores.isCorrected && <p className="mt-2"><Badge tone="info">{t("correct.corrected")}</Badge></p>}
            <h3 className="mt-3 text-sm font-medium text-zinc-800">{t("reasons")}</h3>
            <ul className="mt-1 space-y-0.5 text-xs text-zinc-700">
              {item.scores.reasons.map((r, i) => (
                <li key={i}>{t(r.score)} → {tc(`level.${r.level}`)}: {r.rule}{r.detail ? ` (${r.detail})` : ""}</li>
              ))}
            </ul>
            <h3 className="mt-3 text-sm font-medium text-zinc-800">{t("recommended")}</h3>
            <p className="text-sm"><span className="text-zinc-600">{t("primary")}:</span> <strong>{tc(`serviceChannel.${item.recommended.primaryChannel}`)}</strong> · <span className="text-zinc-600">{t("secondary")}:</span> {tc(`serviceChannel.${item.recommended.secondaryChannel}`)}</p>
            <ScoreCorrection number={item.number} initial={{ complexity: item.scores.complexity, severity: item.scores.severity, effort: item.scores.effort }} />
          </Section>
          <Section id="actions-title" title={tw("actions.title")}>
            <Disclosure title={tw("actions.merge.title")}>
              <MergeCases number={item.number} />
            </Disclosure>
            <Disclosure title={tw("actions.link.title")}>
              <LinkCase number={item.number} orders={item.customerPanel.orders.map((o) => ({ number: o.number, label: o.number }))} />
            </Disclosure>
            <Disclosure title={t("merge.title")}>
              <p className="mb-3 text-sm">
                <span className="text-zinc-600">{t("merge.customerId")}:</span> <code className="select-all break-all rounded bg-zinc-100 px-1 font-mono text-xs text-zinc-900">{item.customer.id}</code>
              </p>
              <MergeCustomer intoId={item.customer.id} />
            </Disclosure>
            <Disclosure title={t("why")}>
              <ol className="space-y-1 text-sm text-zinc-800">
                {item.why.map((w) => (
                  <li key={w.id}>{t(`events.${w.kind}` as "events.routing")}: {eventReasonText(tt, w.data) ?? ""}</li>
                ))}
              </ol>
            </Disclosure>
            <div className="border-t border-zinc-200 pt-3">
              <LinkButton variant="secondary" href={`/agent/knowledge/new?${kbDraft.toString()}`}>{tw("actions.kbArticle")}</LinkButton>
            </div>
          </Section>
        </aside>
      </div>
    </div>
  );
}
