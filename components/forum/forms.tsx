"use client";

import { useActionState, useEffect, useId, useRef, type ReactNode, type RefObject } from "react";
import {
  acceptAction,
  askAction,
  deleteAction,
  editAction,
  flagAction,
  followAction,
  replyAction,
  unsubscribeAction,
  unvoteAction,
  voteAction,
  type ForumFormState,
} from "@/app/(portal)/[locale]/community/actions";
import { Button, buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { inputStyles } from "@/components/ui/field";

type Action = (state: ForumFormState, form: FormData) => Promise<ForumFormState>;

function Feedback({ state, id }: { state: ForumFormState; id: string }) {
  if (state.error)
    return (
      <p id={id} role="alert" className="text-sm text-red-700">
        {state.error}
      </p>
    );
  if (state.message)
    return (
      <p id={id} role="status" className="text-sm font-medium text-green-800">
        {state.message}
      </p>
    );
  return null;
}

function MarkdownField({
  id,
  name,
  label,
  hint,
  rows,
  error,
  defaultValue,
  required = true,
  textareaRef,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  rows: number;
  error?: string;
  defaultValue?: string;
  required?: boolean;
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
}) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
        {label}
      </label>
      <textarea ref={textareaRef} id={id} name={name} rows={rows} required={required} maxLength={20000} defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={inputStyles} />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-zinc-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** The forms' texts (forum namespace), translated on the server by the pages and PostCard. */
export type AskFormLabels = { category: string; language: string; titleLabel: string; titleHint: string; body: string; bodyHint: string; submit: string; languages: Record<"en" | "fr" | "it", string> };
export type ReplyFormLabels = { replyLabel: string; replyHint: string; official: string; send: string };
export type EditPostFormLabels = { edit: string; save: string };
export type FlagFormLabels = { flag: string; flagReason: string; flagNote: string; flagSend: string; reasons: Record<"spam" | "abuse" | "off_topic" | "other", string> };

export function AskForm({ locale, categories, defaultCategoryId, labels }: { locale: string; categories: { id: string; name: string }[]; defaultCategoryId?: string; labels: AskFormLabels }) {
  const [state, formAction, isPending] = useActionState(askAction, {});
  const id = useId();
  const v = state.values ?? {};
  const fe = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="max-w-2xl space-y-5 rounded-lg border border-zinc-200 bg-white p-5 shadow-sm">
      <input type="hidden" name="locale" value={locale} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1.5">
          <label htmlFor={`${id}-category`} className="block text-sm font-medium text-zinc-800">
            {labels.category}
          </label>
          <select id={`${id}-category`} name="categoryId" required defaultValue={v.categoryId ?? defaultCategoryId ?? categories[0]?.id} className={inputStyles} aria-invalid={fe.categoryId ? true : undefined}>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
          {fe.categoryId && <p className="text-sm text-red-700">{fe.categoryId}</p>}
        </div>
        <div className="space-y-1.5">
          <label htmlFor={`${id}-locale`} className="block text-sm font-medium text-zinc-800">
            {labels.language}
          </label>
          <select id={`${id}-locale`} name="threadLocale" defaultValue={v.locale ?? locale} className={inputStyles}>
            {(["en", "fr", "it"] as const).map((l) => (
              <option key={l} value={l} lang={l}>
                {labels.languages[l]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="space-y-1.5">
        <label htmlFor={`${id}-title`} className="block text-sm font-medium text-zinc-800">
          {labels.titleLabel}
        </label>
        <input
          id={`${id}-title`}
          name="title"
          required
          maxLength={150}
          defaultValue={v.title}
          className={inputStyles}
          aria-invalid={fe.title ? true : undefined}
          aria-describedby={`${id}-title-hint${fe.title ? ` ${id}-title-error` : ""}`}
        />
        <p id={`${id}-title-hint`} className="text-xs text-zinc-600">
          {labels.titleHint}
        </p>
        {fe.title && (
          <p id={`${id}-title-error`} role="alert" className="text-sm text-red-700">
            {fe.title}
          </p>
        )}
      </div>
      <MarkdownField id={`${id}-body`} name="bodyMd" label={labels.body} hint={labels.bodyHint} rows={8} error={fe.bodyMd} defaultValue={v.bodyMd} />
      <Feedback state={state} id={`${id}-feedback`} />
      <Button type="submit" disabled={isPending} aria-busy={isPending}>
        {labels.submit}
      </Button>
    </form>
  );
}

/** The event a Quote button sends to the thread's reply form. */
const QUOTE_EVENT = "forum:quote";

/** Markdown source as a blockquote: every line prefixed, blank lines kept inside the quote. */
export const asBlockquote = (markdown: string) =>
  markdown
    .trim()
    .split(/\r?\n/)
    .map((line) => (line ? `> ${line}` : ">"))
    .join("\n");

export function ReplyForm({ locale, threadId, canPostOfficial, labels }: { locale: string; threadId: string; canPostOfficial: boolean; labels: ReplyFormLabels }) {
  const [state, formAction, isPending] = useActionState(replyAction, {});
  const id = useId();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const onQuote = (event: Event) => {
      const textarea = bodyRef.current;
      if (!textarea) return;
      const quote = `${asBlockquote((event as CustomEvent<string>).detail)}\n\n`;
      const current = textarea.value.trimEnd();
      textarea.value = current ? `${current}\n\n${quote}` : quote;
      textarea.scrollIntoView({ block: "center" });
      textarea.focus();
      textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    };
    window.addEventListener(QUOTE_EVENT, onQuote);
    return () => window.removeEventListener(QUOTE_EVENT, onQuote);
  }, []);
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="threadId" value={threadId} />
      <MarkdownField key={state.done} textareaRef={bodyRef} id={`${id}-body`} name="bodyMd" label={labels.replyLabel} hint={labels.replyHint} rows={5} error={state.fieldErrors?.bodyMd} defaultValue={state.values?.bodyMd} />
      {canPostOfficial && (
        <label className="flex items-center gap-2 text-sm text-zinc-800">
          <input type="checkbox" name="isOfficial" className="h-4 w-4" />
          {labels.official}
        </label>
      )}
      <Feedback state={state} id={`${id}-feedback`} />
      <Button type="submit" disabled={isPending} aria-busy={isPending}>
        {labels.send}
      </Button>
    </form>
  );
}

export function EditPostForm({ locale, postId, bodyMd, labels }: { locale: string; postId: string; bodyMd: string; labels: EditPostFormLabels }) {
  const [state, formAction, isPending] = useActionState(editAction, {});
  const id = useId();
  return (
    <details className="text-sm" open={!!state.error || !!state.fieldErrors}>
      <summary className="cursor-pointer rounded px-1 font-medium text-zinc-700 underline-offset-2 hover:underline">{labels.edit}</summary>
      <form action={formAction} className="mt-2 space-y-2">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="postId" value={postId} />
        <MarkdownField id={`${id}-body`} name="bodyMd" label={labels.edit} rows={5} error={state.fieldErrors?.bodyMd} defaultValue={state.values?.bodyMd ?? bodyMd} />
        <Feedback state={state} id={`${id}-feedback`} />
        <Button type="submit" variant="secondary" disabled={isPending}>
          {labels.save}
        </Button>
      </form>
    </details>
  );
}

/** Puts a post's Markdown, as a blockquote, into the reply form below (client-side only: nothing is sent). */
export function QuoteButton({ bodyMd, label, description }: { bodyMd: string; label: string; description: string }) {
  return (
    <Button type="button" variant="ghost" className="min-h-9 px-3 py-1" aria-label={description} onClick={() => window.dispatchEvent(new CustomEvent(QUOTE_EVENT, { detail: bodyMd }))}>
      {label}
    </Button>
  );
}

const smallActions = { vote: voteAction, unvote: unvoteAction, accept: acceptAction, delete: deleteAction, follow: followAction } satisfies Record<string, Action>;

/** A one-button form (vote, accept, withdraw, follow) that shows its own translated error. */
export function PostActionButton({
  kind,
  locale,
  fields,
  label,
  variant = "secondary",
  disabled,
  pressed,
  title,
}: {
  kind: keyof typeof smallActions;
  locale: string;
  fields: Record<string, string>;
  label: ReactNode;
  variant?: keyof typeof buttonStyles;
  disabled?: boolean;
  pressed?: boolean;
  title?: string;
}) {
  const [state, formAction, isPending] = useActionState(smallActions[kind], {});
  const id = useId();
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} className="min-h-9 px-3 py-1" disabled={disabled || isPending} aria-pressed={pressed} title={title} aria-describedby={state.error ? id : undefined}>
        {label}
      </Button>
      {state.error && (
        <p id={id} role="alert" className="max-w-xs text-xs text-red-700">
          {state.error}
        </p>
      )}
    </form>
  );
}

