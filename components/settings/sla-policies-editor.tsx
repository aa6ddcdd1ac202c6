"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { TextField } from "@/components/ui/field";
import { slaMetrics, slaPriorities, type RuleConditionInput, type SlaPolicyData } from "@/server/settings/schemas";
import { ConditionEditor, useDescribeConditions, type ConditionOptions } from "./condition-editor";
import { fieldError, SaveFeedback } from "./feedback";
import { ConfirmDeleteButton, FormActions, MoveButtons, SelectField } from "./form-parts";

type Targets = SlaPolicyData["targets"];
type Draft = {
  id: string | null;
  name: string;
  isActive: boolean;
  match: "all" | "any";
  conditions: RuleConditionInput[];
  calendarId: string;
  targets: Targets;
  warnAtPercent: number;
};

// The seeded "Standard" targets (db/seed/cases/reference.ts), a sensible start for a new policy.
const defaultTargets: Targets = {
  low: { firstResponse: 1440, nextResponse: 1440, resolution: 7200 },
  normal: { firstResponse: 480, nextResponse: 480, resolution: 2880 },
  high: { firstResponse: 120, nextResponse: 240, resolution: 1440 },
  urgent: { firstResponse: 30, nextResponse: 60, resolution: 480 },
};

/** "4 h", "1 h 30 min", "45 min" in the user's locale: business minutes are easier to check as hours. */
export function useDurationLabel() {
  const locale = useLocale();
  const hours = new Intl.NumberFormat(locale, { style: "unit", unit: "hour", unitDisplay: "short" });
  const minutes = new Intl.NumberFormat(locale, { style: "unit", unit: "minute", unitDisplay: "short" });
  return (total: number) => {
    if (!Number.isFinite(total) || total <= 0) return "";
    const h = Math.floor(total / 60);
    const m = Math.round(total % 60);
    return [h > 0 && hours.format(h), m > 0 && minutes.format(m)].filter(Boolean).join(" ");
  };
}

