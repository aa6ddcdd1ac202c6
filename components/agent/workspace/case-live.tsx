"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useShortcut } from "@/components/agent/shortcuts";
import { useTRPC } from "@/components/trpc-provider";
import type { AppRouter } from "@/server/api/root";
import { Button } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field";
import { Composer } from "./composer";
import { TimelineItem, type TimelineAttachment, type TimelineEvent } from "./timeline-item";

// Polling (TanStack Query refetchInterval): simple, survives proxies, and one query per open case.
const TIMELINE_POLL_MS = 10_000;
const HEARTBEAT_MS = 15_000;

type Timeline = inferRouterOutputs<AppRouter>["workspace"]["timeline"];

/**
 * The live part of the workspace: who else is on the case, the timeline (refreshed every 10 s, so
 * two agents see each other's notes) and the composer.
 */
export function CaseLive(props: {
  number: string;
  locale: "en" | "fr" | "it";
  channelName: string;
  initial: Timeline;
  colleagues: { userId: string; displayName: string }[];
  queues: { id: string; name: string }[];
}) {
  const t = useTranslations("workspace");
  const trpc = useTRPC();
  const router = useRouter();
  const [isTyping, setTyping] = useState(false);
  const [splitting, setSplitting] = useState<TimelineEvent | null>(null);
  const timeline = useQuery(trpc.workspace.timeline.queryOptions({ number: props.number }, { initialData: props.initial, refetchInterval: TIMELINE_POLL_MS, staleTime: 0 }));
  const data = timeline.data ?? props.initial;
  const names = useMemo(() => ({ people: new Map(props.colleagues.map((c) => [c.userId, c.displayName])), queues: new Map(props.queues.map((q) => [q.id, q.name])) }), [props.colleagues, props.queues]);

  // New events from elsewhere (a colleague, the customer) also change the header: reload the server part.
  const rendered = useRef(props.initial.lastEventId);
  const [announced, setAnnounced] = useState(0);
  useEffect(() => {
    if (data.lastEventId === rendered.current) return;
    const before = props.initial.events.length;
    rendered.current = data.lastEventId;
    setAnnounced(Math.max(0, data.events.length - before));
    router.refresh();
  }, [data.lastEventId, data.events.length, props.initial.events.length, router]);

  useShortcut("]", () => router.push("/agent/next"), t("shortcuts.next"));

  const byEvent = useMemo(() => {
    const map = new Map<string, TimelineAttachment[]>();
    for (const a of data.attachments) if (a.eventId) map.set(a.eventId, [...(map.get(a.eventId) ?? []), a]);
    return map;
  }, [data.attachments]);

  return (
    <div className="space-y-4">
      <Viewers number={props.number} isTyping={isTyping} />
      <section aria-labelledby="timeline-title" className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
        <h2 id="timeline-title" className="mb-3 text-base font-semibold text-zinc-900">{t("timeline.title")}</h2>
        <p role="status" aria-live="polite" className="sr-only">{announced > 0 ? t("timeline.refreshed", { count: announced }) : ""}</p>
        {data.events.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("timeline.empty")}</p>
        ) : (
          <ol className="space-y-3" data-testid="timeline">
            {data.events.map((e) => (
              <TimelineItem key={e.id} event={e} attachments={byEvent.get(e.id) ?? []} names={names} onSplit={data.status === "closed" ? undefined : setSplitting} />
            ))}
          </ol>
        )}
        {splitting && <SplitForm number={props.number} event={splitting} onDone={() => setSplitting(null)} />}
      </section>
      <Composer
        number={props.number}
        locale={props.locale}
        channelName={props.channelName}
        lastEventId={data.lastEventId}
        colleagues={props.colleagues}
        isClosed={data.status === "closed"}
        onTyping={setTyping}
        onSent={() => router.refresh()}
      />
    </div>
  );
}

/** The collision notice: colleagues who have this case open (heartbeat every 15 s), and who is writing. */
function Viewers({ number, isTyping }: { number: string; isTyping: boolean }) {
  const t = useTranslations("workspace.viewers");
  const trpc = useTRPC();
  const beat = useMutation(trpc.workspace.heartbeat.mutationOptions());
  const leave = useMutation(trpc.workspace.leave.mutationOptions());
  const { mutate: sendBeat } = beat;
  const { mutate: sendLeave } = leave;
  useEffect(() => {
    sendBeat({ number, isTyping });
    const timer = setInterval(() => sendBeat({ number, isTyping }), HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [number, isTyping, sendBeat]);
  // Leaving says so at once: through the app on unmount, by a beacon when the tab closes (a lost
  // beacon only means the row expires after 45 s).
  useEffect(() => {
    const onHide = () => navigator.sendBeacon("/api/trpc/workspace.leave", new Blob([JSON.stringify({ json: { number } })], { type: "application/json" }));
    window.addEventListener("pagehide", onHide);
    return () => {
      window.removeEventListener("pagehide", onHide);
      sendLeave({ number });
    };
  }, [number, sendLeave]);
  const viewers = beat.data?.viewers ?? [];
  return (
    <div role="status" aria-live="polite" data-testid="collision-notice">
      {viewers.length > 0 && (
        <ul className="space-y-1 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm font-medium text-amber-950">
          {viewers.map((v) => (
            <li key={v.userId}>{v.isTyping ? t("typing", { name: v.name }) : t("viewing", { name: v.name })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SplitForm({ number, event, onDone }: { number: string; event: TimelineEvent; onDone: () => void }) {
  const t = useTranslations("workspace.actions.split");
  const trpc = useTRPC();
  const id = useId();
  const [subject, setSubject] = useState("");
  const split = useMutation(trpc.workspace.split.mutationOptions());
  return (
    <form
      className="mt-4 space-y-2 rounded-md border border-zinc-300 p-3"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        split.mutate({ number, eventId: event.id, subject });
      }}
    >
      <h3 id={`${id}-title`} className="text-sm font-semibold text-zinc-900">{t("title")}</h3>
      <p className="line-clamp-3 whitespace-pre-wrap text-xs text-zinc-700">{event.body}</p>
      <label htmlFor={`${id}-subject`} className="block text-xs font-medium text-zinc-700">{t("subject")}</label>
      <input id={`${id}-subject`} className={inputStyles} required maxLength={200} value={subject} onChange={(e) => setSubject(e.target.value)} autoFocus />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={split.isPending || !subject.trim()}>{t("submit")}</Button>
        <Button type="button" variant="ghost" onClick={onDone}>{t("cancel")}</Button>
        <p role="status" aria-live="polite" className="text-sm">
          {split.data && (
            <a className="text-brand-700 underline" href={`/agent/cases/${split.data.number}`}>{t("done", { number: split.data.number })}</a>
          )}
          {split.error && <span className="text-red-700">{split.error.message}</span>}
        </p>
      </div>
    </form>
  );
}
