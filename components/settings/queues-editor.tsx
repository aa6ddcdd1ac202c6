"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { TextField } from "@/components/ui/field";
import { fieldError, SaveFeedback } from "./feedback";
import { FormActions, SelectField } from "./form-parts";

type Strategy = "least_load" | "round_robin";
type Draft = {
  id: string | null;
  key: string;
  name: string;
  strategy: Strategy;
  fallbackQueueId: string | null;
  isDefault: boolean;
  leadUserId: string | null;
  memberIds: string[];
};

/** Admin: queues with their strategy, fallback, lead and members. */
export function QueuesEditor() {
  const t = useTranslations("settings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const queues = useQuery(trpc.settings.queues.queryOptions());
  const agents = useQuery(trpc.settings.agents.queryOptions());
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const done = () => {
    setMessage(t("saved"));
    setDraft(null);
    return queryClient.invalidateQueries({ queryKey: trpc.settings.queues.queryKey() });
  };
  const create = useMutation(trpc.settings.createQueue.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.settings.updateQueue.mutationOptions({ onSuccess: done }));
  const error = create.error ?? update.error;
  const rows = queues.data ?? [];
  const nameOf = (id: string | null) => rows.find((q) => q.id === id)?.name ?? t("queues.noFallback");
  const err = (field: string) => fieldError(error, field) ?? fieldError(error, `data.${field}`);
  const open = (next: Draft) => {
    create.reset();
    update.reset();
    setMessage(null);
    setDraft(next);
  };

  return (
    <div className="space-y-4">
      <div className="flex justify-end">
        <Button
          type="button"
          onClick={() =>
            open({
              id: null,
              key: "",
              name: "",
              strategy: "least_load",
              fallbackQueueId: rows.find((q) => q.isDefault)?.id ?? null,
              isDefault: false,
              leadUserId: null,
              memberIds: [],
            })
          }
        >
          {t("queues.new")}
        </Button>
      </div>
      <SaveFeedback message={message} error={error} />
      {draft && (
        <Card aria-labelledby="queue-form-title">
          <CardTitle id="queue-form-title">{draft.id ? t("queues.editTitle", { name: draft.name }) : t("queues.newTitle")}</CardTitle>
          <form
            className="grid gap-4 md:grid-cols-2"
            onSubmit={(e) => {
              e.preventDefault();
              const { id, ...data } = draft;
              if (id) update.mutate({ id, data });
              else create.mutate(data);
            }}
          >
            <TextField
              id="queue-name"
              label={t("queues.name")}
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              error={err("name")}
              required
              maxLength={120}
            />
            <TextField
              id="queue-key"
              label={t("queues.key")}
              hint={t("queues.keyHint")}
              value={draft.key}
              onChange={(e) => setDraft({ ...draft, key: e.target.value })}
              error={err("key")}
              required
              maxLength={40}
            />
            <SelectField
              id="queue-strategy"
              label={t("queues.strategy")}
              value={draft.strategy}
              onChange={(value) => setDraft({ ...draft, strategy: value as Strategy })}
            >
              <option value="least_load">{t("values.least_load")}</option>
              <option value="round_robin">{t("values.round_robin")}</option>
            </SelectField>
            <SelectField
              id="queue-fallback"
              label={t("queues.fallback")}
              value={draft.fallbackQueueId ?? ""}
              onChange={(value) => setDraft({ ...draft, fallbackQueueId: value || null })}
            >
              <option value="">{t("queues.noFallback")}</option>
              {rows
                .filter((q) => q.id !== draft.id)
                .map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.name}
                  </option>
                ))}
            </SelectField>
            <SelectField
              id="queue-lead"
              label={t("queues.lead")}
              value={draft.leadUserId ?? ""}
              onChange={(value) => setDraft({ ...draft, leadUserId: value || null })}
            >
              <option value="">{t("queues.noLead")}</option>
              {agents.data?.map((a) => (
                <option key={a.userId} value={a.userId}>
                  {a.displayName}
                </option>
              ))}
            </SelectField>
            <label className="flex items-center gap-2 self-end pb-2 text-sm font-medium text-zinc-800">
              <input type="checkbox" className="size-4" checked={draft.isDefault} onChange={(e) => setDraft({ ...draft, isDefault: e.target.checked })} />
              {t("queues.isDefault")}
            </label>
            <fieldset className="md:col-span-2">
              <legend className="mb-2 text-sm font-medium text-zinc-800">{t("queues.members")}</legend>
              <div className="grid max-h-56 gap-1 overflow-y-auto sm:grid-cols-2 lg:grid-cols-3">
                {agents.data?.map((a) => (
                  <label key={a.userId} className="flex items-center gap-2 text-sm text-zinc-800">
                    <input
                      type="checkbox"
                      className="size-4"
                      checked={draft.memberIds.includes(a.userId)}
                      onChange={(e) =>
                        setDraft({ ...draft, memberIds: e.target.checked ? [...draft.memberIds, a.userId] : draft.memberIds.filter((m) => m !== a.userId) })
                      }
                    />
                    {a.displayName}
                  </label>
                ))}
              </div>
            </fieldset>
            <FormActions isSaving={create.isPending || update.isPending} onCancel={() => setDraft(null)} />
          </form>
        </Card>
      )}
      <DataTable
        columns={[
          { label: t("queues.columns.name") },
          { label: t("queues.columns.strategy") },
          { label: t("queues.columns.fallback") },
          { label: t("queues.columns.members") },
          { label: t("actions") },
        ]}
        isBusy={queues.isPending}
      >
        {rows.map((q) => (
          <tr key={q.id}>
            <td className="px-4 py-2 font-medium text-zinc-900">
              {q.name} <span className="font-mono text-xs text-zinc-600">{q.key}</span> {q.isDefault && <Badge tone="info">{t("queues.default")}</Badge>}
            </td>
            <td className="px-4 py-2 text-zinc-700">{t(`values.${q.strategy}`)}</td>
            <td className="px-4 py-2 text-zinc-700">{nameOf(q.fallbackQueueId)}</td>
            <td className="px-4 py-2 text-zinc-700">{t("queues.memberCount", { count: q.memberIds.length })}</td>
            <td className="px-4 py-2">
              <Button
                type="button"
                variant="secondary"
                className="min-h-9 py-1"
                aria-label={`${t("edit")}: ${q.name}`}
                onClick={() =>
                  open({
                    id: q.id,
                    key: q.key,
                    name: q.name,
                    strategy: q.strategy,
                    fallbackQueueId: q.fallbackQueueId,
                    isDefault: q.isDefault,
                    leadUserId: q.leadUserId,
                    memberIds: q.memberIds,
                  })
                }
              >
                {t("edit")}
              </Button>
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
