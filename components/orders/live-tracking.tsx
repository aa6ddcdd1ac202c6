"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";

import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

export type TrackingData = inferRouterOutputs<AppRouter>["orders"]["tracking"];

// Polling through tRPC rather than server-sent events: carriers report a handful of events a day,
// so a 4-second poll costs one indexed query per open page and nothing once the parcel is delivered
// (refetchInterval stops), while SSE would hold a connection and a worker per viewer for hours,
// survive poorly behind proxies, and need its own auth path outside tRPC's procedures and policy.
const POLL_MS = 4000;

/** The parcels of an order and their carrier events, newest first, refreshed while any parcel is on its way. */
export function LiveTracking({ number, initial }: { number: string; initial: TrackingData }) {
  const trpc = useTRPC();
  const t = useTranslations("orders");
  const ts = useTranslations("selfcare.tracking");
  const format = useFormatter();
  const { data } = useQuery({
    ...trpc.orders.tracking.queryOptions({ number }),
    initialData: initial,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.isDone ? false : POLL_MS),
    refetchIntervalInBackground: false,
  });
  const seen = useRef(new Set(initial.events.map((e) => e.id)));
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    const fresh = data.events.filter((e) => !seen.current.has(e.id));
    if (fresh.length === 0) return;
    fresh.forEach((e) => seen.current.add(e.id));
    setAnnouncement(ts("newEvents", { count: fresh.length }));
  }, [data.events, ts]);

  return (
    <div className="space-y-6">
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {!data.isDone && <p className="text-xs text-zinc-600">{ts("live")}</p>}
      {data.shipments.map((shipment) => {
        const events = data.events.filter((event) => event.shipmentId === shipment.id);
        return (
          <div key={shipment.id} className="space-y-3">
            <p className="text-sm text-zinc-800">{t("carrier", { carrier: shipment.carrier, tracking: shipment.trackingNumber })}</p>
            {shipment.deliveredAt ? (
              <p className="text-sm font-medium text-green-800">{ts("delivered", { date: format.dateTime(shipment.deliveredAt, { dateStyle: "long" }) })}</p>
            ) : (
              shipment.expectedAt && <p className="text-sm font-medium text-zinc-900">{ts("expected", { date: format.dateTime(shipment.expectedAt, { dateStyle: "full" }) })}</p>
            )}
            <h3 className="pt-2 text-sm font-semibold text-zinc-800">{t("tracking")}</h3>
            {events.length === 0 ? (
              <p className="text-sm text-zinc-600">{ts("noEvents")}</p>
            ) : (
              <ol className="relative ml-2 space-y-4 border-l border-zinc-200 pl-5" data-testid="tracking-timeline">
                {events.map((event, index) => (
                  <li key={event.id} className="relative">
                    <span aria-hidden="true" className={`absolute -left-[27px] top-1 h-3 w-3 rounded-full ${index === 0 ? "bg-brand-600" : "bg-zinc-300"}`} />
                    <p className="text-sm font-medium text-zinc-900">{t(`shipmentStatuses.${event.status}` as "shipmentStatuses.delivered")}</p>
                    <p className="text-sm text-zinc-700">
                      {event.description} · {event.location}
                    </p>
                    <p className="text-xs text-zinc-600">
                      <time dateTime={new Date(event.occurredAt).toISOString()}>{format.dateTime(event.occurredAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </div>
        );
      })}
    </div>
  );
}
