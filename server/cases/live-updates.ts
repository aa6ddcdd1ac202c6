import { EventEmitter, on } from "node:events";
import type { Sql } from "postgres";
import type { Database } from "@/db/client";

/** The channel the statement-level trigger of migration 0022 notifies after any insert or update of cases. */
export const CASES_CHANGED = "cases_changed";

type Hub = { emitter: EventEmitter; listening: Promise<unknown> };

// One LISTEN connection per database client (so one per server process), shared by every subscriber.
const hubs = new WeakMap<Sql, Hub>();

function clientOf(db: Database): Sql {
  const client = (db as Database & { $client?: Sql }).$client;
  if (!client) throw new Error("Live updates need the process database client, not a transaction.");
  return client;
}

function hubOf(client: Sql): Hub {
  let hub = hubs.get(client);
  if (!hub) {
    const emitter = new EventEmitter();
    // Every open queue page of every agent subscribes here.
    emitter.setMaxListeners(0);
    // postgres.js re-listens by itself after a lost connection.
    const listening = client.listen(CASES_CHANGED, () => emitter.emit("change", Date.now()));
    hub = { emitter, listening };
    hubs.set(client, hub);
    listening.catch(() => hubs.delete(client));
  }
  return hub;
}

/**
 * Yields once per committed change to the cases table (made by any process), until `signal` aborts.
 * Bursts are not merged here: subscribers debounce before they refetch.
 */
export async function* caseChanges(db: Database, signal: AbortSignal | undefined): AsyncGenerator<{ at: number }> {
  const hub = hubOf(clientOf(db));
  await hub.listening;
  try {
    for await (const [at] of on(hub.emitter, "change", { signal })) yield { at: at as number };
  } catch (error) {
    if (!signal?.aborted) throw error;
  }
}
