"use client";

import { useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * Back-office keyboard shortcuts. Any client component registers one with
 * `useShortcut("g q", handler, description)`; keys are space-separated for a sequence ("g q") and
 * match `KeyboardEvent.key` ("?", "Enter", "]"). Shortcuts never fire while the user types in a field
 * or holds Ctrl, Alt or Meta, and the "?" help dialog lists every registered one.
 */
type Shortcut = { keys: string; description: string; handler: () => void };

type Registry = { register: (id: string, shortcut: Shortcut) => () => void };

const ShortcutsContext = createContext<Registry | null>(null);

// How long the first key of a sequence ("g" of "g q") waits for the second.
const SEQUENCE_MS = 1200;

function isTyping(target: EventTarget | null) {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest("input, textarea, select, [contenteditable='true']") !== null;
}

export function ShortcutsProvider({ children }: { children: ReactNode }) {
  const t = useTranslations("queues.shortcuts");
  const shortcuts = useRef(new Map<string, Shortcut>());
  // What the help dialog lists; the key handler reads the ref so it never re-subscribes.
  const [listed, setListed] = useState<Shortcut[]>([]);
  const [isHelpOpen, setHelpOpen] = useState(false);
  const pending = useRef<{ key: string; at: number } | null>(null);

  const register = useCallback((id: string, shortcut: Shortcut) => {
    shortcuts.current.set(id, shortcut);
    setListed([...shortcuts.current.values()]);
    return () => {
      shortcuts.current.delete(id);
      setListed([...shortcuts.current.values()]);
    };
  }, []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      // Enter on a link or button keeps its own meaning.
      if (event.key === "Enter" && event.target instanceof HTMLElement && event.target.closest("a, button, summary, [role='button']")) return;
      // A shortcut inside an open dialog would act on the page behind it.
      if (document.querySelector("dialog[open]")) return;
      const now = Date.now();
      const previous = pending.current && now - pending.current.at < SEQUENCE_MS ? pending.current.key : null;
      const all = [...shortcuts.current.values()];
      const sequence = previous ? all.find((s) => s.keys === `${previous} ${event.key}`) : undefined;
      const match = sequence ?? all.find((s) => s.keys === event.key);
      if (match) {
        pending.current = null;
        event.preventDefault();
        match.handler();
        return;
      }
      if (event.key === "?") {
        pending.current = null;
        event.preventDefault();
        setHelpOpen(true);
        return;
      }
      pending.current = all.some((s) => s.keys.startsWith(`${event.key} `)) ? { key: event.key, at: now } : null;
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  const registry = useMemo(() => ({ register }), [register]);
  return (
    <ShortcutsContext.Provider value={registry}>
      {children}
      {isHelpOpen && <ShortcutsHelp shortcuts={listed} title={t("title")} close={t("close")} hint={t("hint")} onClose={() => setHelpOpen(false)} />}
    </ShortcutsContext.Provider>
  );
}

/** Registers a shortcut while the calling component is mounted. The handler may change on every render. */
export function useShortcut(keys: string, handler: () => void, description: string) {
  const registry = useContext(ShortcutsContext);
  const id = useId();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!registry) return;
    return registry.register(id, { keys, description, handler: () => latest.current() });
  }, [registry, id, keys, description]);
}

function ShortcutsHelp({ shortcuts, title, close, hint, onClose }: { shortcuts: Shortcut[]; title: string; close: string; hint: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.showModal();
    return () => opener?.focus();
  }, []);
  const rows = [{ keys: "?", description: title }, ...shortcuts];
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => event.target === dialog.current && dialog.current?.close()}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-zinc-200 bg-white p-0 shadow-xl backdrop:bg-zinc-900/40"
    >
      <div className="p-5">
        <h2 id={titleId} className="text-base font-semibold text-zinc-900">
          {title}
        </h2>
        <p className="mt-1 text-sm text-zinc-600">{hint}</p>
        <dl className="mt-4 divide-y divide-zinc-100">
          {rows.map((s) => (
            <div key={`${s.keys}-${s.description}`} className="flex items-center justify-between gap-4 py-2 text-sm">
              <dt className="flex gap-1">
                {s.keys.split(" ").map((k, i) => (
                  <kbd key={i} className="min-w-7 rounded border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 text-center font-mono text-xs text-zinc-800">
                    {k}
                  </kbd>
                ))}
              </dt>
              <dd className="text-right text-zinc-800">{s.description}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog" className="mt-4 flex justify-end">
          <Button type="submit" variant="secondary" autoFocus>
            {close}
          </Button>
        </form>
      </div>
    </dialog>
  );
}
