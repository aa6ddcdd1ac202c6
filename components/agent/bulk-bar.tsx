"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { inputStyles } from "@/components/ui/field";
import type { BulkAction, BulkUpdate } from "./use-bulk-update";

const statuses = ["open", "pending_customer", "on_hold", "resolved", "closed"] as const;
const priorities = ["low", "normal", "high", "urgent"] as const;
const selectStyles = cn(inputStyles, "min-h-9 w-auto py-1");

/** Acts on the selected rows: assign (to me, to an agent, to nobody), status, priority, merge. */
export function BulkBar({ picked, pageNumbers, onPick, bulk }: { picked: string[]; pageNumbers: string[]; onPick: (numbers: string[]) => void; bulk: BulkUpdate }) {
  const t = useTranslations("queues");
  const tc = useTranslations("cases");
  const trpc = useTRPC();
  const options = useQuery(trpc.queues.options.queryOptions());
  const id = useId();
  const [assignee, setAssignee] = useState("");
  const [status, setStatus] = useState("");
  const [priority, setPriority] = useState("");
  const isAllPicked = pageNumbers.length > 0 && pageNumbers.every((n) => picked.includes(n));
  const isDisabled = picked.length === 0 || bulk.isPending;
  const apply = (action: BulkAction) => bulk.run(picked, action, () => onPick([]));

  return (
    <section aria-label={t("bulk.label")} className="w-full space-y-2 rounded-lg border border-zinc-200 bg-white p-3">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-2 font-medium text-zinc-800">
          <input type="checkbox" className="size-4 accent-brand-600" checked={isAllPicked} onChange={() => onPick(isAllPicked ? [] : pageNumbers)} />
          {t("bulk.selectPage")}
        </label>
        <span className="text-zinc-700" aria-live="polite">
          {t("bulk.selected", { count: picked.length })}
        </span>
        {picked.length > 0 && (
          <Button variant="ghost" className="min-h-9 px-2" onClick={() => onPick([])}>
            {t("bulk.clear")}
          </Button>
        )}
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <Button className="min-h-9" disabled={isDisabled} onClick={() => apply({ kind: "assignToMe" })}>
          {t("bulk.assignToMe")}
        </Button>
        <Picker id={`${id}-assignee`} label={t("bulk.assignTo")} value={assignee} onChange={setAssignee} isDisabled={isDisabled} onApply={() => apply({ kind: "assign", assigneeId: assignee === "none" ? null : assignee })} apply={t("bulk.apply")}>
          <option value="">{t("bulk.choose")}</option>
          <option value="none">{t("bulk.unassign")}</option>
          {options.data?.agents.map((a) => (
            <option key={a.userId} value={a.userId}>
              {a.name}
            </option>
          ))}
        </Picker>
        <Picker id={`${id}-status`} label={t("bulk.status")} value={status} onChange={setStatus} isDisabled={isDisabled} onApply={() => apply({ kind: "status", status: status as (typeof statuses)[number] })} apply={t("bulk.apply")}>
          <option value="">{t("bulk.choose")}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </Picker>
        <Picker id={`${id}-priority`} label={t("bulk.priority")} value={priority} onChange={setPriority} isDisabled={isDisabled} onApply={() => apply({ kind: "priority", priority: priority as (typeof priorities)[number] })} apply={t("bulk.apply")}>
          <option value="">{t("bulk.choose")}</option>
          {priorities.map((p) => (
            <option key={p} value={p}>
              {tc(`priority.${p}`)}
            </option>
          ))}
        </Picker>
        <Button variant="secondary" className="min-h-9" disabled={isDisabled || picked.length < 2} onClick={() => apply({ kind: "merge" })} title={t("bulk.mergeHint")}>
          {t("bulk.merge")}
        </Button>
      </div>
      <div role="status" aria-live="polite" className="text-sm">
        {bulk.message && <p className="text-zinc-800">{bulk.message}</p>}
        {bulk.refused.length > 0 && (
          <ul className="mt-1 list-disc pl-5 text-red-700">
            {bulk.refused.map((r) => (
              <li key={r.number}>{t("bulk.refused", { number: r.number, message: r.message })}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function Picker(props: { id: string; label: string; value: string; onChange: (v: string) => void; isDisabled: boolean; onApply: () => void; apply: string; children: ReactNode }) {
  return (
    <div className="flex items-end gap-1">
      <div>
        <label htmlFor={props.id} className="block text-xs font-medium text-zinc-700">
          {props.label}
        </label>
        <select id={props.id} className={selectStyles} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          {props.children}
        </select>
      </div>
      <Button variant="secondary" className="min-h-9 px-3" disabled={props.isDisabled || !props.value} onClick={props.onApply} aria-label={`${props.label}: ${props.apply}`}>
        {props.apply}
      </Button>
    </div>
  );
}
