"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { inputStyles, TextField } from "@/components/ui/field";
import { fieldError, SaveFeedback } from "./feedback";
import { ConfirmDeleteButton } from "./form-parts";

/** Admin: skills, created inline and renamed in place. */
export function SkillsEditor() {
  const t = useTranslations("settings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const skills = useQuery(trpc.settings.skills.queryOptions());
  const [created, setCreated] = useState({ key: "", name: "" });
  const [edits, setEdits] = useState<Record<string, { key: string; name: string }>>({});
  const [message, setMessage] = useState<string | null>(null);
  const done = (text: string) => () => {
    setMessage(text);
    return queryClient.invalidateQueries({ queryKey: trpc.settings.skills.queryKey() });
  };
  const create = useMutation(
    trpc.settings.createSkill.mutationOptions({
      onSuccess: () => {
        setCreated({ key: "", name: "" });
        return done(t("saved"))();
      },
    }),
  );
  const update = useMutation(trpc.settings.updateSkill.mutationOptions({ onSuccess: done(t("saved")) }));
  const remove = useMutation(trpc.settings.deleteSkill.mutationOptions({ onSuccess: done(t("deleted")) }));
  const rows = skills.data ?? [];

  return (
    <div className="space-y-4">
      <form
        className="flex flex-wrap items-start gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(created);
        }}
      >
        <TextField
          id="skill-name"
          label={t("skills.name")}
          value={created.name}
          onChange={(e) => setCreated({ ...created, name: e.target.value })}
          error={fieldError(create.error, "name")}
          required
          maxLength={120}
        />
        <TextField
          id="skill-key"
          label={t("skills.key")}
          hint={t("queues.keyHint")}
          value={created.key}
          onChange={(e) => setCreated({ ...created, key: e.target.value })}
          error={fieldError(create.error, "key")}
          required
          maxLength={40}
        />
        <Button type="submit" className="mt-6" disabled={create.isPending}>
          {t("skills.new")}
        </Button>
      </form>
      <SaveFeedback message={message} error={create.error ?? update.error ?? remove.error} />
      {skills.isSuccess && rows.length === 0 ? (
        <EmptyState title={t("skills.empty")} hint={t("skills.emptyHint")} />
      ) : (
        <DataTable
          columns={[{ label: t("skills.name") }, { label: t("skills.key") }, { label: t("skills.agents"), isNumeric: true }, { label: t("actions") }]}
          isBusy={skills.isPending}
        >
          {rows.map((skill) => {
            const edit = edits[skill.id] ?? { key: skill.key, name: skill.name };
            const setEdit = (patch: Partial<typeof edit>) => setEdits({ ...edits, [skill.id]: { ...edit, ...patch } });
            return (
              <tr key={skill.id}>
                <td className="px-4 py-2">
                  <input
                    aria-label={`${t("skills.name")}: ${skill.name}`}
                    value={edit.name}
                    onChange={(e) => setEdit({ name: e.target.value })}
                    className={`${inputStyles} min-h-9 py-1`}
                    maxLength={120}
                  />
                </td>
                <td className="px-4 py-2">
                  <input
                    aria-label={`${t("skills.key")}: ${skill.name}`}
                    value={edit.key}
                    onChange={(e) => setEdit({ key: e.target.value })}
                    className={`${inputStyles} min-h-9 py-1 font-mono`}
                    maxLength={40}
                  />
                </td>
                <td className="px-4 py-2 text-right tabular-nums text-zinc-700">{skill.agentCount}</td>
                <td className="px-4 py-2">
                  <div className="flex gap-2">
                    <Button
                      type="button"
                      variant="secondary"
                      className="min-h-9 py-1"
                      aria-label={`${t("skills.rename")}: ${skill.name}`}
                      disabled={update.isPending}
                      onClick={() => update.mutate({ id: skill.id, data: edit })}
                    >
                      {t("skills.rename")}
                    </Button>
                    <ConfirmDeleteButton
                      label={`${t("delete")}: ${skill.name}`}
                      confirm={t("skills.confirmDelete", { name: skill.name })}
                      disabled={remove.isPending}
                      onConfirm={() => remove.mutate({ id: skill.id })}
                    />
                  </div>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </div>
  );
}
