"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { inputStyles, TextField } from "@/components/ui/field";
import { lineDiff } from "@/server/kb/diff";
import { locales, type Locale } from "@/server/i18n/config";
import { SanitizedHtml } from "./article-body";

type Status = "draft" | "published" | "archived";
type Draft = { title: string; slug: string; summary: string; bodyMd: string; status: Status };
const emptyDraft: Draft = { title: "", slug: "", summary: "", bodyMd: "", status: "draft" };

function errorText(error: unknown) {
  if (error instanceof TRPCClientError) {
    const fields = (error.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors;
    const details = fields ? Object.values(fields).flat().join(" ") : "";
    return [error.message, details].filter(Boolean).join(" ");
  }
  return String(error);
}

function Preview({ bodyMd, label }: { bodyMd: string; label: string }) {
  const trpc = useTRPC();
  const preview = useMutation(trpc.kb.preview.mutationOptions());
  const { mutate } = preview;
  useEffect(() => {
    const timer = setTimeout(() => mutate({ bodyMd }), 300);
    return () => clearTimeout(timer);
  }, [bodyMd, mutate]);
  return (
    <section aria-label={label} className="min-h-48 rounded-md border border-zinc-200 bg-white p-4">
      <p className="mb-2 text-xs font-semibold tracking-wide text-zinc-600 uppercase">{label}</p>
      {/* Rendered by the server's sanitizer, exactly as readers will see it. */}
      <SanitizedHtml html={preview.data?.html ?? ""} className="text-sm" />
    </section>
  );
}

/** Article editor: settings, one tab per language with the reference text beside it, live preview, history. */
export function ArticleEditor({ articleId, prefill }: { articleId: string | null; prefill?: { title?: string; bodyMd?: string; locale?: Locale } }) {
  const trpc = useTRPC();
  const categories = useQuery(trpc.kb.categories.queryOptions());
  const article = useQuery({ ...trpc.kb.get.queryOptions({ id: articleId ?? "00000000-0000-4000-8000-000000000000" }), enabled: Boolean(articleId) });
  const translations = article.data?.translations ?? [];
  const [locale, setLocale] = useState<Locale>(prefill?.locale ?? "en");
  const current = translations.find((translation) => translation.locale === locale) ?? null;
  const reference = translations.find((translation) => translation.locale !== locale) ?? null;
  type Settings = { categoryId: string; kind: "article" | "faq"; audience: "public" | "internal" };
  // Null until the agent changes a setting: until then the saved settings (or defaults) apply.
  const [editedSettings, setSettings] = useState<Settings | null>(null);
  const loaded = article.data?.article;
  const settings: Settings = editedSettings ?? {
    categoryId: loaded?.categoryId ?? categories.data?.[0]?.id ?? "",
    kind: loaded?.kind ?? "article",
    audience: loaded?.audience ?? "public",
  };
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);

  const currentKey = current ? `${current.id}:${current.version}` : `new:${locale}`;
  const initialDraft: Draft = current
    ? { title: current.title, slug: current.slug, summary: current.summary, bodyMd: current.bodyMd, status: current.status }
    : articleId
      ? emptyDraft
      : { ...emptyDraft, title: prefill?.title ?? "", bodyMd: prefill?.bodyMd ?? "" };
  // Each language and saved version gets a fresh form (keyed), so no effect has to reset its state.
  return <EditorBody key={currentKey} {...{ articleId, locale, setLocale, current, reference, translations, initialDraft, settings, setSettings, message, setMessage, categories: categories.data ?? [] }} />;
}

type EditorBodyProps = {
  articleId: string | null;
  locale: Locale;
  setLocale: (locale: Locale) => void;
  current: { id: string; version: number } | null;
  reference: { locale: Locale; title: string; bodyHtml: string } | null;
  translations: { locale: Locale; status: Status }[];
  initialDraft: Draft;
  settings: { categoryId: string; kind: "article" | "faq"; audience: "public" | "internal" };
  setSettings: (settings: { categoryId: string; kind: "article" | "faq"; audience: "public" | "internal" }) => void;
  categories: { id: string; name: string }[];
  message: { tone: "ok" | "error"; text: string } | null;
  setMessage: (message: { tone: "ok" | "error"; text: string } | null) => void;
};

