"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { inputStyles } from "@/components/ui/field";
import { SaveFeedback } from "./feedback";

/** Admin: where each channel's webhook secret comes from, and rotation (the new secret is shown once). */
export function ChannelSecrets() {
  const t = useTranslations("settings");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.settings.channelSecrets.queryOptions());
  const [copied, setCopied] = useState(false);
  const rotate = useMutation(
    trpc.settings.rotateChannelSecret.mutationOptions({
      onSuccess: () => {
        setCopied(false);
        return queryClient.invalidateQueries({ queryKey: trpc.settings.channelSecrets.queryKey() });
      },
    }),
  );
  const fresh = rotate.data;

  return (
    <div className="space-y-4">
      <SaveFeedback message={copied ? t("channels.copied") : null} error={rotate.error} />
      {fresh && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-4">
          <label htmlFor="new-secret" className="mb-1 block text-sm font-semibold text-zinc-900">
            {t("channels.newSecret", { channel: t(`values.${fresh.channel}`) })}
          </label>
          <div className="flex gap-2">
            <input id="new-secret" readOnly value={fresh.secret} onFocus={(e) => e.target.select()} className={`${inputStyles} font-mono`} />
            <Button type="button" variant="secondary" onClick={() => navigator.clipboard.writeText(fresh.secret).then(() => setCopied(true))}>
              {t("channels.copy")}
            </Button>
          </div>
        </div>
      )}
      <DataTable
        columns={[
          { label: t("channels.columns.channel") },
          { label: t("channels.columns.source") },
          { label: t("channels.columns.rotated") },
          { label: t("actions") },
        ]}
        isBusy={list.isPending}
      >
        {list.data?.map((row) => {
          const channel = t(`values.${row.channel}`);
          return (
            <tr key={row.channel}>
              <td className="px-4 py-2 font-medium text-zinc-900">{channel}</td>
              <td className="px-4 py-2">
                <Badge tone={row.source === "rotated" ? "success" : row.source === "env" ? "info" : "warning"}>{t(`channels.source.${row.source}`)}</Badge>
              </td>
              <td className="px-4 py-2 text-zinc-700">
                {row.rotatedAt
                  ? t("channels.rotatedBy", {
                      date: format.dateTime(row.rotatedAt, { dateStyle: "medium", timeStyle: "short" }),
                      name: row.rotatedBy ?? t("audit.system"),
                    })
                  : t("channels.never")}
              </td>
              <td className="px-4 py-2">
                <Button
                  type="button"
                  variant="secondary"
                  className="min-h-9 py-1"
                  aria-label={t("channels.rotateFor", { channel })}
                  disabled={rotate.isPending}
                  onClick={() => {
                    if (window.confirm(t("channels.confirmRotate", { channel }))) rotate.mutate({ channel: row.channel });
                  }}
                >
                  {t("channels.rotate")}
                </Button>
              </td>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}
