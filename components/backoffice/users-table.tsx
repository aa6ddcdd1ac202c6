"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useDeferredValue, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { inputStyles } from "@/components/ui/field";

const roles = ["customer", "agent", "admin"] as const;

/** Admin: roles and account status. Each change revokes the person's sessions on the server. */
export function UsersTable({ currentUserId }: { currentUserId: string }) {
  const t = useTranslations("agent.settings");
  const tr = useTranslations("agent.roles");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState("");
  const query = useDeferredValue(filter.trim());
  const users = useQuery(trpc.users.list.queryOptions({ query: query || undefined }));
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const onSettled = {
    onSuccess: () => {
      setMessage({ tone: "ok", text: t("saved") });
      return queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
    },
    onError: (error: unknown) => setMessage({ tone: "error", text: error instanceof TRPCClientError ? error.message : String(error) }),
  };
  const setRole = useMutation(trpc.users.setRole.mutationOptions(onSettled));
  const setDisabled = useMutation(trpc.users.setDisabled.mutationOptions(onSettled));

  return (
    <div className="space-y-4">
      <div className="max-w-sm">
        <label htmlFor="user-filter" className="mb-1 block text-sm font-medium text-zinc-800">
          {t("filterLabel")}
        </label>
        <input
          id="user-filter"
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder={t("filterPlaceholder")}
          className={inputStyles}
        />
      </div>
      <p aria-live="polite" className={message?.tone === "error" ? "text-sm text-red-700" : "text-sm text-green-800"}>
        {message?.text}
      </p>
      <DataTable columns={[{ label: t("email") }, { label: t("name") }, { label: t("role") }, { label: t("status") }]} isBusy={users.isPending}>
        {users.data?.map((user) => {
          const isSelf = user.id === currentUserId;
          return (
            <tr key={user.id}>
              <td className="px-4 py-2">{user.email}</td>
              <td className="px-4 py-2 text-zinc-700">{user.name ?? "—"}</td>
              <td className="px-4 py-2">
                <select
                  aria-label={t("roleFor", { email: user.email })}
                  value={user.role}
                  disabled={isSelf || setRole.isPending}
                  onChange={(e) => setRole.mutate({ userId: user.id, role: e.target.value as (typeof roles)[number] })}
                  className={`${inputStyles} min-h-9 w-auto py-1`}
                >
                  {roles.map((role) => (
                    <option key={role} value={role}>
                      {tr(role)}
                    </option>
                  ))}
                </select>
              </td>
              <td className="px-4 py-2">
                <div className="flex items-center gap-3">
                  <Badge tone={user.disabledAt ? "danger" : "success"}>{user.disabledAt ? t("disabled") : t("active")}</Badge>
                  {!isSelf && (
                    <Button
                      variant="secondary"
                      className="min-h-8 px-3 py-1 text-xs"
                      disabled={setDisabled.isPending}
                      onClick={() => setDisabled.mutate({ userId: user.id, isDisabled: !user.disabledAt })}
                    >
                      {user.disabledAt ? t("enable") : t("disable")}
                    </Button>
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}
