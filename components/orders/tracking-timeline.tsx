import { getFormatter, getTranslations } from "next-intl/server";

type TrackingEvent = { id: string; status: string; location: string; description: string; occurredAt: Date };

/** Carrier events, newest first, as an ordered list (screen readers announce the count). */
export async function TrackingTimeline({ events }: { events: TrackingEvent[] }) {
  const [t, format] = await Promise.all([getTranslations("orders"), getFormatter()]);
  return (
    <ol className="relative ml-2 space-y-4 border-l border-zinc-200 pl-5">
      {events.map((event, index) => (
        <li key={event.id} className="relative">
          <span aria-hidden="true" className={`absolute -left-[27px] top-1 h-3 w-3 rounded-full ${index === 0 ? "bg-brand-600" : "bg-zinc-300"}`} />
          <p className="text-sm font-medium text-zinc-900">{t(`shipmentStatuses.${event.status}` as "shipmentStatuses.delivered")}</p>
          <p className="text-sm text-zinc-700">
            {event.description} · {event.location}
          </p>
          <p className="text-xs text-zinc-600">
            <time dateTime={event.occurredAt.toISOString()}>{format.dateTime(event.occurredAt, { dateStyle: "medium", timeStyle: "short" })}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
