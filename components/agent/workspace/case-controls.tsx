"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCaseChanged } from "./use-case-changed";
import { useId, useState } from "react";
import { useShortcut } from "@/components/agent/shortcuts";
import { useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field";

const statuses = ["open", "pending_customer", "on_hold", "resolved", "closed"] as const;
const priorities = ["low", "normal", "high", "urgent"] as const;
type Status = (typeof statuses)[number];
type Priority = (typeof priorities)[number];

export type ControlsProps = {
  number: string;
  status: string;
  priority: Priority;
  assigneeId: string | null;
  queueId: string | null;
  meId: string;
  colleagues: { userId: string; displayName: string }[];
  queues: { id: string; name: string }[];
};

/**
 * The case's state, changed in place: status (with a one-click Resolve), priority, assignee (or
 * "assign to me") and escalation to another queue with a reason. Shortcuts: a = assign to me,
 * e = resolve.
 */
export function CaseControls(props: ControlsProps) {
  const t = useTranslations("workspace.header");
  const ts = useTranslations("cases.agent.agentStatus");
  const tp = useTranslations("cases.priority");
  const trpc = useTRPC();
  const id = useId();
  const [queueId, setQueueId] = useState("");
  const [reason, setReason] = useState("");
  const onSuccess = useCaseChanged(props.number);
  const status = useMutation(trpc.cases.setStatus.mutationOptions({ onSuccess }));
  const priority = useMutation(trpc.cases.setPriority.mutationOptions({ onSuccess }));
  const assign = useMutation(trpc.cases.assign.mutationOptions({ onSuccess }));
  const move = useMutation(trpc.cases.moveToQueue.mutationOptions({ onSuccess: () => (setQueueId(""), setReason(""), onSuccess()) }));
  const pending = status.isPending || priority.isPending || assign.isPending || move.isPending;
  const error = status.error ?? priority.error ?? assign.error ?? move.error;
  const isEnded = props.status === "resolved" || props.status === "closed";
  const assignToMe = () => props.assigneeId !== props.meId && assign.mutate({ number: props.number, assigneeId: props.meId });
  const resolve = () => !isEnded && status.mutate({ number: props.number, status: "resolved" });
  useShortcut("a", assignToMe, t("assignToMe"));
  useShortcut("e", resolve, t("resolve"));
  const canAssignToMe = props.colleagues.some((c) => c.userId === props.meId) && props.assigneeId !== props.meId;

  return (
    <div className="space-y-3" aria-busy={pending}>
      <div className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor={`${id}-status`} className="block text-xs font-medium text-zinc-700">{t("status")}</label>
          <select id={`${id}-status`} className={inputStyles} value={props.status === "new" ? "" : props.status} disabled={pending} onChange={(e) => status.mutate({ number: props.number, status: e.target.value as Status })}>
            {props.status === "new" && <option value="">{ts("new")}</option>}
            {statuses.map((s) => (
              <option key={s} value={s}>{ts(s)}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-priority`} className="block text-xs font-medium text-zinc-700">{t("priority")}</label>
          <select id={`${id}-priority`} className={inputStyles} value={props.priority} disabled={pending} onChange={(e) => priority.mutate({ number: props.number, priority: e.target.value as Priority })}>
            {priorities.map((p) => (
              <option key={p} value={p}>{tp(p)}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-assignee`} className="block text-xs font-medium text-zinc-700">{t("assignee")}</label>
          <select id={`${id}-assignee`} className={inputStyles} value={props.assigneeId ?? ""} disabled={pending || props.status === "closed"} onChange={(e) => assign.mutate({ number: props.number, assigneeId: e.target.value || null })}>
            <option value="">{t("unassigned")}</option>
            {props.colleagues.map((c) => (
              <option key={c.userId} value={c.userId}>{c.displayName}</option>
            ))}
          </select>
        </div>
        {canAssignToMe && (
          <Button type="button" variant="secondary" disabled={pending} onClick={assignToMe} aria-keyshortcuts="a">
            {t("assignToMe")}
          </Button>
        )}
        <Button type="button" disabled={pending || isEnded} onClick={resolve} aria-keyshortcuts="e">
          {t("resolve")}
        </Button>
      </div>
      <details className="group">
        <summary className="cursor-pointer text-sm font-medium text-brand-700 underline-offset-2 hover:underline">{t("escalate")}</summary>
        <form
          className="mt-2 flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (queueId) move.mutate({ number: props.number, queueId, ...(reason.trim() ? { reason: reason.trim() } : {}) });
          }}
        >
          <div className="space-y-1">
            <label htmlFor={`${id}-queue`} className="block text-xs font-medium text-zinc-700">{t("queue")}</label>
            <select id={`${id}-queue`} className={inputStyles} value={queueId} required onChange={(e) => setQueueId(e.target.value)}>
              <option value="">—</option>
              {props.queues.filter((q) => q.id !== props.queueId).map((q) => (
                <option key={q.id} value={q.id}>{q.name}</option>
              ))}
            </select>
          </div>
          <div className="min-w-48 flex-1 space-y-1">
            <label htmlFor={`${id}-reason`} className="block text-xs font-medium text-zinc-700">{t("escalateReason")}</label>
            <input id={`${id}-reason`} className={inputStyles} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
          </div>
          <Button type="submit" variant="secondary" disabled={pending || isEnded || !queueId}>{t("escalateSubmit")}</Button>
        </form>
      </details>
      <p role="status" aria-live="polite" className="text-sm">
        {error && <span className="text-red-700">{error.message}</span>}
      </p>
    </div>
  );
}
