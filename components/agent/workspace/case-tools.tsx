"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCaseChanged } from "./use-case-changed";
import { useId, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Merge duplicate cases of this customer into this one (comma-separated numbers). */
export function MergeCases({ number }: { number: string }) {
  const t = useTranslations("workspace.actions.merge");
  const trpc = useTRPC();
  const id = useId();
  const [numbers, setNumbers] = useState("");
  const changed = useCaseChanged(number);
  const merge = useMutation(trpc.workspace.merge.mutationOptions({ onSuccess: () => (setNumbers(""), changed()) }));
  const list = numbers.split(/[\s,;]+/).map((n) => n.trim().toUpperCase()).filter(Boolean);
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        merge.mutate({ intoNumber: number, fromNumbers: list });
      }}
    >
      <p className="text-xs text-zinc-600">{t("intro")}</p>
      <label htmlFor={`${id}-numbers`} className="block text-xs font-medium text-zinc-700">{t("numbers")}</label>
      <input id={`${id}-numbers`} className={inputStyles} value={numbers} onChange={(e) => setNumbers(e.target.value)} aria-describedby={`${id}-hint`} placeholder="C-100012" />
      <p id={`${id}-hint`} className="text-xs text-zinc-600">{t("numbersHint")}</p>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={merge.isPending || list.length === 0}>{t("submit")}</Button>
        <p role="status" aria-live="polite" className="text-sm">
          {merge.data && <span className="text-green-800">{t("done", { count: merge.data.mergedNumbers.length })}</span>}
          {merge.error && <span className="text-red-700">{merge.error.message}</span>}
        </p>
      </div>
    </form>
  );
}

/** Link one of the customer's orders, or a forum thread (pasted address or id). */
export function LinkCase({ number, orders }: { number: string; orders: { number: string; label: string }[] }) {
  const t = useTranslations("workspace.actions.link");
  const trpc = useTRPC();
  const id = useId();
  const [order, setOrder] = useState("");
  const [thread, setThread] = useState("");
  const changed = useCaseChanged(number);
  const link = useMutation(trpc.workspace.link.mutationOptions({ onSuccess: () => (setOrder(""), setThread(""), changed()) }));
  const threadId = UUID.exec(thread)?.[0] ?? "";
  return (
    <div className="space-y-3">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (order) link.mutate({ number, kind: "order", orderNumber: order });
        }}
      >
        <div className="min-w-48 flex-1 space-y-1">
          <label htmlFor={`${id}-order`} className="block text-xs font-medium text-zinc-700">{t("order")}</label>
          <select id={`${id}-order`} className={inputStyles} value={order} onChange={(e) => setOrder(e.target.value)}>
            <option value="">{t("orderNone")}</option>
            {orders.map((o) => (
              <option key={o.number} value={o.number}>{o.label}</option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary" disabled={link.isPending || !order}>{t("linkOrder")}</Button>
      </form>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (threadId) link.mutate({ number, kind: "forum_thread", threadId });
        }}
      >
        <div className="min-w-48 flex-1 space-y-1">
          <label htmlFor={`${id}-thread`} className="block text-xs font-medium text-zinc-700">{t("thread")}</label>
          <input id={`${id}-thread`} className={inputStyles} value={thread} onChange={(e) => setThread(e.target.value)} />
        </div>
        <Button type="submit" variant="secondary" disabled={link.isPending || !threadId}>{t("linkThread")}</Button>
      </form>
      <p role="status" aria-live="polite" className="text-sm">
        {link.isSuccess && <span className="text-green-800">{t("done")}</span>}
        {link.error && <span className="text-red-700">{link.error.message}</span>}
      </p>
    </div>
  );
}
