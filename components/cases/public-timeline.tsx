import { getFormatter, getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import { MessageBody } from "./message-body";

type Event = { id: string; kind: string; author: string; authorName: string | null; channel: string | null; body: string | null; bodyHtml: string | null; createdAt: Date; status: string | null };
type Attachment = { id: string; eventId: string | null; fileName: string; sizeBytes: number };

/**
 * The customer's view of a case: messages both ways and status changes. Message text is Markdown
 * rendered by the one sanitizer when it was written (bodyHtml); nothing else reaches the page as HTML.
 */
export async function PublicTimeline({ events, attachments }: { events: Event[]; attachments: Attachment[] }) {
  const [t, format] = await Promise.all([getTranslations("cases"), getFormatter()]);
  const filesOf = (eventId: string) => attachments.filter((a) => a.eventId === eventId);
  return (
    <ol className="space-y-4">
      {events.map((e) => {
        const when = <time dateTime={e.createdAt.toISOString()}>{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>;
        if (e.kind === "status") {
          return (
            <li key={e.id} className="text-center text-xs text-zinc-600">
              {t("detail.statusChanged", { status: t.has(`status.${e.status}` as "status.open") ? t(`status.${e.status}` as "status.open") : (e.status ?? "") })} · {when}
            </li>
          );
        }
        const isCustomer = e.author === "customer";
        const who = isCustomer ? t("detail.you") : e.author === "bot" ? t("detail.bot") : (e.authorName ?? t("detail.team"));
        const files = filesOf(e.id);
        return (
          <li key={e.id} className={cn("max-w-[90%] rounded-lg border p-4 shadow-sm", isCustomer ? "ml-auto border-brand-100 bg-brand-50" : "border-zinc-200 bg-white")}>
            <p className="mb-2 flex flex-wrap gap-x-2 text-xs text-zinc-600">
              <span className="font-semibold text-zinc-900">{who}</span>
              {e.channel && <span>{t("detail.via", { channel: t(`channel.${e.channel}` as "channel.portal") })}</span>}
              <span>{when}</span>
            </p>
            {e.bodyHtml !== null ? <MessageBody html={e.bodyHtml} /> : <p className="whitespace-pre-wrap break-words text-sm text-zinc-900">{e.body}</p>}
            {files.length > 0 && (
              <ul className="mt-3 space-y-1 border-t border-zinc-200 pt-2" aria-label={t("detail.attachments")}>
                {files.map((f) => (
                  <li key={f.id} className="text-sm">
                    <a href={`/api/attachments/${f.id}`} className="text-brand-700 underline" download>
                      {f.fileName}
                    </a>{" "}
                    <span className="text-xs text-zinc-600">({format.number(f.sizeBytes / 1024, { maximumFractionDigits: 0 })} KB)</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
