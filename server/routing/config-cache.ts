/**
 * In-process cache of the desk's configuration (routing rules, queues, SLA policies with their
 * calendars, case categories). Intake reads all of it for every case, while it changes a few times a
 * month through admin screens. Entries live CONFIG_TTL_MS, so a change made in another process (the
 * worker, a second web instance) applies within that time everywhere; the process that makes the
 * change calls invalidateConfigCache() so it applies there at once.
 *
 * One process talks to one database (the app, the worker, each Vitest file), so entries are keyed by
 * name only.
 */
export const CONFIG_TTL_MS = 10_000;

const entries = new Map<string, { expiresAt: number; value: Promise<unknown> }>();

export function cachedConfig<T>(key: string, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.expiresAt > now) return hit.value as Promise<T>;
  const value = load();
  entries.set(key, { expiresAt: now + CONFIG_TTL_MS, value });
  // A failed load must not be served from the cache until it expires.
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

/** Forgets everything cached: call after writing rules, queues, policies, calendars or categories. */
export function invalidateConfigCache() {
  entries.clear();
}
