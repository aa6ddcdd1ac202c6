import type { ReactNode } from "react";

/** What an empty list shows: what is missing and what to do about it. */
export function EmptyState({ title, hint, action }: { title: string; hint: string; action?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-zinc-300 bg-white px-6 py-12 text-center">
      <p className="text-base font-semibold text-zinc-900">{title}</p>
      <p className="mx-auto mt-2 max-w-md text-sm text-zinc-600">{hint}</p>
      {action && <div className="mt-6">{action}</div>}
    </div>
  );
}
