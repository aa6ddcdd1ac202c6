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
import { ConfirmDeleteButton, FormActions, SelectField } from "./form-parts";

const locales = ["en", "fr", "it"] as const;
type Locale = (typeof locales)[number];
type Draft = { id: string | null; name: string; locale: Locale; body: string; categoryKey: string | null; isActive: boolean };
const blank: Draft = { id: null, name: "", locale: "en", body: "", categoryKey: null, isActive: true };

/** Admin: list, create, edit and delete macros. */
export function MacrosEditor({ categories, placeholders }: { categories: { key: string; name: string }[]; placeholders: readonly string[] }) {
  const t = useTranslations("settings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.macros.listAll.queryOptions());
  const [filter, setFilter] = useState<Locale | "">("");
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.macros.listAll.queryKey() });
  const done = (text: string) => () => {
    setMessage(text);
    setDraft(null);
    return refresh();
  };
  const create = useMutation(trpc.macros.create.mutationOptions({ onSuccess: done(t("saved")) }));
  const update = useMutation(trpc.macros.update.mutationOptions({ onSuccess: done(t("saved")) }));
  const remove = useMutation(trpc.macros.delete.mutationOptions({ onSuccess: done(t("deleted")) }));
  const saveError = create.error ?? update.error;
  const categoryName = (key: string | null) => categories.find((c) => c.key === key)?.name ?? t("macros.anyCategory");
  const rows = (list.data ?? []).filter((m) => !filter || m.locale === filter);

  const submit = () => {
    if (!draft) return;
    const data = { name: draft.name, locale: draft.locale, body: draft.body, categoryKey: draft.categoryKey, isActive: draft.isActive };
    if (draft.id) update.mutate({ id: draft.id, data });
    else create.mutate(data);
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <label htmlFor="macro-filter" className="mb-1 block text-sm font-medium text-zinc-800">
            {t("macros.filterLocale")}
          </label>
          <select id="macro-filter" value={filter} onChange={(e) => setFilter(e.target.value as Locale | "")} className={`${inputStyles} w-auto`}>
            <option value="">{t("macros.allLocales")}</option>
            {locales.map((l) => (
              <option key={l} value={l}>
                {t(`locales.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <Button
          type="button"
          onClick={() => {
            create.reset();
            update.reset();
            setDraft({ ...blank, locale: filter || "en" });
          }}
        >
          {t("macros.new")}
        </Button>
      </div>
      <SaveFeedback message={message} error={saveError ?? remove.error} />

      {draft && (
        <Card aria-labelledby="macro-form-title">
          <CardTitle id="macro-form-title">{draft.id ? t("macros.editTitle", { name: draft.name }) : t("macros.newTitle")}</CardTitle>
          <form
            className="grid gap-4 md:grid-cols-2"
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <TextField
              id="macro-name"
              label={t("macros.name")}
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              error={fieldError(saveError, "name") ?? fieldError(saveError, "data.name")}
              required
              maxLength={120}
            />
            <SelectField
              id="macro-locale"
              label={t("macros.locale")}
              value={draft.locale}
              onChange={(value) => setDraft({ ...draft, locale: value as Locale })}
            >
              {locales.map((l) => (
                <option key={l} value={l}>
                  {t(`locales.${l}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              id="macro-category"
              label={t("macros.category")}
              hint={t("macros.categoryHint")}
              value={draft.categoryKey ?? ""}
              onChange={(value) => setDraft({ ...draft, categoryKey: value || null })}
            >
              <option value="">{t("macros.anyCategory")}</option>
              {categories.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.name}
                </option>
              ))}
            </SelectField>
            <label className="flex items-center gap-2 self-center text-sm font-medium text-zinc-800">
              <input type="checkbox" checked={draft.isActive} onChange={(e) => setDraft({ ...draft, isActive: e.target.checked })} className="size-4" />
              {t("macros.isActive")}
            </label>
            <div className="space-y-1.5 md:col-span-2">
              <label htmlFor="macro-body" className="block text-sm font-medium text-zinc-800">
                {t("macros.body")}
              </label>
              <textarea
                id="macro-body"
                rows={8}
                required
                maxLength={10_000}
                value={draft.body}
                onChange={(e) => setDraft({ ...draft, body: e.target.value })}
                aria-describedby="macro-body-hint"
                aria-invalid={fieldError(saveError, "body") || fieldError(saveError, "data.body") ? true : undefined}
                className={`${inputStyles} font-mono`}
              />
              <p id="macro-body-hint" className="text-xs text-zinc-600">
                {t("macros.bodyHint")}
              </p>
              <div className="flex flex-wrap gap-2">
                {placeholders.map((p) => (
                  <Button
                    key={p}
                    type="button"
                    variant="secondary"
                    className="min-h-8 px-2 py-1 font-mono text-xs"
                    aria-label={t("macros.insert", { placeholder: `{{${p}}}` })}
                    onClick={() => setDraft({ ...draft, body: `${draft.body}{{${p}}}` })}
                  >
                    {`{{${p}}}`}
                  </Button>
                ))}
              </div>
            </div>
            <FormActions isSaving={create.isPending || update.isPending} onCancel={() => setDraft(null)} />
          </form>
        </Card>
      )}

      {list.isSuccess && rows.length === 0 ? (
        <EmptyState title={t("macros.empty")} hint={t("macros.emptyHint")} />
      ) : (
        <>
          <p className="text-sm text-zinc-600">{t("macros.count", { count: rows.length })}</p>
          <DataTable
            columns={[
              { label: t("macros.columns.name") },
              { label: t("macros.columns.locale") },
              { label: t("macros.columns.category") },
              { label: t("macros.columns.status") },
              { label: t("actions") },
            ]}
            isBusy={list.isPending}
          >
            {rows.map((macro) => (
              <tr key={macro.id}>
                <td className="px-4 py-2 font-medium text-zinc-900">{macro.name}</td>
                <td className="px-4 py-2 text-zinc-700">{t(`locales.${macro.locale}`)}</td>
                <td className="px-4 py-2 text-zinc-700">{categoryName(macro.categoryKey)}</td>
                <td className="px-4 py-2">
                  <Badge tone={macro.isActive ? "success" : "neutral"}>{macro.isActive ? t("active") : t("inactive")}</Badge>
                </td>
                <td className="px-4 py-2">
                  <div className="flex gap-2">
                    <Button
                      type="button"
                      variant="secondary"
                      className="min-h-9 py-1"
                      aria-label={`${t("edit")} ${macro.name} (${macro.locale})`}
                      onClick={() => {
                        create.reset();
                        update.reset();
                        setDraft({
                          id: macro.id,
                          name: macro.name,
                          locale: macro.locale,
                          body: macro.body,
                          categoryKey: macro.categoryKey,
                          isActive: macro.isActive,
                        });
                      }}
                    >
                      {t("edit")}
                    </Button>
                    <ConfirmDeleteButton
                      label={`${t("delete")} ${macro.name} (${macro.locale})`}
                      confirm={t("macros.confirmDelete", { name: macro.name })}
                      disabled={remove.isPending}
                      onConfirm={() => remove.mutate({ id: macro.id })}
                    />
                  </div>
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </div>
  );
}