export function FlagForm({ locale, postId, labels }: { locale: string; postId: string; labels: FlagFormLabels }) {
  const [state, formAction, isPending] = useActionState(flagAction, {});
  const id = useId();
  if (state.message) return <Feedback state={state} id={id} />;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer rounded px-1 font-medium text-zinc-700 underline-offset-2 hover:underline">{labels.flag}</summary>
      <form action={formAction} className="mt-2 space-y-2">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="postId" value={postId} />
        <fieldset>
          <legend className="text-sm font-medium text-zinc-800">{labels.flagReason}</legend>
          {(["spam", "abuse", "off_topic", "other"] as const).map((reason, index) => (
            <label key={reason} className="mt-1 flex items-center gap-2">
              <input type="radio" name="reason" value={reason} defaultChecked={index === 0} />
              {labels.reasons[reason]}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${id}-note`} className="block text-sm font-medium text-zinc-800">
          {labels.flagNote}
        </label>
        <input id={`${id}-note`} name="note" maxLength={500} className={inputStyles} />
        <Feedback state={state} id={`${id}-feedback`} />
        <Button type="submit" variant="secondary" disabled={isPending}>
          {labels.flagSend}
        </Button>
      </form>
    </details>
  );
}

export function UnsubscribeForm({ token, label }: { token: string; label: string }) {
  const [state, formAction, isPending] = useActionState(unsubscribeAction, {});
  const id = useId();
  if (state.message) return <Feedback state={state} id={id} />;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <Feedback state={state} id={id} />
      <Button type="submit" disabled={isPending} className={cn()}>
        {label}
      </Button>
    </form>
  );
}
