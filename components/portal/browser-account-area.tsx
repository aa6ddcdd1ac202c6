"use client";

import type { inferRouterOutputs } from "@trpc/server";
import { useEffect, useState } from "react";
import type { AppRouter } from "@/server/api/root";
import { AccountArea, type AccountAreaLabels } from "./account-area";

type Me = inferRouterOutputs<AppRouter>["account"]["me"];

/**
 * account.me as a plain GET of the tRPC endpoint: the header needs one string of it (the role), and
 * the tRPC client would add 10 kB of script to every cached help page. The answer is superjson's
 * `{ json, meta }`; `json` alone is the value when it holds no dates (this one holds none).
 */
async function fetchViewer(): Promise<Me> {
  const response = await fetch("/api/trpc/account.me", { headers: { accept: "application/json" } });
  if (!response.ok) return null;
  const body = (await response.json()) as { result?: { data?: { json?: Me } } };
  return body.result?.data?.json ?? null;
}

/** Who is signed in, asked by the browser: the page around it is the same for every reader. */
export function BrowserAccountArea({ labels }: { labels: AccountAreaLabels }) {
  const [viewer, setViewer] = useState<Me | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    fetchViewer()
      .catch(() => null)
      .then((me) => isCurrent && setViewer(me));
    return () => {
      isCurrent = false;
    };
  }, []);
  // Holds the button's place while asking, so the header does not jump.
  if (viewer === undefined) return <span aria-hidden="true" className="inline-block min-h-9 w-20" />;
  return <AccountArea viewer={viewer} labels={labels} />;
}
