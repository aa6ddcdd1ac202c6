import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import path from "node:path";
import { childEnv } from "@/server/env";
import { waitFor } from "./wait";

const root = path.resolve(import.meta.dirname, "../..");

export type WorkerProcess = {
  child: ChildProcess;
  /** Everything the process printed, for failure messages. */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill: () => Promise<void>;
  /** The local TCP ports of the process's open connections (Linux /proc), to find its database sessions. */
  localPorts: () => number[];
  stop: () => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/** The real worker (`npm run worker`) as a child process, resolved once it reports ready. */
export async function startWorkerProcess(env: Record<string, string | undefined>): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/jobs/worker.ts"], {
    cwd: root,
    env: childEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  await waitFor(
    () => {
      if (hasExited) throw new Error(`worker exited before it was ready:\n${output}`);
      return output.includes("[worker] ready");
    },
    { timeoutMs: 20_000, what: "the worker to report ready" },
  );
  return {
    child,
    output: () => output,
    exited,
    async kill() {
      child.kill("SIGKILL");
      await exited;
    },
    localPorts: () => localPortsOf(child.pid!),
    async stop() {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

function localPortsOf(pid: number): number[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    const target = (() => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        return "";
      }
    })();
    const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
    if (inode) inodes.add(inode);
  }
  const ports: number[] = [];
  for (const table of ["tcp", "tcp6"]) {
    // Columns: sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode …
    for (const line of readFileSync(`/proc/${pid}/net/${table}`, "utf8").split("\n").slice(1)) {
      const columns = line.trim().split(/\s+/);
      if (columns.length > 9 && inodes.has(columns[9]!)) ports.push(Number.parseInt(columns[1]!.split(":")[1]!, 16));
    }
  }
  return ports;
}
