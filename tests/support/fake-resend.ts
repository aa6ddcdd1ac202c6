import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/** What the Resend SDK posts to /emails. */
export type ResendEmailBody = { from: string; to: string | string[]; subject: string; html?: string; text?: string };

/** Every POST /emails that reached the server, answered or not. */
export type ReceivedRequest = {
  at: number;
  idempotencyKey: string | null;
  authorization: string | null;
  userAgent: string | null;
  body: ResendEmailBody;
  /** The status we answered, or null for a request we left hanging. */
  status: number | null;
};

/** A message that reached its recipient: one per idempotency key, however often it was posted. */
export type Delivery = { id: string; at: number; idempotencyKey: string | null; body: ResendEmailBody };

type ScriptedFailure = { status: number; retryAfterSeconds?: number };
type ScriptedHang = { deliver: boolean };

export type FakeResend = {
  url: string;
  apiKey: string;
  received: ReceivedRequest[];
  deliveries: Delivery[];
  /** The next `count` requests get this answer instead of being delivered (500, 429 with Retry-After…). */
  failNext(count: number, failure: ScriptedFailure): void;
  /**
   * The next request never gets an answer, as if the process on the other side died. With
   * `deliver`, the message is delivered first: the worst case, where the provider has sent it but the
   * sender never learns so.
   */
  hangNext(options?: { deliver?: boolean }): void;
  close(): Promise<void>;
};

const errorNames: Record<number, string> = {
  400: "validation_error",
  401: "missing_api_key",
  403: "invalid_api_key",
  404: "not_found",
  409: "invalid_idempotent_request",
  422: "validation_error",
  429: "rate_limit_exceeded",
  500: "internal_server_error",
  503: "internal_server_error",
};

/**
 * A local HTTP server speaking the part of the Resend API the SDK uses to send: POST /emails with
 * Bearer auth and Idempotency-Key. Like Resend, a repeated key with the same payload returns the first
 * answer without sending again, and a repeated key with a different payload answers 409.
 * Point the real SDK at it: `resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url })`.
 */
export async function startFakeResend(options: { apiKey?: string } = {}): Promise<FakeResend> {
  const apiKey = options.apiKey ?? "re_test";
  const received: ReceivedRequest[] = [];
  const deliveries: Delivery[] = [];
  const byKey = new Map<string, { payload: string; response: { id: string } }>();
  const failures: ScriptedFailure[] = [];
  const hangs: ScriptedHang[] = [];

  const answer = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };
  const error = (res: http.ServerResponse, status: number, message: string, headers: Record<string, string> = {}) =>
    answer(res, status, { statusCode: status, name: errorNames[status] ?? "application_error", message }, headers);

  const deliver = (key: string | null, body: ResendEmailBody, payload: string) => {
    const response = { id: randomUUID() };
    deliveries.push({ id: response.id, at: Date.now(), idempotencyKey: key, body });
    if (key) byKey.set(key, { payload, response });
    return response;
  };

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");

    if (req.method !== "POST" || req.url !== "/emails") return error(res, 404, `no route ${req.method} ${req.url}`);
    const authorization = req.headers.authorization ?? null;
    if (!authorization) return error(res, 401, "Missing API key in the authorization header.");
    if (authorization !== `Bearer ${apiKey}`) return error(res, 403, "API key is invalid.");

    let body: ResendEmailBody;
    try {
      body = JSON.parse(raw) as ResendEmailBody;
    } catch {
      return error(res, 400, "Invalid JSON body.");
    }
    const key = (req.headers["idempotency-key"] as string | undefined) ?? null;
    const request: ReceivedRequest = {
      at: Date.now(),
      idempotencyKey: key,
      authorization,
      userAgent: req.headers["user-agent"] ?? null,
      body,
      status: null,
    };
    received.push(request);
    const reply = (status: number, replyBody: unknown, headers?: Record<string, string>) => {
      request.status = status;
      answer(res, status, replyBody, headers);
    };
    const replyError = (status: number, message: string, headers?: Record<string, string>) =>
      reply(status, { statusCode: status, name: errorNames[status] ?? "application_error", message }, headers);

    const isValid =
      typeof body.from === "string" &&
      (typeof body.to === "string" || (Array.isArray(body.to) && body.to.every((to) => typeof to === "string"))) &&
      typeof body.subject === "string" &&
      (typeof body.html === "string" || typeof body.text === "string");
    if (!isValid) return replyError(422, "Missing `from`, `to`, `subject` or a body.");

    const failure = failures.shift();
    if (failure) {
      const headers: Record<string, string> = failure.retryAfterSeconds !== undefined ? { "retry-after": String(failure.retryAfterSeconds) } : {};
      return replyError(failure.status, `Scripted failure ${failure.status}.`, headers);
    }

    const payload = JSON.stringify({ from: body.from, to: body.to, subject: body.subject, html: body.html, text: body.text });
    const hang = hangs.shift();
    if (hang) {
      if (hang.deliver && !(key && byKey.has(key))) deliver(key, body, payload);
      return; // never answered; the socket closes when the client dies or the server closes
    }

    if (key) {
      const previous = byKey.get(key);
      if (previous) {
        if (previous.payload !== payload) return replyError(409, "Same idempotency key used with a different request payload.");
        return reply(200, previous.response);
      }
    }
    reply(200, deliver(key, body, payload));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    received,
    deliveries,
    failNext(count, failure) {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    hangNext(hangOptions = {}) {
      hangs.push({ deliver: hangOptions.deliver ?? false });
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
