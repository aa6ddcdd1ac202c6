"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { MessageBody } from "@/components/cases/message-body";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { eventReasonText } from "@/server/routing/reasons";

export type TimelineEvent = {
  id: string;
  kind: string;
  visibility: "public" | "internal";
  author: string;
  authorName: string | null;
  channel: string | null;
  body: string | null;
  bodyHtml: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
};
export type TimelineAttachment = { id: string; eventId: string | null; fileName: string; sizeBytes: number };
export type Names = { people: Map<string, string>; queues: Map<string, string> };

// Glyphs only decorate: the channel's name is always next to them as text.
const channelGlyph: Record<string, string> = { email: "✉", sms: "✆", chat: "☰", phone: "☎", social: "#", portal: "⌂", forum: "❝", order: "▣", generic: "•" };

const str = (value: unknown) => (typeof value === "string" ? value : null);
const num = (value: unknown) => (typeof value === "number" ? value : null);

/** One event of the case timeline, whatever its kind; internal events are tinted and labelled. */
export function TimelineItem({ event, attachments, names, onSplit }: { event: TimelineEvent; attachments: TimelineAttachment[]; names: Names; onSplit?: (event: TimelineEvent) => void }) {
  const t = useTranslations("workspace.timeline");
  const tsla = useTranslations("workspace.sla");
  const tc = useTranslations("cases");
  const ts = useTranslations("cases.agent.agentStatus");
  const format = useFormatter();
  const d = event.data;
  const isInternal = event.visibility === "internal";
  const isMessage = event.kind === "message_in" || event.kind === "message_out";
  const statusLabel = (s: unknown) => (typeof s === "string" && ts.has(s as "open") ? ts(s as "open") : String(s ?? ""));
  const priorityLabel = (p: unknown) => (typeof p === "string" && tc.has(`priority.${p}` as "priority.low") ? tc(`priority.${p}` as "priority.low") : String(p ?? ""));
  const channelName = event.channel ? tc(`channel.${event.channel}` as "channel.portal") : null;
  const mentions = Array.isArray(d.mentions) ? d.mentions.map((id) => names.people.get(String(id)) ?? "?") : [];
  const answers = Array.isArray(d.answers) ? (d.answers as { label?: unknown; value?: unknown }[]) : [];

  const reason = eventReasonText(t, d);
  const metricLabel = (metric: string | null) => (metric && tsla.has(metric as "firstResponse") ? tsla(metric as "firstResponse") : (metric ?? ""));
  const reasonSuffix = reason ? ` · ${t("reason", { reason })}` : "";

  let detail: React.ReactNode = null;
  switch (event.kind) {
    case "status":
      detail = <p>{statusLabel(d.from)} → {statusLabel(d.to)}{str(d.intoCaseNumber) ? ` · ${t("mergedInto", { number: str(d.intoCaseNumber)! })}` : ""}</p>;
      break;
    case "priority":
    case "escalation":
      detail = <p>{priorityLabel(d.from)} → {priorityLabel(d.to)}{reasonSuffix}</p>;
      break;
    case "assignment":
      detail = <p>{str(d.assigneeId) ? t("assignedTo", { name: names.people.get(str(d.assigneeId)!) ?? "?" }) : t("unassigned")}{reasonSuffix}</p>;
      break;
    case "routing":
      detail = <p>{str(d.queueId) && names.queues.has(str(d.queueId)!) ? `${t("movedToQueue", { queue: names.queues.get(str(d.queueId)!)! })} · ` : ""}{reason ? t("reason", { reason }) : ""}</p>;
      break;
    case "merge":
      detail = Array.isArray(d.fromCaseNumbers) ? <p>{t("mergedFrom", { numbers: d.fromCaseNumbers.join(", ") })}</p> : str(d.intoCaseNumber) ? <p>{t("mergedInto", { number: "" })}<CaseLink number={str(d.intoCaseNumber)!} /></p> : <p>{t("customersMerged")}</p>;
      break;
    case "split":
      detail = str(d.intoCaseNumber) ? <p>{t("splitInto", { number: "" })}<CaseLink number={str(d.intoCaseNumber)!} /></p> : <p>{t("splitFrom", { number: "" })}<CaseLink number={str(d.fromCaseNumber) ?? ""} /></p>;
      break;
    case "link":
      detail = d.kind === "forum_thread" ? (
        <p>{t("linkThread", { label: "" })}<Link className="text-brand-700 underline" href={`/${str(d.locale) ?? "en"}/community/t/${str(d.id)}`}>{str(d.label)}</Link></p>
      ) : (
        <p>{t("linkOrder", { label: str(d.label) ?? "" })}</p>
      );
      break;
    case "survey":
      detail = (
        <div className="space-y-1">
          <p className="flex flex-wrap items-center gap-2">
            {num(d.csat) !== null && <span>{t("csat", { score: num(d.csat)! })}</span>}
            {num(d.ces) !== null && <span>{t("ces", { score: num(d.ces)! })}</span>}
            {d.lowScore === true && <Badge tone="danger">{t("lowScore")}</Badge>}
          </p>
          {answers.length > 0 && (
            <dl className="grid gap-x-3 gap-y-0.5 sm:grid-cols-[auto_1fr]">
              {answers.map((a, i) => (
                <div key={i} className="contents">
                  <dt className="text-zinc-600">{String(a.label ?? "")}:</dt>
                  <dd className="break-words">{String(a.value ?? "")}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      );
      break;
    case "task":
      // A survey's low score stores its numbers (read in the reader's language); older tasks stored a sentence.
      detail = <p>{d.reasonCode === "lowCsat" ? t("taskLowCsat", { csat: Number(d.csat) }) : t("task", { reason: str(d.reason) ?? "" })}{str(d.assigneeUserId) ? ` · ${names.people.get(str(d.assigneeUserId)!) ?? ""}` : ""}{str(d.dueAt) ? ` · ${t("due", { date: format.dateTime(new Date(str(d.dueAt)!), { dateStyle: "medium", timeStyle: "short" }) })}` : ""}</p>;
      break;
    case "sla_warning":
    case "sla_breach":
      detail = <p>{metricLabel(str(d.metric))}{str(d.dueAt) ? ` · ${format.dateTime(new Date(str(d.dueAt)!), { dateStyle: "medium", timeStyle: "short" })}` : ""}</p>;
      break;
    default:
      detail = !event.body && str(d.reason) ? <p>{str(d.reason)}</p> : null;
  }

  return (
    <li className={cn("rounded-md border p-3 text-sm", isInternal ? "border-amber-300 bg-amber-50" : event.kind === "message_in" ? "border-zinc-200 bg-white" : "border-blue-200 bg-blue-50/40")} data-kind={event.kind}>
      <p className="mb-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-700">
        {event.channel && (
          <span role="img" aria-label={channelName ?? event.channel} className="inline-flex h-5 w-5 items-center justify-center rounded bg-zinc-200 text-[11px] font-semibold text-zinc-800">
            {channelGlyph[event.channel] ?? "•"}
          </span>
        )}
        <span className="font-semibold text-zinc-900">{t.has(`events.${event.kind}` as "events.note") ? t(`events.${event.kind}` as "events.note") : event.kind}</span>
        {isInternal && <Badge tone="warning">{t("internal")}</Badge>}
        {channelName && <span>{t("via", { channel: channelName })}</span>}
        <span>{event.authorName ?? (t.has(`authors.${event.author}` as "authors.system") ? t(`authors.${event.author}` as "authors.system") : event.author)}</span>
        {str(d.mergedFromCaseNumber) && <span>{t("copiedFrom", { number: str(d.mergedFromCaseNumber)! })}</span>}
        <time dateTime={new Date(event.createdAt).toISOString()}>{format.dateTime(new Date(event.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
      </p>
      {event.bodyHtml !== null ? <MessageBody html={event.bodyHtml} /> : event.body ? <p className="whitespace-pre-wrap break-words">{event.body}</p> : null}
      {detail && <div className="text-zinc-800">{detail}</div>}
      {mentions.length > 0 && <p className="mt-1 text-xs text-zinc-700">{t("mentions", { names: mentions.join(", ") })}</p>}
      {attachments.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("attachments")}>
          {attachments.map((a) => (
            <li key={a.id}>
              <a className="text-brand-700 underline" href={`/api/attachments/${a.id}`} download>{a.fileName}</a>
            </li>
          ))}
        </ul>
      )}
      {isMessage && onSplit && (
        <button type="button" className="mt-2 text-xs font-medium text-brand-700 underline-offset-2 hover:underline" onClick={() => onSplit(event)}>
          {t("splitAction")}
        </button>
      )}
    </li>
  );
}

function CaseLink({ number }: { number: string }) {
  return <Link className="font-mono text-brand-700 underline" href={`/agent/cases/${number}`}>{number}</Link>;
}
