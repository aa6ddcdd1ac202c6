"use client";

import { createContext, use, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";

/** common.errorTitle, errorBody and retry, translated on the server by the document around the page. */
export type ErrorTexts = { title: string; body: string; retry: string };

const ErrorTextsContext = createContext<ErrorTexts | null>(null);

/**
 * Gives an area's error boundary its texts. An error.tsx is a client component that gets no props
 * from the server, so the document above it (components/document.tsx) passes them down here: pages
 * whose client components are translated on the server then ship no translation code for it.
 */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext value={texts}>{children}</ErrorTextsContext>;
}

/** The error boundary inside an area whose document renders ErrorTextsProvider (its header and <main> stay). */
export function ProvidedErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const texts = use(ErrorTextsContext);
  if (!texts) throw new Error("ProvidedErrorPage needs an ErrorTextsProvider above it (components/document.tsx)");
  return <StatusPage code="500" title={texts.title} body={texts.body} action={<Button onClick={reset}>{texts.retry}</Button>} />;
}
