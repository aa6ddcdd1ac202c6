"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { inputStyles, TextField } from "@/components/ui/field";
import { trpcFailure } from "./use-trpc-error";

const channelKeys = ["email", "phone", "sms", "chat", "portal"] as const;
type Channel = (typeof channelKeys)[number];
const zones = ["Europe/Paris", "Europe/Rome", "Europe/London", "Europe/Brussels", "Europe/Zurich", "Europe/Berlin", "Europe/Madrid", "UTC"];

export type ProfileValues = {
  displayName: string;
  phone: string | null;
  locale: "en" | "fr" | "it";
  channels: Channel[];
  fromHour: number;
  toHour: number;
  days: number[];
  timeZone: string;
};

/** Name, phone, language and how and when to be contacted; the server validates again and answers field by field. */
export function ProfileForm({ initial }: { initial: ProfileValues }) {
  const trpc = useTRPC();
  const router = useRouter();
  const t = useTranslations("selfcare.account");
  const ta = useTranslations("account");
  const tc = useTranslations("common");
  const format = useFormatter();
  const [values, setValues] = useState({ ...initial, phone: initial.phone ?? "" });
  const save = useMutation(trpc.account.updateProfile.mutationOptions({ onSuccess: () => router.refresh() }));
  const failure = trpcFailure(save.error);
  const fieldError = (name: string) => failure?.fields[name]?.join(" ");
  // Monday 2024-01-01 onwards: weekday names in the reader's language.
  const dayName = (day: number) => format.dateTime(new Date(Date.UTC(2024, 0, day, 12)), { weekday: "short", timeZone: "UTC" });
  const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ ...values, days: [...values.days].sort() });
      }}
    >
      <TextField id="profile-name" label={t("displayName")} value={values.displayName} maxLength={100} required autoComplete="name" error={fieldError("displayName")} onChange={(e) => setValues({ ...values, displayName: e.target.value })} />
      <TextField id="profile-phone" label={t("phone")} hint={t("phoneHint")} type="tel" value={values.phone} maxLength={30} autoComplete="tel" error={fieldError("phone")} onChange={(e) => setValues({ ...values, phone: e.target.value })} />
      <div className="space-y-1.5">
        <label htmlFor="profile-locale" className="block text-sm font-medium text-zinc-800">{t("language")}</label>
        <select id="profile-locale" className={inputStyles} value={values.locale} onChange={(e) => setValues({ ...values, locale: e.target.value as ProfileValues["locale"] })}>
          {(["en", "fr", "it"] as const).map((l) => (
            <option key={l} value={l}>{tc(`languages.${l}`)}</option>
          ))}
        </select>
      </div>
      <fieldset className="space-y-2" aria-describedby="profile-channels-hint">
        <legend className="text-sm font-medium text-zinc-800">{t("channels")}</legend>
        <p id="profile-channels-hint" className="text-xs text-zinc-600">{t("channelsHint")}</p>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {channelKeys.map((channel) => (
            <label key={channel} className="flex items-center gap-2 text-sm text-zinc-800">
              <input type="checkbox" className="h-4 w-4" checked={values.channels.includes(channel)} onChange={() => setValues({ ...values, channels: toggle(values.channels, channel) })} />
              {ta(`channels.${channel}`)}
            </label>
          ))}
        </div>
        {fieldError("channels") && <p role="alert" className="text-sm text-red-700">{fieldError("channels")}</p>}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-zinc-800">{t("hours")}</legend>
        <div className="flex flex-wrap items-end gap-3">
          <div className="space-y-1">
            <label htmlFor="profile-from" className="block text-xs text-zinc-700">{t("from")}</label>
            <select id="profile-from" className={inputStyles} value={values.fromHour} onChange={(e) => setValues({ ...values, fromHour: Number(e.target.value) })}>
              {Array.from({ length: 24 }, (_, h) => <option key={h} value={h}>{t("hour", { hour: h })}</option>)}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="profile-to" className="block text-xs text-zinc-700">{t("to")}</label>
            <select id="profile-to" className={inputStyles} value={values.toHour} aria-invalid={fieldError("toHour") ? true : undefined} onChange={(e) => setValues({ ...values, toHour: Number(e.target.value) })}>
              {Array.from({ length: 24 }, (_, h) => <option key={h + 1} value={h + 1}>{t("hour", { hour: h + 1 })}</option>)}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="profile-zone" className="block text-xs text-zinc-700">{t("timeZone")}</label>
            <select id="profile-zone" className={inputStyles} value={values.timeZone} onChange={(e) => setValues({ ...values, timeZone: e.target.value })}>
              {[...new Set([values.timeZone, ...zones])].map((zone) => <option key={zone} value={zone}>{zone}</option>)}
            </select>
          </div>
        </div>
        {fieldError("toHour") && <p role="alert" className="text-sm text-red-700">{fieldError("toHour")}</p>}
        <div className="flex flex-wrap gap-x-4 gap-y-2" role="group" aria-label={t("days")}>
          {[1, 2, 3, 4, 5, 6, 7].map((day) => (
            <label key={day} className="flex items-center gap-2 text-sm text-zinc-800">
              <input type="checkbox" className="h-4 w-4" checked={values.days.includes(day)} onChange={() => setValues({ ...values, days: toggle(values.days, day) })} />
              {dayName(day)}
            </label>
          ))}
        </div>
        {fieldError("days") && <p role="alert" className="text-sm text-red-700">{fieldError("days")}</p>}
      </fieldset>
      {failure && !Object.keys(failure.fields).length && <p role="alert" className="text-sm text-red-700">{failure.message}</p>}
      {save.isSuccess && <p role="status" className="text-sm text-green-800">{t("saved")}</p>}
      <Button type="submit" disabled={save.isPending}>{save.isPending ? t("saving") : t("save")}</Button>
    </form>
  );
}
