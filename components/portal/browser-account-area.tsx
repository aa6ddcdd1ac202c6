"use client";

import { useQuery } from "@tanstack/react-query";
import { TRPCReactProvider, useTRPC } from "@/components/trpc-provider";
import { AccountArea } from "./account-area";

function ViewerAccountArea() {
  const trpc = useTRPC();
  const me = useQuery(trpc.account.me.queryOptions());
  // Holds the button's place while asking, so the header does not jump.
  if (me.isPending) return <span aria-hidden="true" className="inline-block min-h-9 w-20" />;
  return <AccountArea viewer={me.data ?? null} />;
}

/** Who is signed in, asked by the browser: the page around it is the same for every reader. */
export function BrowserAccountArea() {
  return (
    <TRPCReactProvider>
      <ViewerAccountArea />
    </TRPCReactProvider>
  );
}
