import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { api, orNotFound } from "@/server/api/rsc";
import { requireRole } from "@/server/auth/session";
import { CaseStatusBadge } from "@/components/cases/case-status-badge";
import { MergeCustomer } from "@/components/cases/merge-customer";
import { MessageBody } from "@/components/cases/message-body";
import { ScoreCorrection } from "@/components/cases/score-correction";
import { SlaDue } from "@/components/cases/sla-due";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

type Params = { number: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: decodeURIComponent((await params).number).slice(0, 20) };
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `s-${title.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
      <h2 id={id} className="mb-3 text-base font-semibold text-zinc-900">{title}</h2>
      {children}
    </section>
  );
}

/** Read-only for now (the agent workspace is issue #7): scores, channels, routing, SLA, timeline. */
export default async function AgentCasePage({ params }: { params: Promise<Params> }) {
  const { number } = await params;
  await requireRole(["agent", "admin"], `/agent/cases/${encodeURIComponent(number)}`);
  const caller = await api();
  const [t, tc, format, item] = await Promise.all([getTranslations("cases.agent"), getTranslations("cases"), getFormatter(), orNotFound(caller.cases.agentGet({ number: decodeURIComponent(number) }))]);
  const now = new Date();
  const dt = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-4">
      <p className="text-sm"><Link href="/agent/cases" className="text-brand-700 underline">← {t("title")}</Link></p>
      <header className="space-y-2">
        <p className="font-mono text-xs text-zinc-600">{item.number}</p>
        <h1 className="break-words text-2xl font-bold text-zinc-900">{item.subject}</h1>
        <div className="flex flex-wrap items-center gap-2 text-sm text-zinc-700">
          <CaseStatusBadge status={item.status} audience="agent" />
          <Badge tone={item.priority === "urgent" ? "danger" : item.priority === "high" ? "warning" : "neutral"}>{tc(`priority.${item.priority}`)}</Badge>
          <span>{item.customer.name}{item.customer.isVip ? " · VIP" : ""}</span>
          <span>· {tc(`channel.${item.channel}` as "channel.portal")}</span>
          <span>· {tc.has(`category.${item.category}` as "category.other") ? tc(`category.${item.category}` as "category.other") : item.category}</span>
        </div>
      </header>
      <div className="grid gap-4 lg:grid-cols-3">
        <Section title={t("scores")}>
          <dl className="grid grid-cols-3 gap-2 text-sm">
            {(["complexity", "severity", "effort"] as const).map((s) => (
              <div key={s}>
                <dt className="text-zinc-600">{t(s)}</dt>
                <dd className="font-semibold text-zinc-900">{tc(`level.${item.scores[s]}`)}</dd>
              </div>
            ))}
          </dl>
          <h3 className="mt-3 text-sm font-medium text-zinc-800">{t("reasons")}</h3>
          <ul className="mt-1 space-y-0.5 text-xs text-zinc-700">
            {item.scores.reasons.map((r, i) => (
              <li key={i}>{t(r.score)} → {tc(`level.${r.level}`)}: {r.rule}{r.detail ? ` (${r.detail})` : ""}</li>
            ))}
          </ul>
          {item.scores.isCorrected && <p className="mt-2"><Badge tone="info">{t("correct.corrected")}</Badge></p>}
          <ScoreCorrection number={item.number} initial={{ complexity: item.scores.complexity, severity: item.scores.severity, effort: item.scores.effort }} />
        </Section>
        <Section title={t("recommended")}>
          <p className="text-sm"><span className="text-zinc-600">{t("primary")}:</span> <strong>{tc(`serviceChannel.${item.recommended.primaryChannel}`)}</strong></p>
          <p className="text-sm"><span className="text-zinc-600">{t("secondary")}:</span> {tc(`serviceChannel.${item.recommended.secondaryChannel}`)}</p>
          <p className="mt-3 text-sm"><span className="text-zinc-600">{t("queue")}:</span> {item.queueName ?? "—"}</p>
          <p className="text-sm"><span className="text-zinc-600">{t("assignee")}:</span> {item.assigneeName ?? t("unassigned")}</p>
        </Section>
        <Section title={`SLA${item.sla.policyName ? ` · ${item.sla.policyName}` : ""}`}>
          <dl className="space-y-1 text-sm">
            <div className="flex justify-between gap-2"><dt>{t("firstResponse")}</dt><dd><SlaDue dueAt={item.sla.firstResponseDueAt} metAt={item.sla.firstRespondedAt} pausedAt={item.sla.pausedAt} now={now} /></dd></div>
            <div className="flex justify-between gap-2"><dt>{t("nextResponse")}</dt><dd><SlaDue dueAt={item.sla.nextResponseDueAt} pausedAt={item.sla.pausedAt} now={now} /></dd></div>
            <div className="flex justify-between gap-2"><dt>{t("resolution")}</dt><dd><SlaDue dueAt={item.sla.resolutionDueAt} pausedAt={item.sla.pausedAt} now={now} /></dd></div>
          </dl>
        </Section>
      </div>
      <Section title={t("why")}>
        <ol className="space-y-1 text-sm text-zinc-800">
          {item.why.map((w) => (
            <li key={w.id}><span className="text-zinc-600">{dt(w.createdAt)} · {t(`events.${w.kind}` as "events.routing")}:</span> {String(w.data.reason ?? "")}</li>
          ))}
        </ol>
      </Section>
      <Section title={t("timeline")}>
        <ol className="space-y-3">
          {item.events.map((e) => (
            <li key={e.id} className={cn("rounded-md border p-3 text-sm", e.visibility === "internal" ? "border-amber-200 bg-amber-50" : "border-zinc-200")}>
              <p className="mb-1 flex flex-wrap gap-2 text-xs text-zinc-600">
                <span className="font-semibold text-zinc-900">{t(`events.${e.kind}` as "events.routing")}</span>
                {e.visibility === "internal" && <Badge tone="warning">{t("internal")}</Badge>}
                {e.channel && <span>{tc(`channel.${e.channel}` as "channel.portal")}</span>}
                <span>{e.authorName ?? e.author}</span>
                <time dateTime={e.createdAt.toISOString()}>{dt(e.createdAt)}</time>
              </p>
              {e.body && (e.bodyHtml !== null ? <MessageBody html={e.bodyHtml} /> : <p className="whitespace-pre-wrap break-words text-zinc-900">{e.body}</p>)}
              {!e.body && typeof e.data.reason === "string" && <p className="text-zinc-800">{e.data.reason}</p>}
              {!e.body && typeof e.data.metric === "string" && <p className="text-zinc-800">{String(e.data.metric)} · {String(e.data.dueAt ?? "")}</p>}
              {e.kind === "status" && typeof e.data.to === "string" && (
                <p className="text-zinc-800">
                  {t.has(`agentStatus.${String(e.data.from)}` as "agentStatus.open") ? t(`agentStatus.${String(e.data.from)}` as "agentStatus.open") : String(e.data.from)} → {t.has(`agentStatus.${e.data.to}` as "agentStatus.open") ? t(`agentStatus.${e.data.to}` as "agentStatus.open") : e.data.to}
                </p>
              )}
            </li>
          ))}
        </ol>
        {item.attachments.length > 0 && (
          <ul className="mt-3 text-sm">
            {item.attachments.map((a) => (
              <li key={a.id}><a className="text-brand-700 underline" href={`/api/attachments/${a.id}`} download>{a.fileName}</a></li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("merge.title")}>
        <p className="mb-3 text-sm">
          <span className="text-zinc-600">{t("merge.customerId")}:</span> <code className="select-all break-all rounded bg-zinc-100 px-1 font-mono text-xs text-zinc-900">{item.customer.id}</code>
        </p>
        <MergeCustomer intoId={item.customer.id} />
      </Section>
      {item.otherCases.length > 0 && (
        <Section title={t("otherCases")}>
          <ul className="space-y-1 text-sm">
            {item.otherCases.map((c) => (
              <li key={c.id}><Link className="font-mono text-xs text-brand-700 underline" href={`/agent/cases/${c.number}`}>{c.number}</Link> {c.subject} · {tc(`channel.${c.channel}` as "channel.portal")} · <CaseStatusBadge status={c.status} audience="agent" /></li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
