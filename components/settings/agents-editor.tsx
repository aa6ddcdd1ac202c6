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
import { inputStyles, TextField } from "@/components/ui/field";
import { fieldError, SaveFeedback } from "./feedback";
import { FormActions } from "./form-parts";

type Locale = "en" | "fr" | "it";
type Draft = { userId: string; displayName: string; languages: Locale[]; capacity: number; isQueueLead: boolean; skills: Record<string, number> };
const locales: Locale[] = ["en", "fr", "it"];

/** Admin: each agent's languages, capacity, lead flag and skills with proficiency. */
export function AgentsEditor() {
  const t = useTranslations("settings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const agents = useQuery(trpc.settings.agents.queryOptions());
  const skills = useQuery(trpc.settings.skills.queryOptions());
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const update = useMutation(
    trpc.settings.updateAgent.mutationOptions({
      onSuccess: () => {
        setMessage(t("saved"));
        setDraft(null);
        return queryClient.invalidateQueries({ queryKey: trpc.settings.agents.queryKey() });
      },
    }),
  );
  const skillName = (id: string) => skills.data?.find((s) => s.id === id)?.name ?? "";
  const rows = agents.data ?? [];
  const err = (field: string) => fieldError(update.error, `data.${field}`);

  return (
    <div className="space-y-4">
      <SaveFeedback message={message} error={update.error} />
      {draft && (
        <Card aria-labelledby="agent-form-title">
          <CardTitle id="agent-form-title">{t("agents.editTitle", { name: draft.displayName })}</CardTitle>
          <form
            className="grid gap-4 md:grid-cols-2"
            onSubmit={(e) => {
              e.preventDefault();
              const { userId, skills: levels, ...data } = draft;
              update.mutate({ userId, data: { ...data, skills: Object.entries(levels).map(([skillId, proficiency]) => ({ skillId, proficiency })) } });
            }}
          >
            <TextField
              id="agent-name"
              label={t("agents.displayName")}
              value={draft.displayName}
              onChange={(e) => setDraft({ ...draft, displayName: e.target.value })}
              error={err("displayName")}
              required
              maxLength={120}
            />
            <TextField
              id="agent-capacity"
              type="number"
              min={1}
              max={100}
              label={t("agents.capacity")}
              value={draft.capacity}
              onChange={(e) => setDraft({ ...draft, capacity: Number(e.target.value) })}
              error={err("capacity")}
              required
            />
            <fieldset>
              <legend className="mb-1 text-sm font-medium text-zinc-800">{t("agents.languages")}</legend>
              <div className="flex gap-4">
                {locales.map((l) => (
                  <label key={l} className="flex items-center gap-1.5 text-sm text-zinc-800">
                    <input
                      type="checkbox"
                      className="size-4"
                      checked={draft.languages.includes(l)}
                      onChange={(e) => setDraft({ ...draft, languages: e.target.checked ? [...draft.languages, l] : draft.languages.filter((x) => x !== l) })}
                    />
                    {t(`locales.${l}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            <label className="flex items-center gap-2 text-sm font-medium text-zinc-800">
              <input type="checkbox" className="size-4" checked={draft.isQueueLead} onChange={(e) => setDraft({ ...draft, isQueueLead: e.target.checked })} />
              {t("agents.isQueueLead")}
            </label>
            <fieldset className="md:col-span-2">
              <legend className="mb-2 text-sm font-medium text-zinc-800">{t("agents.skills")}</legend>
              <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                {skills.data?.map((skill) => (
                  <div key={skill.id} className="flex items-center justify-between gap-2">
                    <label htmlFor={`agent-skill-${skill.id}`} className="text-sm text-zinc-800">
                      {skill.name}
                    </label>
                    <select
                      id={`agent-skill-${skill.id}`}
                      aria-label={t("agents.proficiencyFor", { skill: skill.name })}
                      value={draft.skills[skill.id] ?? 0}
                      onChange={(e) => {
                        const level = Number(e.target.value);
                        const next = { ...draft.skills };
                        if (level === 0) delete next[skill.id];
                        else next[skill.id] = level;
                        setDraft({ ...draft, skills: next });
                      }}
                      className={`${inputStyles} min-h-9 w-20 py-1`}
                    >
                      <option value={0}>{t("agents.notSkilled")}</option>
                      {[1, 2, 3, 4, 5].map((n) => (
                        <option key={n} value={n}>
                          {n}
                        </option>
                      ))}
                    </select>
                  </div>
                ))}
              </div>
            </fieldset>
            <FormActions isSaving={update.isPending} onCancel={() => setDraft(null)} />
          </form>
        </Card>
      )}
      {agents.isSuccess && rows.length === 0 ? (
        <EmptyState title={t("agents.empty")} hint={t("agents.emptyHint")} />
      ) : (
        <DataTable
          columns={[
            { label: t("agents.columns.name") },
            { label: t("agents.columns.languages") },
            { label: t("agents.columns.capacity"), isNumeric: true },
            { label: t("agents.columns.skills") },
            { label: t("actions") },
          ]}
          isBusy={agents.isPending}
        >
          {rows.map((agent) => (
            <tr key={agent.userId}>
              <td className="px-4 py-2">
                <span className="font-medium text-zinc-900">{agent.displayName}</span>{" "}
                {agent.isQueueLead && <Badge tone="info">{t("agents.isQueueLead")}</Badge>}
                <span className="block text-xs text-zinc-600">{agent.email}</span>
              </td>
              <td className="px-4 py-2 text-zinc-700">{agent.languages.map((l) => t(`locales.${l}`)).join(", ")}</td>
              <td className="px-4 py-2 text-right tabular-nums text-zinc-700">{agent.capacity}</td>
              <td className="px-4 py-2 text-zinc-700">{agent.skills.map((s) => `${skillName(s.skillId)} ${s.proficiency}/5`).join(", ") || "—"}</td>
              <td className="px-4 py-2">
                <Button
                  type="button"
                  variant="secondary"
                  className="min-h-9 py-1"
                  aria-label={`${t("edit")}: ${agent.displayName}`}
                  onClick={() => {
                    update.reset();
                    setMessage(null);
                    setDraft({
                      userId: agent.userId,
                      displayName: agent.displayName,
                      languages: agent.languages,
                      capacity: agent.capacity,
                      isQueueLead: agent.isQueueLead,
                      skills: Object.fromEntries(agent.skills.map((s) => [s.skillId, s.proficiency])),
                    });
                  }}
                >
                  {t("edit")}
                </Button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
