import type { ReactNode } from "react";

type Props = { code: string; title: string; body: string; action?: ReactNode; standalone?: boolean };

/** Full-page message for 403, 404 and errors; `standalone` when no layout around it has a <main>. */
export function StatusPage({ code, title, body, action, standalone = false }: Props) {
  const Landmark = standalone ? "main" : "div";
  return (
    <Landmark id={standalone ? "main" : undefined} className="mx-auto flex min-h-[60dvh] max-w-xl flex-col items-center justify-center px-6 py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">{code}</p>
      <h1 className="mt-2 text-2xl font-bold text-zinc-900">{title}</h1>
      <p className="mt-3 text-zinc-600">{body}</p>
      {action && <div className="mt-8">{action}</div>}
    </Landmark>
  );
}
