"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { TextField } from "@/components/ui/field";
import type { RuleConditionInput } from "@/server/settings/schemas";
import { ConditionEditor, useDescribeConditions, type ConditionOptions } from "./condition-editor";
import { fieldError, SaveFeedback } from "./feedback";
import { ConfirmDeleteButton, FormActions, MoveButtons, SelectField } from "./form-parts";

type Priority = "low" | "normal" | "high" | "urgent";
type Draft = {
  id: string | null;
  name: string;
  queueId: string;
  priority: Priority | null;
  requiredSkill: string | null;
  minProficiency: number;
  isActive: boolean;
  conditions: RuleConditionInput[];
};
export type RoutingOptions = ConditionOptions & { queues: { id: string; name: string }[]; skills: { key: string; name: string }[] };

const priorities: Priority[] = ["low", "normal", "high", "urgent"];

/** Admin: the ordered routing rules, with move up/down, edit, enable/disable and delete. */
export function RoutingRulesEditor({ options }: { options: RoutingOptions }) {
  const t = useTranslations("settings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rules = useQuery(trpc.settings.rules.queryOptions());
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const describe = useDescribeConditions(options);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.settings.rules.queryKey() });
  const done =
    (text: string, close = true) =>
    () => {
      setMessage(text);
      if (close) setDraft(null);
      return refresh();
    };
  const create = useMutation(trpc.settings.createRule.mutationOptions({ onSuccess: done(t("saved")) }));
  const update = useMutation(trpc.settings.updateRule.mutationOptions({ onSuccess: done(t("saved")) }));
  const remove = useMutation(trpc.settings.deleteRule.mutationOptions({ onSuccess: done(t("deleted")) }));
  const move = useMutation(trpc.settings.moveRule.mutationOptions({ onSuccess: done(t("saved"), false) }));
  const saveError = create.error ?? update.error;

  const open = (next: Draft) => {
    create.reset();
    update.reset();
    setMessage(null);
    setDraft(next);
  };
  const submit = () => {
    if (!draft) return;
    const data = {
      name: draft.name,
      queueId: draft.queueId,
      priority: draft.priority,
      requiredSkill: draft.requiredSkill,
      minProficiency: draft.minProficiency,
      isActive: draft.isActive,
      conditions: draft.conditions,
    };
    if (draft.id) update.mutate({ id: draft.id, data });
    else create.mutate(data);
  };
  const rows = rules.data ?? [];

  return (
    <div className="space-y-4">
      <div className="flex justify-end">
        <Button
          type="button"
          onClick={() =>
            open({
              id: null,
              name: "",
              queueId: options.queues[0]?.id ?? "",
              priority: null,
              requiredSkill: null,
              minProficiency: 1,
              isActive: true,
              conditions: [{ field: "category", op: "in", values: [] }],
            })
          }
        >
          {t("routing.new")}
        </Button>
      </div>
      <SaveFeedback message={message} error={saveError ?? remove.error ?? move.error} />

      {draft && (
        <Card aria-labelledby="rule-form-title">
          <CardTitle id="rule-form-title">{draft.id ? t("routing.editTitle", { name: draft.name }) : t("routing.newTitle")}</CardTitle>
          <form
            className="grid gap-4 md:grid-cols-2"
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <TextField
              id="rule-name"
              label={t("routing.name")}
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              error={fieldError(saveError, "name") ?? fieldError(saveError, "data.name")}
              required
              maxLength={120}
            />
            <SelectField id="rule-queue" label={t("routing.queue")} value={draft.queueId} onChange={(value) => setDraft({ ...draft, queueId: value })}>
              {options.queues.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              id="rule-priority"
              label={t("routing.priority")}
              value={draft.priority ?? ""}
              onChange={(value) => setDraft({ ...draft, priority: (value || null) as Priority | null })}
            >
              <option value="">{t("routing.keepPriority")}</option>
              {priorities.map((p) => (
                <option key={p} value={p}>
                  {t(`values.${p}`)}
                </option>
              ))}
            </SelectField>
            <div className="grid grid-cols-2 gap-3">
              <SelectField
                id="rule-skill"
                label={t("routing.skill")}
                value={draft.requiredSkill ?? ""}
                onChange={(value) => setDraft({ ...draft, requiredSkill: value || null })}
              >
                <option value="">{t("routing.categorySkill")}</option>
                {options.skills.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.name}
                  </option>
                ))}
              </SelectField>
              <TextField
                id="rule-proficiency"
                type="number"
                min={1}
                max={5}
                label={t("routing.minProficiency")}
                value={draft.minProficiency}
                onChange={(e) => setDraft({ ...draft, minProficiency: Number(e.target.value) })}
                error={fieldError(saveError, "minProficiency") ?? fieldError(saveError, "data.minProficiency")}
              />
            </div>
            <label className="flex items-center gap-2 text-sm font-medium text-zinc-800 md:col-span-2">
              <input type="checkbox" className="size-4" checked={draft.isActive} onChange={(e) => setDraft({ ...draft, isActive: e.target.checked })} />
              {t("routing.isActive")}
            </label>
            <ConditionEditor idPrefix="rule" conditions={draft.conditions} onChange={(conditions) => setDraft({ ...draft, conditions })} options={options} />
            <FormActions isSaving={create.isPending || update.isPending} onCancel={() => setDraft(null)} />
          </form>
        </Card>
      )}

      {rules.isSuccess && rows.length === 0 ? (
        <EmptyState title={t("routing.empty")} hint={t("routing.emptyHint")} />
      ) : (
        <DataTable
          columns={[
            { label: t("routing.columns.order"), isNumeric: true },
            { label: t("routing.columns.name") },
            { label: t("routing.columns.conditions") },
            { label: t("routing.columns.queue") },
            { label: t("routing.columns.status") },
            { label: t("actions") },
          ]}
          isBusy={rules.isPending || move.isPending}
        >
          {rows.map((rule, index) => (
            <tr key={rule.id}>
              <td className="px-4 py-2 text-right tabular-nums text-zinc-700">{index + 1}</td>
              <td className="min-w-40 px-4 py-2 font-medium text-zinc-900">{rule.name}</td>
              <td className="min-w-56 px-4 py-2 text-zinc-700">
                <ul className="space-y-0.5">
                  {describe(rule.conditions).map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </td>
              <td className="px-4 py-2 text-zinc-700">
                {rule.queueName}
                {rule.priority && <span className="ml-2 text-xs text-zinc-600">({t(`values.${rule.priority}`)})</span>}
              </td>
              <td className="px-4 py-2">
                <Badge tone={rule.isActive ? "success" : "neutral"}>{rule.isActive ? t("active") : t("inactive")}</Badge>
              </td>
              <td className="px-4 py-2">
                <div className="flex gap-1">
                  <MoveButtons
                    name={rule.name}
                    isFirst={index === 0}
                    isLast={index === rows.length - 1}
                    disabled={move.isPending}
                    onMove={(direction) => move.mutate({ id: rule.id, direction })}
                  />
                  <Button
                    type="button"
                    variant="secondary"
                    className="min-h-9 py-1"
                    aria-label={`${t("edit")}: ${rule.name}`}
                    onClick={() =>
                      open({
                        id: rule.id,
                        name: rule.name,
                        queueId: rule.queueId,
                        priority: rule.priority,
                        requiredSkill: rule.requiredSkill,
                        minProficiency: rule.minProficiency,
                        isActive: rule.isActive,
                        conditions: rule.conditions,
                      })
                    }
                  >
                    {t("edit")}
                  </Button>
                  <ConfirmDeleteButton
                    label={`${t("delete")}: ${rule.name}`}
                    confirm={t("routing.confirmDelete", { name: rule.name })}
                    disabled={remove.isPending}
                    onConfirm={() => remove.mutate({ id: rule.id })}
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
