"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition } from "react";
import { sendAction, type SendState } from "@/app/(backoffice)/agent/cases/[number]/actions";
import { useShortcut } from "@/components/agent/shortcuts";
import { useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { inputStyles } from "@/components/ui/field";

type Mode = "reply" | "note";
type Colleague = { userId: string; displayName: string };

const MENTION_QUERY = /@([\p{L}\p{N}._-]*)$/u;

/**
 * The reply composer: a reply goes out on the case's channel (and shows in the portal), a note stays
 * internal and may @mention colleagues (they are emailed). Macros and knowledge-base links insert at
 * the caret. If someone else wrote on the case after the agent started, the send stops and shows
 * what arrived; "Send anyway" stores it too, so no reply is ever lost. Shortcuts: r = reply, n = note.
 */
export function Composer(props: { number: string; locale: "en" | "fr" | "it"; channelName: string; lastEventId: string | null; colleagues: Colleague[]; isClosed: boolean; onTyping: (isTyping: boolean) => void; onSent: () => void }) {
  const t = useTranslations("workspace.composer");
  const tt = useTranslations("workspace.timeline");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [mode, setMode] = useState<Mode>("reply");
  const [body, setBody] = useState("");
  const [waitOnCustomer, setWaitOnCustomer] = useState(false);
  const [mentions, setMentions] = useState<Colleague[]>([]);
  const [seenEventId, setSeenEventId] = useState<string | null>(null);
  const [result, setResult] = useState<SendState>({ status: "idle" });
  const [isSending, startSending] = useTransition();
  const [mentionQuery, setMentionQuery] = useState<string | null>(null);
  const [activeMention, setActiveMention] = useState(0);

  const focus = (next: Mode) => {
    setMode(next);
    requestAnimationFrame(() => textarea.current?.focus());
  };
  useShortcut("r", () => focus("reply"), t("reply"));
  useShortcut("n", () => focus("note"), t("note"));

  const insertAtCaret = (text: string) => {
    const el = textarea.current;
    const start = el?.selectionStart ?? body.length;
    const end = el?.selectionEnd ?? body.length;
    const next = body.slice(0, start) + text + body.slice(end);
    updateBody(next);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + text.length, start + text.length);
    });
  };

  const updateBody = (next: string) => {
    // What the agent has seen is fixed when they start writing: later events are "new activity".
    if (!body && next) setSeenEventId(props.lastEventId);
    if (!next) setSeenEventId(null);
    if (!!body !== !!next) props.onTyping(!!next);
    setBody(next);
  };

  const suggestions = mode === "note" && mentionQuery !== null ? props.colleagues.filter((c) => c.displayName.toLowerCase().includes(mentionQuery.toLowerCase())).slice(0, 6) : [];
  const pickMention = (c: Colleague) => {
    const el = textarea.current;
    const caret = el?.selectionStart ?? body.length;
    const before = body.slice(0, caret).replace(MENTION_QUERY, `@${c.displayName} `);
    updateBody(before + body.slice(caret));
    setMentions((m) => (m.some((x) => x.userId === c.userId) ? m : [...m, c]));
    setMentionQuery(null);
    requestAnimationFrame(() => el?.focus());
  };

  const send = (isConfirmed: boolean) => {
    const form = new FormData();
    form.set("number", props.number);
    form.set("kind", mode);
    form.set("body", body);
    if (mode === "reply" && waitOnCustomer) form.set("waitOnCustomer", "1");
    if (seenEventId) form.set("seenEventId", seenEventId);
    if (isConfirmed) form.set("isConfirmed", "1");
    // Only mentions still written in the text count.
    if (mode === "note") for (const m of mentions) if (body.includes(`@${m.displayName}`)) form.append("mentions", m.userId);
    for (const file of Array.from(fileInput.current?.files ?? [])) form.append("files", file);
    startSending(async () => {
      const outcome = await sendAction(form);
      setResult(outcome);
      if (outcome.status === "sent") {
        setBody("");
        setMentions([]);
        setSeenEventId(null);
        setWaitOnCustomer(false);
        if (fileInput.current) fileInput.current.value = "";
        props.onTyping(false);
        await queryClient.invalidateQueries({ queryKey: trpc.workspace.timeline.queryKey({ number: props.number }) });
        props.onSent();
      }
    });
  };

  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
      <h2 id={`${id}-title`} className="sr-only">{t("title")}</h2>
      <div role="tablist" aria-label={t("title")} className="mb-3 flex gap-1 border-b border-zinc-200">
        {(["reply", "note"] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            id={`${id}-tab-${m}`}
            aria-selected={mode === m}
            aria-controls={`${id}-panel`}
            aria-keyshortcuts={m === "reply" ? "r" : "n"}
            onClick={() => setMode(m)}
            className={cn("-mb-px rounded-t-md border-b-2 px-3 py-2 text-sm font-semibold", mode === m ? (m === "note" ? "border-amber-600 text-amber-900" : "border-brand-600 text-brand-700") : "border-transparent text-zinc-600 hover:text-zinc-900")}
          >
            {t(m)}
          </button>
        ))}
      </div>
      <form
        id={`${id}-panel`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-${mode}`}
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          send(false);
        }}
      >
        <p id={`${id}-hint`} className="text-xs text-zinc-600">{mode === "reply" ? t("replyHint", { channel: props.channelName }) : t("noteHint")}</p>
        <div className="relative">
          <label htmlFor={`${id}-body`} className="sr-only">{t("body")}</label>
          <textarea
            ref={textarea}
            id={`${id}-body`}
            name="body"
            rows={6}
            required
            maxLength={20_000}
            value={body}
            aria-describedby={`${id}-hint`}
            aria-autocomplete={mode === "note" ? "list" : undefined}
            aria-controls={suggestions.length ? `${id}-mentions` : undefined}
            aria-activedescendant={suggestions.length ? `${id}-mention-${activeMention}` : undefined}
            className={cn(inputStyles, mode === "note" && "border-amber-300 bg-amber-50/50")}
            disabled={props.isClosed}
            onChange={(e) => {
              updateBody(e.target.value);
              const match = MENTION_QUERY.exec(e.target.value.slice(0, e.target.selectionStart));
              setMentionQuery(match ? match[1]! : null);
              setActiveMention(0);
            }}
            onKeyDown={(e) => {
              if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
                e.preventDefault();
                if (body.trim()) send(false);
                return;
              }
              if (!suggestions.length) return;
              if (e.key === "ArrowDown" || e.key === "ArrowUp") {
                e.preventDefault();
                setActiveMention((i) => (i + (e.key === "ArrowDown" ? 1 : suggestions.length - 1)) % suggestions.length);
              } else if (e.key === "Enter" || e.key === "Tab") {
                e.preventDefault();
                pickMention(suggestions[activeMention] ?? suggestions[0]!);
              } else if (e.key === "Escape") {
                setMentionQuery(null);
              }
            }}
          />
          {suggestions.length > 0 && (
            <ul id={`${id}-mentions`} role="listbox" aria-label={t("mentionsLabel")} className="absolute z-10 mt-1 w-64 rounded-md border border-zinc-200 bg-white py-1 shadow-lg">
              {suggestions.map((c, i) => (
                <li
                  key={c.userId}
                  id={`${id}-mention-${i}`}
                  role="option"
                  aria-selected={i === activeMention}
                  className={cn("cursor-pointer px-3 py-1.5 text-sm", i === activeMention ? "bg-brand-600 text-white" : "text-zinc-900 hover:bg-zinc-100")}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    pickMention(c);
                  }}
                >
                  {c.displayName}
                </li>
              ))}
            </ul>
          )}
        </div>
        {mode === "note" && mentions.some((m) => body.includes(`@${m.displayName}`)) && (
          <p className="text-xs text-zinc-700">{t("mentioned", { names: mentions.filter((m) => body.includes(`@${m.displayName}`)).map((m) => m.displayName).join(", ") })}</p>
        )}
        <div className="grid gap-3 md:grid-cols-2">
          <MacroPicker number={props.number} locale={props.locale} onInsert={insertAtCaret} />
          <KbLinkPicker number={props.number} onInsert={insertAtCaret} />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <div>
            <label htmlFor={`${id}-files`} className="block text-xs font-medium text-zinc-700">{t("attachments")}</label>
            <input ref={fileInput} id={`${id}-files`} type="file" multiple className="mt-1 text-sm file:mr-2 file:rounded-md file:border file:border-zinc-300 file:bg-white file:px-3 file:py-1.5 file:text-sm" />
          </div>
          {mode === "reply" && (
            <label className="flex items-center gap-2 text-sm text-zinc-800">
              <input type="checkbox" className="h-4 w-4" checked={waitOnCustomer} onChange={(e) => setWaitOnCustomer(e.target.checked)} />
              {t("waitOnCustomer")}
            </label>
          )}
        </div>
        {result.status === "stale" && (
          <div role="alert" className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
            <p className="font-semibold text-amber-950">{t("staleTitle")}</p>
            <ul className="space-y-1">
              {result.newEvents.map((e) => (
                <li key={e.id} className="text-zinc-900">
                  <span className="font-medium">{tt.has(`events.${e.kind}` as "events.note") ? tt(`events.${e.kind}` as "events.note") : e.kind}</span> · {e.authorName ?? e.author} · {format.dateTime(new Date(e.createdAt), { timeStyle: "short" })}
                  {e.body && <span className="block whitespace-pre-wrap break-words text-zinc-700">{e.body.slice(0, 300)}</span>}
                </li>
              ))}
            </ul>
            <p className="text-zinc-700">{t("staleHint")}</p>
            <Button type="button" variant="secondary" disabled={isSending} onClick={() => send(true)}>{t("sendAnyway")}</Button>
          </div>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={isSending || !body.trim() || props.isClosed} aria-busy={isSending}>
            {isSending ? t("sending") : mode === "reply" ? t("send") : t("sendNote")}
          </Button>
          <p role="status" aria-live="polite" className="text-sm">
            {result.status === "sent" && <span className="text-green-800">{mode === "reply" ? t("sent") : t("noteSaved")}</span>}
            {result.status === "error" && <span className="text-red-700">{result.message}</span>}
          </p>
        </div>
      </form>
    </section>
  );
}

function MacroPicker({ number, locale, onInsert }: { number: string; locale: "en" | "fr" | "it"; onInsert: (text: string) => void }) {
  const t = useTranslations("workspace.composer");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const list = useQuery(trpc.macros.list.queryOptions({ locale, query }, { enabled: isOpen }));
  return (
    <details className="rounded-md border border-zinc-200 p-2" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-zinc-900">{t("macros")}</summary>
      <div className="mt-2 space-y-2">
        <label htmlFor={`${id}-q`} className="sr-only">{t("macroSearch")}</label>
        <input id={`${id}-q`} type="search" placeholder={t("macroSearch")} className={inputStyles} value={query} onChange={(e) => setQuery(e.target.value)} />
        <ul className="max-h-48 space-y-1 overflow-y-auto" aria-live="polite" aria-busy={list.isFetching}>
          {list.data?.map((m) => (
            <li key={m.id} className="flex items-center justify-between gap-2 text-sm">
              <span className="min-w-0 truncate">{m.name}</span>
              <Button
                type="button"
                variant="secondary"
                className="min-h-8 px-2 py-1"
                aria-label={`${t("macroInsert")}: ${m.name}`}
                onClick={async () => onInsert((await queryClient.fetchQuery(trpc.macros.render.queryOptions({ id: m.id, caseNumber: number }))).body)}
              >
                {t("macroInsert")}
              </Button>
            </li>
          ))}
          {list.data?.length === 0 && <li className="text-sm text-zinc-600">{t("macroNone")}</li>}
          {list.error && <li className="text-sm text-red-700">{list.error.message}</li>}
        </ul>
      </div>
    </details>
  );
}

function KbLinkPicker({ number, onInsert }: { number: string; onInsert: (text: string) => void }) {
  const t = useTranslations("workspace.composer");
  const trpc = useTRPC();
  const id = useId();
  const [draft, setDraft] = useState("");
  const [query, setQuery] = useState("");
  const results = useQuery(trpc.workspace.kbLinks.queryOptions({ number, q: query }, { enabled: query.length > 0 }));
  return (
    <details className="rounded-md border border-zinc-200 p-2">
      <summary className="cursor-pointer text-sm font-medium text-zinc-900">{t("kb")}</summary>
      <div className="mt-2 space-y-2">
        <div className="flex gap-2">
          <label htmlFor={`${id}-q`} className="sr-only">{t("kbSearch")}</label>
          <input
            id={`${id}-q`}
            type="search"
            placeholder={t("kbSearch")}
            className={inputStyles}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                setQuery(draft.trim());
              }
            }}
          />
          <Button type="button" variant="secondary" onClick={() => setQuery(draft.trim())}>{t("kbSearchButton")}</Button>
        </div>
        <ul className="max-h-48 space-y-1 overflow-y-auto" aria-live="polite" aria-busy={results.isFetching}>
          {results.isFetching && <li className="text-sm text-zinc-600">{t("searching")}</li>}
          {results.data?.items.map((a) => (
            <li key={a.articleId} className="flex items-center justify-between gap-2 text-sm">
              <span className="min-w-0 truncate" title={a.summary ?? undefined}>{a.title}</span>
              <Button type="button" variant="secondary" className="min-h-8 px-2 py-1" aria-label={`${t("kbInsert")}: ${a.title}`} onClick={() => onInsert(`[${a.title.replace(/[[\]]/g, "")}](${a.url})`)}>
                {t("kbInsert")}
              </Button>
            </li>
          ))}
          {results.data?.items.length === 0 && <li className="text-sm text-zinc-600">{t("kbNone")}</li>}
        </ul>
      </div>
    </details>
  );
}