function EditorBody({ articleId, locale, setLocale, current, reference, translations, initialDraft, settings, setSettings, categories, message, setMessage }: EditorBodyProps) {
  const t = useTranslations("kb.editor");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const [compareVersionId, setCompareVersionId] = useState<string | null>(null);
  const versions = useQuery({ ...trpc.kb.versions.queryOptions({ id: current?.id ?? "00000000-0000-4000-8000-000000000000" }), enabled: Boolean(current) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.kb.pathKey() });
  const onError = (error: unknown) => setMessage({ tone: "error", text: errorText(error) });
  const create = useMutation(
    trpc.kb.create.mutationOptions({
      onSuccess: (result) => {
        setMessage({ tone: "ok", text: t("created") });
        router.push(`/agent/knowledge/${result.articleId}`);
      },
      onError,
    }),
  );
  const save = useMutation(
    trpc.kb.saveTranslation.mutationOptions({
      onSuccess: (result) => {
        setMessage({ tone: "ok", text: t("saved", { version: result.version }) });
        return refresh();
      },
      onError,
    }),
  );
  const update = useMutation(trpc.kb.update.mutationOptions({ onSuccess: () => { setMessage({ tone: "ok", text: t("saved", { version: current?.version ?? 1 }) }); return refresh(); }, onError }));
  const restore = useMutation(
    trpc.kb.restore.mutationOptions({
      onSuccess: (result) => {
        setMessage({ tone: "ok", text: t("restored", { version: result.version }) });
        return refresh();
      },
      onError,
    }),
  );
  const compared = versions.data?.find((version) => version.id === compareVersionId) ?? null;
  const diff = useMemo(() => (compared ? lineDiff(compared.bodyMd, draft.bodyMd) : []), [compared, draft.bodyMd]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const fields = { locale, title: draft.title, slug: draft.slug.trim() || null, summary: draft.summary, bodyMd: draft.bodyMd, status: draft.status };
    if (!articleId) create.mutate({ ...settings, translation: fields });
    else save.mutate({ ...fields, articleId, expectedVersion: current?.version ?? null });
  };
  const isBusy = create.isPending || save.isPending;

  return (
    <div className="space-y-6">
      <Card>
        <CardTitle>{t("title")}</CardTitle>
        <div className="grid gap-4 sm:grid-cols-3">
          <div>
            <label htmlFor="kb-category" className="mb-1 block text-sm font-medium text-zinc-800">{t("categoryLabel")}</label>
            <select id="kb-category" className={inputStyles} value={settings.categoryId} onChange={(event) => setSettings({ ...settings, categoryId: event.target.value })}>
              {categories.map((category) => (
                <option key={category.id} value={category.id}>{category.name}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="kb-kind" className="mb-1 block text-sm font-medium text-zinc-800">{t("kindLabel")}</label>
            <select id="kb-kind" className={inputStyles} value={settings.kind} onChange={(event) => setSettings({ ...settings, kind: event.target.value as "article" | "faq" })}>
              <option value="article">{t("kind.article")}</option>
              <option value="faq">{t("kind.faq")}</option>
            </select>
          </div>
          <div>
            <label htmlFor="kb-audience" className="mb-1 block text-sm font-medium text-zinc-800">{t("audienceLabel")}</label>
            <select id="kb-audience" className={inputStyles} value={settings.audience} onChange={(event) => setSettings({ ...settings, audience: event.target.value as "public" | "internal" })}>
              <option value="public">{t("audience.public")}</option>
              <option value="internal">{t("audience.internal")}</option>
            </select>
          </div>
        </div>
        {articleId && (
          <Button type="button" variant="secondary" className="mt-4" disabled={update.isPending} onClick={() => update.mutate({ id: articleId, data: settings })}>
            {t("saveSettings")}
          </Button>
        )}
      </Card>

      <div role="tablist" aria-label={t("languageTabs")} className="flex flex-wrap gap-2">
        {locales.map((value) => {
          const translation = translations.find((item) => item.locale === value);
          return (
            <button
              key={value}
              type="button"
              role="tab"
              aria-selected={value === locale}
              className={cn("rounded-md border px-3 py-2 text-sm font-medium", value === locale ? "border-brand-600 bg-brand-50 text-brand-900" : "border-zinc-300 bg-white text-zinc-800")}
              onClick={() => setLocale(value)}
            >
              {tc(`languages.${value}`)} · {translation ? t(`status.${translation.status}`) : t("missingTranslation")}
            </button>
          );
        })}
      </div>

      {message && (
        <p role={message.tone === "error" ? "alert" : "status"} className={cn("rounded-md p-3 text-sm", message.tone === "error" ? "bg-red-50 text-red-800" : "bg-green-50 text-green-900")}>
          {message.text}
        </p>
      )}

      <div className="grid gap-6 xl:grid-cols-2">
        <form onSubmit={submit} className="space-y-4" lang={locale} aria-label={tc(`languages.${locale}`)}>
          <TextField id="kb-title" label={t("titleLabel")} required maxLength={200} value={draft.title} onChange={(event) => setDraft({ ...draft, title: event.target.value })} />
          <TextField id="kb-slug" label={t("slugLabel")} hint={t("slugHint")} maxLength={120} value={draft.slug} onChange={(event) => setDraft({ ...draft, slug: event.target.value })} />
          <TextField id="kb-summary" label={t("summaryLabel")} maxLength={500} value={draft.summary} onChange={(event) => setDraft({ ...draft, summary: event.target.value })} />
          <div className="space-y-1.5">
            <label htmlFor="kb-body" className="block text-sm font-medium text-zinc-800">{t("bodyLabel")}</label>
            <textarea id="kb-body" required rows={16} aria-describedby="kb-body-hint" className={cn(inputStyles, "font-mono")} value={draft.bodyMd} onChange={(event) => setDraft({ ...draft, bodyMd: event.target.value })} />
            <p id="kb-body-hint" className="text-xs text-zinc-600">{t("bodyHint")}</p>
          </div>
          <div className="flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="kb-status" className="mb-1 block text-sm font-medium text-zinc-800">{t("statusLabel")}</label>
              <select id="kb-status" className={inputStyles} value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value as Status })}>
                {(["draft", "published", "archived"] as const).map((value) => (
                  <option key={value} value={value}>{t(`status.${value}`)}</option>
                ))}
              </select>
            </div>
            {/* No category until the list has loaded: a click before that would be refused. */}
            <Button type="submit" disabled={isBusy || !settings.categoryId}>{isBusy ? t("saving") : t("save")}</Button>
          </div>
        </form>
        <div className="space-y-4">
          <Preview bodyMd={draft.bodyMd} label={t("preview")} />
          <section aria-label={reference ? t("reference", { language: tc(`languages.${reference.locale}`) }) : t("noReference")} className="rounded-md border border-dashed border-zinc-300 bg-zinc-50 p-4">
            {reference ? (
              <>
                <p className="mb-2 text-xs font-semibold tracking-wide text-zinc-600 uppercase">{t("reference", { language: tc(`languages.${reference.locale}`) })}</p>
                <h3 className="font-semibold" lang={reference.locale}>{reference.title}</h3>
                <div lang={reference.locale}><SanitizedHtml html={reference.bodyHtml} className="text-sm" /></div>
              </>
            ) : (
              <p className="text-sm text-zinc-700">{t("noReference")}</p>
            )}
          </section>
        </div>
      </div>

      {current && (
        <Card>
          <CardTitle>{t("history")}</CardTitle>
          <ul className="divide-y divide-zinc-100">
            {versions.data?.map((version) => (
              <li key={version.id} className="flex flex-wrap items-center gap-3 py-2 text-sm">
                <span className="font-medium">{t("version", { version: version.version })}</span>
                <Badge>{t(`status.${version.status}`)}</Badge>
                <span className="text-zinc-600">{new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(version.createdAt)}</span>
                <span className="ml-auto flex gap-2">
                  <Button type="button" variant="secondary" className="min-h-8 px-3" onClick={() => setCompareVersionId(version.id)}>{t("compare")}</Button>
                  {version.version !== current.version && (
                    <Button type="button" variant="secondary" className="min-h-8 px-3" disabled={restore.isPending} onClick={() => restore.mutate({ id: version.id })}>{t("restore")}</Button>
                  )}
                </span>
              </li>
            ))}
          </ul>
          {compared && (
            <section aria-label={t("diffTitle", { version: compared.version })} className="mt-4">
              <h3 className="mb-2 text-sm font-semibold">{t("diffTitle", { version: compared.version })}</h3>
              <pre className="overflow-x-auto rounded-md border border-zinc-200 bg-white p-3 text-xs leading-5">
                {diff.map((line, index) => (
                  <div key={index} className={cn(line.kind === "added" && "bg-green-50 text-green-900", line.kind === "removed" && "bg-red-50 text-red-900 line-through")}>
                    {line.kind === "added" ? "+ " : line.kind === "removed" ? "- " : "  "}
                    {line.text}
                  </div>
                ))}
              </pre>
            </section>
          )}
        </Card>
      )}
    </div>
  );
}
