"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { TextField } from "@/components/ui/field";
import { weekdays, type CalendarData } from "@/server/settings/schemas";
import { fieldError, SaveFeedback } from "./feedback";
import { ConfirmDeleteButton, FormActions } from "./form-parts";

type Weekday = (typeof weekdays)[number];
type Interval = { start: string; end: string };
type Draft = { id: string | null; name: string; timeZone: string; weeklyHours: Record<Weekday, Interval[]>; holidays: string[] };

const officeHours = (): Draft["weeklyHours"] => ({
  "1": [{ start: "09:00", end: "18:00" }],
  "2": [{ start: "09:00", end: "18:00" }],
  "3": [{ start: "09:00", end: "18:00" }],
  "4": [{ start: "09:00", end: "18:00" }],
  "5": [{ start: "09:00", end: "18:00" }],
  "6": [],
  "7": [],
});

/** Weekday names in the user's language, ISO order (1 = Monday); 2024-01-01 was a Monday. */
function useWeekdayNames(format: "long" | "short") {
  const locale = useLocale();
  return useMemo(() => {
    const names = new Intl.DateTimeFormat(locale, { weekday: format, timeZone: "UTC" });
    return Object.fromEntries(weekdays.map((d) => [d, names.format(new Date(Date.UTC(2024, 0, Number(d))))])) as Record<Weekday, string>;
  }, [locale, format]);
}

