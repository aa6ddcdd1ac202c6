"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field";
import type { MatrixCell, ServiceChannel } from "@/server/scoring/matrix";

const channels: ServiceChannel[] = ["self_service", "bot", "forum", "chat", "email", "phone_callback", "on_site"];

/** The 27 cells as one table; only an admin gets the selects (everyone else reads it). */
export function ScoringMatrixEditor({ initial, canEdit }: { initial: MatrixCell[]; canEdit: boolean }) {
  const t = useTranslations("cases");
  const trpc = useTRPC();
  const [cells, setCells] = useState(initial);
  const save = useMutation(trpc.cases.updateMatrix.mutationOptions({ onSuccess: (saved) => setCells(saved) }));
  const set = (index: number, key: "primaryChannel" | "secondaryChannel", value: ServiceChannel) => setCells((all) => all.map((c, i) => (i === index ? { ...c, [key]: value } : c)));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ cells });
      }}
      className="space-y-4"
    >
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-zinc-200 bg-zinc-50 text-zinc-700">
            <tr>
              <th scope="col" className="px-3 py-2">{t("agent.complexity")}</th>
              <th scope="col" className="px-3 py-2">{t("agent.severity")}</th>
              <th scope="col" className="px-3 py-2">{t("agent.effort")}</th>
              <th scope="col" className="px-3 py-2">{t("agent.primary")}</th>
              <th scope="col" className="px-3 py-2">{t("agent.secondary")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {cells.map((cell, i) => {
              const label = t("scoring.cell", { complexity: t(`level.${cell.complexity}`), severity: t(`level.${cell.severity}`), effort: t(`level.${cell.effort}`) });
              return (
                <tr key={`${cell.complexity}-${cell.severity}-${cell.effort}`}>
                  <td className="px-3 py-1.5">{t(`level.${cell.complexity}`)}</td>
                  <td className="px-3 py-1.5">{t(`level.${cell.severity}`)}</td>
                  <td className="px-3 py-1.5">{t(`level.${cell.effort}`)}</td>
                  {(["primaryChannel", "secondaryChannel"] as const).map((key) => (
                    <td key={key} className="px-3 py-1.5">
                      {canEdit ? (
                        <select aria-label={`${t(key === "primaryChannel" ? "agent.primary" : "agent.secondary")}: ${label}`} value={cell[key]} onChange={(e) => set(i, key, e.target.value as ServiceChannel)} className={inputStyles}>
                          {channels.map((c) => (
                            <option key={c} value={c}>{t(`serviceChannel.${c}`)}</option>
                          ))}
                        </select>
                      ) : (
                        t(`serviceChannel.${cell[key]}`)
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {canEdit && (
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={save.isPending}>{t("scoring.save")}</Button>
          <p role="status" className="text-sm">
            {save.isSuccess && <span className="text-green-800">{t("scoring.saved")}</span>}
            {save.error && <span className="text-red-700">{save.error.message}</span>}
          </p>
        </div>
      )}
    </form>
  );
}
