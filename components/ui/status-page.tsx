import type { ReactNode } from "react";

/** Full-page message for 403, 404 and errors. */
export function StatusPage({ code, title, body, action }: { code: string; title: string; body: string; action?: ReactNode }) {
  return (
    <main id="main" className="mx-auto flex min-h-[60dvh] max-w-xl flex-col items-center justify-center px-6 py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">{code}</p>
      <h1 className="mt-2 text-2xl font-bold text-zinc-900">{title}</h1>
      <p className="mt-3 text-zinc-600">{body}</p>
      {action && <div className="mt-8">{action}</div>}
    </main>
  );
}