/** Admin: business calendars with weekly opening hours per weekday and holidays. */
export function CalendarsEditor() {
  const t = useTranslations("settings");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const calendars = useQuery(trpc.settings.calendars.queryOptions());
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const dayNames = useWeekdayNames("long");
  const shortDays = useWeekdayNames("short");
  const zones = useMemo(() => Intl.supportedValuesOf("timeZone"), []);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }), [locale]);
  const done = (text: string) => () => {
    setMessage(text);
    setDraft(null);
    return queryClient.invalidateQueries({ queryKey: trpc.settings.calendars.queryKey() });
  };
  const create = useMutation(trpc.settings.createCalendar.mutationOptions({ onSuccess: done(t("saved")) }));
  const update = useMutation(trpc.settings.updateCalendar.mutationOptions({ onSuccess: done(t("saved")) }));
  const remove = useMutation(trpc.settings.deleteCalendar.mutationOptions({ onSuccess: done(t("deleted")) }));
  const saveError = create.error ?? update.error;
  const errorAt = (path: string) => fieldError(saveError, path) ?? fieldError(saveError, `data.${path}`);

  const open = (next: Draft) => {
    create.reset();
    update.reset();
    setMessage(null);
    setDraft(next);
  };
  const submit = () => {
    if (!draft) return;
    const { id, ...data } = draft;
    if (id) update.mutate({ id, data });
    else create.mutate(data);
  };
  const setDay = (day: Weekday, intervals: Interval[]) => draft && setDraft({ ...draft, weeklyHours: { ...draft.weeklyHours, [day]: intervals } });
  const hoursSummary = (hours: CalendarData["weeklyHours"]) =>
    weekdays
      .filter((d) => hours[d]?.length)
      .map((d) => `${shortDays[d]} ${hours[d]!.map((i) => `${i.start}–${i.end}`).join(", ")}`);
  // Seeded calendars list years of holidays: the table shows how many and the next few.
  const today = new Date().toISOString().slice(0, 10);
  const upcoming = (holidays: string[]) => holidays.filter((d) => d >= today).slice(0, 3);
  const rows = calendars.data ?? [];

  return (
    <div className="space-y-4">
      <div className="flex justify-end">
        <Button type="button" onClick={() => open({ id: null, name: "", timeZone: "Europe/Paris", weeklyHours: officeHours(), holidays: [] })}>
          {t("calendars.new")}
        </Button>
      </div>
      <SaveFeedback message={message} error={saveError ?? remove.error} />

      {draft && (
        <Card aria-labelledby="calendar-form-title">
          <CardTitle id="calendar-form-title">{draft.id ? t("calendars.editTitle", { name: draft.name }) : t("calendars.newTitle")}</CardTitle>
          <form
            className="grid gap-4 md:grid-cols-2"
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <TextField
              id="calendar-name"
              label={t("calendars.name")}
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              error={errorAt("name")}
              required
              maxLength={120}
            />
            <TextField
              id="calendar-zone"
              label={t("calendars.timeZone")}
              hint={t("calendars.timeZoneHint")}
              list="calendar-zones"
              autoComplete="off"
              value={draft.timeZone}
              onChange={(e) => setDraft({ ...draft, timeZone: e.target.value })}
              error={errorAt("timeZone")}
              required
            />
            <datalist id="calendar-zones">
              {zones.map((zone) => (
                <option key={zone} value={zone} />
              ))}
            </datalist>

            <fieldset className="space-y-3 md:col-span-2">
              <legend className="mb-1 text-sm font-medium text-zinc-800">{t("calendars.weeklyHours")}</legend>
              {weekdays.map((day) => (
                <fieldset key={day} className="rounded-md border border-zinc-200 p-3">
                  <legend className="px-1 text-sm font-semibold text-zinc-800">{dayNames[day]}</legend>
                  {draft.weeklyHours[day].length === 0 && <p className="text-sm text-zinc-600">{t("calendars.closed")}</p>}
                  <ul className="space-y-2">
                    {draft.weeklyHours[day].map((interval, index) => {
                      const id = `calendar-${day}-${index}`;
                      const period = t("calendars.period", { day: dayNames[day], index: index + 1 });
                      const change = (patch: Partial<Interval>) => setDay(day, draft.weeklyHours[day].map((h, i) => (i === index ? { ...h, ...patch } : h)));
                      return (
                        <li key={index} className="flex flex-wrap items-start gap-3" aria-label={period}>
                          <TextField
                            id={`${id}-start`}
                            className="w-32"
                            label={t("calendars.opens")}
                            aria-label={`${period}: ${t("calendars.opens")}`}
                            placeholder="09:00"
                            inputMode="numeric"
                            value={interval.start}
                            onChange={(e) => change({ start: e.target.value })}
                            error={errorAt(`weeklyHours.${day}.${index}.start`)}
                          />
                          <TextField
                            id={`${id}-end`}
                            className="w-32"
                            label={t("calendars.closes")}
                            aria-label={`${period}: ${t("calendars.closes")}`}
                            placeholder="18:00"
                            inputMode="numeric"
                            value={interval.end}
                            onChange={(e) => change({ end: e.target.value })}
                            error={errorAt(`weeklyHours.${day}.${index}.end`)}
                          />
                          <Button
                            type="button"
                            variant="ghost"
                            className="mt-6 min-h-9 py-1"
                            aria-label={`${t("calendars.removeInterval")}: ${period}`}
                            onClick={() => setDay(day, draft.weeklyHours[day].filter((_, i) => i !== index))}
                          >
                            {t("calendars.removeInterval")}
                          </Button>
                        </li>
                      );
                    })}
                  </ul>
                  <Button
                    type="button"
                    variant="secondary"
                    className="mt-2 min-h-9 py-1"
                    aria-label={`${t("calendars.addInterval")}: ${dayNames[day]}`}
                    onClick={() => setDay(day, [...draft.weeklyHours[day], { start: "", end: "" }])}
                  >
                    {t("calendars.addInterval")}
                  </Button>
                </fieldset>
              ))}
              <p className="text-xs text-zinc-600">{t("calendars.timeHint")}</p>
            </fieldset>

            <fieldset className="space-y-2 md:col-span-2">
              <legend className="mb-1 text-sm font-medium text-zinc-800">{t("calendars.holidays")}</legend>
              {draft.holidays.length === 0 && <p className="text-sm text-zinc-600">{t("calendars.noHolidays")}</p>}
              <ul className="space-y-2">
                {draft.holidays.map((holiday, index) => (
                  <li key={index} className="flex flex-wrap items-start gap-3">
                    <TextField
                      id={`calendar-holiday-${index}`}
                      className="w-48"
                      type="date"
                      label={t("calendars.holiday", { index: index + 1 })}
                      value={holiday}
                      onChange={(e) => setDraft({ ...draft, holidays: draft.holidays.map((h, i) => (i === index ? e.target.value : h)) })}
                      error={errorAt(`holidays.${index}`)}
                      required
                    />
                    <Button
                      type="button"
                      variant="ghost"
                      className="mt-6 min-h-9 py-1"
                      aria-label={`${t("calendars.removeHoliday")}: ${t("calendars.holiday", { index: index + 1 })}`}
                      onClick={() => setDraft({ ...draft, holidays: draft.holidays.filter((_, i) => i !== index) })}
                    >
                      {t("calendars.removeHoliday")}
                    </Button>
                  </li>
                ))}
              </ul>
              {errorAt("holidays") && (
                <p className="text-sm text-red-700" role="alert">
                  {errorAt("holidays")}
                </p>
              )}
              <Button type="button" variant="secondary" className="min-h-9 py-1" onClick={() => setDraft({ ...draft, holidays: [...draft.holidays, ""] })}>
                {t("calendars.addHoliday")}
              </Button>
            </fieldset>
            <FormActions isSaving={create.isPending || update.isPending} onCancel={() => setDraft(null)} />
          </form>
        </Card>
      )}

      {calendars.isSuccess && rows.length === 0 ? (
        <EmptyState title={t("calendars.empty")} hint={t("calendars.emptyHint")} />
      ) : (
        <DataTable
          columns={[
            { label: t("calendars.columns.name") },
            { label: t("calendars.columns.timeZone") },
            { label: t("calendars.columns.hours") },
            { label: t("calendars.columns.holidays") },
            { label: t("calendars.columns.policies") },
            { label: t("actions") },
          ]}
          isBusy={calendars.isPending}
        >
          {rows.map((calendar) => (
            <tr key={calendar.id}>
              <td className="min-w-40 px-4 py-2 font-medium text-zinc-900">{calendar.name}</td>
              <td className="px-4 py-2 text-zinc-700">{calendar.timeZone}</td>
              <td className="min-w-48 px-4 py-2 text-zinc-700">
                <ul className="space-y-0.5">
                  {hoursSummary(calendar.weeklyHours).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </td>
              <td className="min-w-40 px-4 py-2 text-zinc-700">
                {calendar.holidays.length === 0 ? (
                  t("none")
                ) : (
                  <>
                    <p>{t("calendars.holidayCount", { count: calendar.holidays.length })}</p>
                    <ul className="space-y-0.5 text-xs text-zinc-600" aria-label={t("calendars.upcoming")}>
                      {upcoming(calendar.holidays).map((day) => (
                        <li key={day}>
                          <time dateTime={day}>{dateFormat.format(new Date(`${day}T00:00:00Z`))}</time>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </td>
              <td className="px-4 py-2 text-zinc-700">{t("calendars.policyCount", { count: calendar.policyCount })}</td>
              <td className="px-4 py-2">
                <div className="flex gap-1">
                  <Button
                    type="button"
                    variant="secondary"
                    className="min-h-9 py-1"
                    aria-label={`${t("edit")}: ${calendar.name}`}
                    onClick={() =>
                      open({
                        id: calendar.id,
                        name: calendar.name,
                        timeZone: calendar.timeZone,
                        weeklyHours: Object.fromEntries(weekdays.map((d) => [d, calendar.weeklyHours[d] ?? []])) as Draft["weeklyHours"],
                        holidays: calendar.holidays,
                      })
                    }
                  >
                    {t("edit")}
                  </Button>
                  <ConfirmDeleteButton
                    label={`${t("delete")}: ${calendar.name}`}
                    confirm={t("calendars.confirmDelete", { name: calendar.name })}
                    disabled={remove.isPending || calendar.policyCount > 0}
                    onConfirm={() => remove.mutate({ id: calendar.id })}
                  />
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
