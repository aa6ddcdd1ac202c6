import { expect, test, type Page } from "@playwright/test";
import { demo, latestMailLink, signInWithPassword } from "./support";

test("a signed-out customer opening a private page signs in by magic link and comes back to it", async ({ page }) => {
  await page.goto("/orders");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Forders/);

  await page.getByLabel("Email address").first().fill(demo.customer);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const link = await latestMailLink(page, demo.customer);
  expect(new URL(link).pathname).toBe("/api/auth/callback/email");
  await page.goto(link);

  await expect(page).toHaveURL(/\/orders$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your orders" })).toBeVisible();
  const firstOrder = page.getByRole("table").getByRole("link").first();
  await expect(firstOrder).toBeVisible();

  await firstOrder.click();
  await expect(page.getByRole("heading", { name: "Items" })).toBeVisible();

  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(page.getByText(demo.customer).first()).toBeVisible();

  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Votre compte" })).toBeVisible();
  await page.getByRole("link", { name: "Commandes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vos commandes" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  // The choice is saved on the profile: give the shared demo account its English back.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // A magic link works once.
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page).toHaveURL(/\/sign-in\?error=Verification/);
  await expect(page.getByText("expired or was already used")).toBeVisible();
});

test("a customer who opens the back-office is refused, by the page and by the API", async ({ page }) => {
  await signInWithPassword(page, demo.orgAdmin);
  expect((await page.goto("/agent"))?.status()).toBe(403);
  const response = await page.goto("/agent/customers");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Back-office sections" })).toHaveCount(0);

  const api = await page.request.get(`/api/trpc/customers.search?input=${encodeURIComponent(JSON.stringify({ json: { query: "" } }))}`);
  expect(api.status()).toBe(403);
});

test("an agent signs in with a password and works in the back-office", async ({ page }) => {
  await signInWithPassword(page, demo.agent, undefined, "/agent");
  await expect(page).toHaveURL(/\/agent\/queues$/);
  // The session cookie is out of reach of scripts and not sent on cross-site requests.
  const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("authjs.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  const sidebar = page.getByRole("navigation", { name: "Back-office sections" });
  for (const section of ["Queues", "Cases", "Customers", "Knowledge", "Community", "Surveys", "Analytics", "Settings"]) {
    await expect(sidebar.getByRole("link", { name: section })).toBeVisible();
  }
  await sidebar.getByRole("link", { name: "Customers" }).click();
  await page.getByLabel("Search customers").fill("demo.parcours.dev");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("cell", { name: demo.customer })).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/sign-in");
  const form = page.locator("form", { has: page.getByLabel("Password") });
  await form.getByLabel("Email address").fill(demo.agent);
  await form.getByLabel("Password").fill("not-the-password");
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(form.getByRole("alert")).toHaveText("The email address or password is not correct.");
});

test("the sixth sign-in link request for one address within 15 minutes is refused", async ({ page }) => {
  const address = `limited-${Date.now()}@example.com`;
  for (let i = 1; i <= 5; i++) {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").first().fill(address);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }
  await page.goto("/sign-in");
  await page.getByLabel("Email address").first().fill(address);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.locator("#magic-email-error")).toContainText("Too many sign-in attempts");

  // The Auth.js endpoint itself answers 429 for the same address.
  const csrf = await (await page.request.get("/api/auth/csrf")).json();
  const direct = await page.request.post("/api/auth/signin/email", { form: { email: address, csrfToken: csrf.csrfToken }, maxRedirects: 0 });
  expect(direct.status()).toBe(429);
});

test("a new address signs up by magic link, and signing out everywhere ends the session in every browser", async ({ browser }) => {
  const address = `newcomer-${Date.now()}@example.org`;
  const contexts = [await browser.newContext(), await browser.newContext()];
  const pages = [];
  for (const context of contexts) {
    const page = await context.newPage();
    await page.goto("/sign-in?callbackUrl=%2Faccount");
    await page.getByLabel("Email address").first().fill(address);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await page.goto(await latestMailLink(page, address));
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expect(page.getByText(address).first()).toBeVisible();
    pages.push(page);
  }
  const [pageA, pageB] = pages as [Page, Page];

  await pageA.getByRole("button", { name: "Sign out on every device" }).click();
  await expect(pageA.getByText("You have been signed out everywhere.")).toBeVisible();

  await pageB.reload();
  await expect(pageB).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  for (const context of contexts) await context.close();
});
