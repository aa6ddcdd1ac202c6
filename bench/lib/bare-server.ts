import { fork } from "node:child_process";
import http from "node:http";
import path from "node:path";
import postgres from "postgres";

/**
 * The floor of the ladder: a bare Node `http` server answering "my orders" with the same SQL as
 * the app, through postgres.js, with no framework, auth or serialization layer. It runs in a child
 * process (forked with our `--import tsx`) so it has an event loop of its own, as `next start` has:
 * sharing the load generator's thread would measure autocannon as much as the server. (A worker
 * thread would do too, but tsx's loader does not reach worker threads on Node 20.)
 */
export const MY_ORDERS_SQL =
  "select id, number, status, total_cents, currency, placed_at from orders where customer_id = $1 order by placed_at desc, id desc limit 21";

const SERVE_FLAG = "--serve";

type ServerInput = { databaseUrl: string; customerId: string; poolSize: number };
type ServerMessage = { port: number } | { error: string };

export type BareServer = { url: string; pid: number; stop: () => Promise<void> };

export async function startBareServer(input: ServerInput): Promise<BareServer> {
  const child = fork(path.join(import.meta.dirname, "bare-server.ts"), [SERVE_FLAG], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  // Over IPC rather than argv, so the database URL never shows in `ps`.
  child.send(input);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message: ServerMessage) => ("port" in message ? resolve(message.port) : reject(new Error(message.error))));
    child.once("error", reject);
    void exited.then(() => reject(new Error(`the bare server exited with code ${child.exitCode}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/orders`,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

async function serve({ databaseUrl, customerId, poolSize }: ServerInput): Promise<void> {
  const sql = postgres(databaseUrl, { max: poolSize, onnotice: () => {}, connection: { application_name: "parcours-bench-bare" } });
  const server = http.createServer((request, response) => {
    if (request.method !== "GET" || request.url !== "/orders") {
      response.writeHead(404).end();
      return;
    }
    sql
      .unsafe(MY_ORDERS_SQL, [customerId], { prepare: true })
      .then((rows) => {
        const body = JSON.stringify({ items: rows.slice(0, 20), hasMore: rows.length > 20 });
        response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }).end(body);
      })
      .catch((error: unknown) => {
        console.error(error);
        response.writeHead(500).end();
      });
  });
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    process.send!({ port: typeof address === "object" && address ? address.port : 0 } satisfies ServerMessage);
  });
  process.once("SIGTERM", () => {
    server.close();
    void sql.end({ timeout: 1 }).then(() => process.exit(0));
  });
}

// Forked by startBareServer: the input and the port travel over IPC.
if (process.send && process.argv[2] === SERVE_FLAG) {
  process.once("message", (input: ServerInput) => {
    serve(input).catch((error: unknown) => process.send!({ error: String(error) } satisfies ServerMessage));
  });
}