/** Admin: the ordered SLA policies, with move up/down, edit and delete (deactivate once cases use one). */
export function SlaPoliciesEditor({ options, calendars }: { options: ConditionOptions; calendars: { id: string; name: string }[] }) {
  const t = useTranslations("settings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const policies = useQuery(trpc.settings.slaPolicies.queryOptions());
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const describe = useDescribeConditions(options);
  const duration = useDurationLabel();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.settings.slaPolicies.queryKey() });
  const done =
    (text: string, close = true) =>
    () => {
      setMessage(text);
      if (close) setDraft(null);
      return refresh();
    };
  const create = useMutation(trpc.settings.createSlaPolicy.mutationOptions({ onSuccess: done(t("saved")) }));
  const update = useMutation(trpc.settings.updateSlaPolicy.mutationOptions({ onSuccess: done(t("saved")) }));
  const remove = useMutation(
    trpc.settings.deleteSlaPolicy.mutationOptions({ onSuccess: (result) => done(result.deactivated ? t("sla.deactivated") : t("deleted"))() }),
  );
  const move = useMutation(trpc.settings.moveSlaPolicy.mutationOptions({ onSuccess: done(t("saved"), false) }));
  const saveError = create.error ?? update.error;
  // Create reports fields at their path, update under "data.".
  const errorAt = (path: string) => fieldError(saveError, path) ?? fieldError(saveError, `data.${path}`);

  const open = (next: Draft) => {
    create.reset();
    update.reset();
    setMessage(null);
    setDraft(next);
  };
  const submit = () => {
    if (!draft) return;
    const { id, ...data } = draft;
    if (id) update.mutate({ id, data });
    else create.mutate(data);
  };
  const setTarget = (priority: (typeof slaPriorities)[number], metric: (typeof slaMetrics)[number], value: number) =>
    draft && setDraft({ ...draft, targets: { ...draft.targets, [priority]: { ...draft.targets[priority], [metric]: value } } });
  const rows = policies.data ?? [];

  if (calendars.length === 0) return <EmptyState title={t("calendars.empty")} hint={t("sla.noCalendar")} />;
  return (
    <div className="space-y-4">
      <div className="flex justify-end">
        <Button
          type="button"
          onClick={() => open({ id: null, name: "", isActive: true, match: "all", conditions: [], calendarId: calendars[0]!.id, targets: defaultTargets, warnAtPercent: 75 })}
        >
          {t("sla.new")}
        </Button>
      </div>
      <SaveFeedback message={message} error={saveError ?? remove.error ?? move.error} />

      {draft && (
        <Card aria-labelledby="sla-form-title">
          <CardTitle id="sla-form-title">{draft.id ? t("sla.editTitle", { name: draft.name }) : t("sla.newTitle")}</CardTitle>
          <form
            className="grid gap-4 md:grid-cols-2"
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <TextField
              id="sla-name"
              label={t("sla.name")}
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              error={errorAt("name")}
              required
              maxLength={120}
            />
            <SelectField id="sla-calendar" label={t("sla.calendar")} value={draft.calendarId} onChange={(value) => setDraft({ ...draft, calendarId: value })}>
              {calendars.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </SelectField>
            <SelectField id="sla-match" label={t("sla.match")} value={draft.match} onChange={(value) => setDraft({ ...draft, match: value as Draft["match"] })}>
              <option value="all">{t("sla.matchAll")}</option>
              <option value="any">{t("sla.matchAny")}</option>
            </SelectField>
            <TextField
              id="sla-warn"
              type="number"
              min={1}
              max={99}
              label={t("sla.warnAtPercent")}
              value={draft.warnAtPercent}
              onChange={(e) => setDraft({ ...draft, warnAtPercent: Number(e.target.value) })}
              error={errorAt("warnAtPercent")}
            />
            <label className="flex items-center gap-2 text-sm font-medium text-zinc-800 md:col-span-2">
              <input type="checkbox" className="size-4" checked={draft.isActive} onChange={(e) => setDraft({ ...draft, isActive: e.target.checked })} />
              {t("sla.isActive")}
            </label>
            <ConditionEditor idPrefix="sla" conditions={draft.conditions} onChange={(conditions) => setDraft({ ...draft, conditions })} options={options} />
            <fieldset className="md:col-span-2">
              <legend className="mb-2 text-sm font-medium text-zinc-800">{t("sla.targets")}</legend>
              <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
                {slaPriorities.map((priority) => (
                  <fieldset key={priority} className="space-y-2 rounded-md border border-zinc-200 p-3">
                    <legend className="px-1 text-sm font-semibold text-zinc-800">{t(`values.${priority}`)}</legend>
                    {slaMetrics.map((metric) => (
                      <TextField
                        key={metric}
                        id={`sla-${priority}-${metric}`}
                        type="number"
                        min={1}
                        step={1}
                        required
                        label={t("sla.minutes", { metric: t(`sla.metrics.${metric}`) })}
                        hint={duration(draft.targets[priority][metric])}
                        value={Number.isNaN(draft.targets[priority][metric]) ? "" : draft.targets[priority][metric]}
                        onChange={(e) => setTarget(priority, metric, e.target.valueAsNumber)}
                        error={errorAt(`targets.${priority}.${metric}`)}
                      />
                    ))}
                  </fieldset>
                ))}
              </div>
            </fieldset>
            <FormActions isSaving={create.isPending || update.isPending} onCancel={() => setDraft(null)} />
          </form>
        </Card>
      )}

      {policies.isSuccess && rows.length === 0 ? (
        <EmptyState title={t("sla.empty")} hint={t("sla.emptyHint")} />
      ) : (
        <DataTable
          columns={[
            { label: t("sla.columns.order"), isNumeric: true },
            { label: t("sla.columns.name") },
            { label: t("sla.columns.conditions") },
            { label: t("sla.columns.calendar") },
            { label: t("sla.columns.targets") },
            { label: t("sla.columns.status") },
            { label: t("actions") },
          ]}
          isBusy={policies.isPending || move.isPending}
        >
          {rows.map((policy, index) => (
            <tr key={policy.id}>
              <td className="px-4 py-2 text-right tabular-nums text-zinc-700">{index + 1}</td>
              <td className="min-w-40 px-4 py-2 font-medium text-zinc-900">{policy.name}</td>
              <td className="min-w-56 px-4 py-2 text-zinc-700">
                <p className="text-xs text-zinc-600">{policy.match === "all" ? t("sla.matchAll") : t("sla.matchAny")}</p>
                <ul className="space-y-0.5">
                  {describe(policy.conditions).map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </td>
              <td className="px-4 py-2 text-zinc-700">{policy.calendarName}</td>
              <td className="min-w-48 px-4 py-2 text-zinc-700">
                <ul className="space-y-0.5">
                  {slaPriorities.map((p) => (
                    <li key={p}>
                      {t(`values.${p}`)}: {duration(policy.targets[p].firstResponse)} / {duration(policy.targets[p].resolution)}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="px-4 py-2">
                <Badge tone={policy.isActive ? "success" : "neutral"}>{policy.isActive ? t("active") : t("inactive")}</Badge>
              </td>
              <td className="px-4 py-2">
                <div className="flex gap-1">
                  <MoveButtons
                    name={policy.name}
                    isFirst={index === 0}
                    isLast={index === rows.length - 1}
                    disabled={move.isPending}
                    onMove={(direction) => move.mutate({ id: policy.id, direction })}
                  />
                  <Button
                    type="button"
                    variant="secondary"
                    className="min-h-9 py-1"
                    aria-label={`${t("edit")}: ${policy.name}`}
                    onClick={() =>
                      open({
                        id: policy.id,
                        name: policy.name,
                        isActive: policy.isActive,
                        match: policy.match,
                        conditions: policy.conditions,
                        calendarId: policy.calendarId,
                        targets: policy.targets,
                        warnAtPercent: policy.warnAtPercent,
                      })
                    }
                  >
                    {t("edit")}
                  </Button>
                  <ConfirmDeleteButton
                    label={`${t("delete")}: ${policy.name}`}
                    confirm={t("sla.confirmDelete", { name: policy.name })}
                    disabled={remove.isPending}
                    onConfirm={() => remove.mutate({ id: policy.id })}
                  />
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
