import "server-only";
import { cache } from "react";
import { createCaller } from "./root";
import { createRequestContext } from "./context";

/** The same routers, called directly from Server Components (one context per request). */
export const api = cache(async () => createCaller(await createRequestContext()));
