import { expect, test } from "@playwright/test";
import { demo, signInWithPassword } from "./support";

const input = (json: unknown) => encodeURIComponent(JSON.stringify({ json }));

test.describe("the tRPC endpoint answers bad requests with clear 4xx errors, never 500", () => {
  test("anonymous callers get 401 on customer procedures, and a translated message", async ({ request }) => {
    const response = await request.get(`/api/trpc/orders.list?input=${input({ limit: 5 })}`, { headers: { cookie: "NEXT_LOCALE=fr" } });
    expect(response.status()).toBe(401);
    const body = await response.json();
    expect(body.error.json.message).toBe("Veuillez vous connecter pour continuer.");
  });

  test("malformed, oversized and cross-site requests", async ({ page }) => {
    await signInWithPassword(page, demo.orgAdmin);
    const api = page.request;

    const cases: Array<[string, () => Promise<{ status(): number; text(): Promise<string> }>, number]> = [
      ["limit of the wrong type", () => api.get(`/api/trpc/orders.list?input=${input({ limit: "many" })}`), 400],
      ["negative limit", () => api.get(`/api/trpc/orders.list?input=${input({ limit: -1 })}`), 400],
      ["huge limit", () => api.get(`/api/trpc/orders.list?input=${input({ limit: 1e12 })}`), 400],
      ["not JSON at all", () => api.get(`/api/trpc/orders.list?input=%7Bnot-json`), 400],
      ["bad cursor", () => api.get(`/api/trpc/orders.list?input=${input({ cursor: { placedAt: "yesterday", id: "x" } })}`), 400],
      ["unknown order", () => api.get(`/api/trpc/orders.get?input=${input({ number: "PC-0000-000000" })}`), 404],
      ["NUL in an order number", () => api.get(`/api/trpc/orders.get?input=${input({ number: "PC\u0000" })}`), 400],
      ["lone surrogate", () => api.get(`/api/trpc/orders.get?input=${encodeURIComponent('{"json":{"number":"PC\\ud800"}}')}`), 400],
      ["deep nesting", () => api.get(`/api/trpc/orders.list?input=${encodeURIComponent(`{"json":${"[".repeat(50)}${"]".repeat(50)}}`)}`), 400],
      ["unknown procedure", () => api.get(`/api/trpc/orders.drop?input=${input({})}`), 404],
      ["agent-only procedure as a customer", () => api.get(`/api/trpc/customers.search?input=${input({ query: "a" })}`), 403],
      ["mutation through GET", () => api.get(`/api/trpc/account.signOutEverywhere`), 405],
      ["1 MB body", () => api.post(`/api/trpc/account.setLocale`, { data: JSON.stringify({ json: "x".repeat(1024 * 1024) }), headers: { "content-type": "application/json" } }), 413],
      ["cross-site post", () => api.post(`/api/trpc/account.signOutEverywhere`, { data: "{}", headers: { "content-type": "application/json", origin: "https://evil.example", "sec-fetch-site": "cross-site" } }), 403],
      ["invalid locale", () => api.post(`/api/trpc/account.setLocale`, { data: JSON.stringify({ json: "de" }), headers: { "content-type": "application/json" } }), 400],
    ];
    for (const [name, call, status] of cases) {
      const response = await call();
      expect(response.status(), name).toBe(status);
      expect(await response.text(), name).not.toMatch(/at .+\.(ts|js):\d+/);
    }

    // The session survived all of that: nothing was changed by the refused mutations.
    const profile = await api.get(`/api/trpc/account.me`);
    expect(profile.status()).toBe(200);
  });

  test("pages send protective headers", async ({ request }) => {
    const response = await request.get("/en/help");
    expect(response.status()).toBe(200);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    expect(response.headers()["x-powered-by"]).toBeUndefined();
  });
});
