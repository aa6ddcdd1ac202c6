const tasks: { name: string; run: () => Promise<void> }[] = [];

/** Registers a child to stop; tasks run newest first, so the app stops before its database. */
export function onCleanup(name: string, run: () => Promise<void>): void {
  tasks.push({ name, run });
}

export async function cleanUp(): Promise<void> {
  for (let task = tasks.pop(); task; task = tasks.pop()) {
    try {
      await task.run();
    } catch (error) {
      console.error(`Stopping ${task.name} failed:`, error);
    }
  }
}

/** Ctrl-C or a kill stops the children before exiting, so no `next start` or PostgreSQL is left behind. */
export function cleanUpOnSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the benchmark's processes...`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
}
