import { randomUUID } from "node:crypto";
import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "parcours-demo";
export const demo = {
  customer: "customer@demo.parcours.dev",
  orgAdmin: "orgadmin@demo.parcours.dev",
  agent: "agent@demo.parcours.dev",
  admin: "admin@demo.parcours.dev",
};

/** Signs in through the password form of the sign-in page, as a person would. */
export async function signInWithPassword(page: Page, email: string, password = DEMO_PASSWORD, returnTo = "/") {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  const form = page.locator("form", { has: page.getByLabel("Password") });
  await form.getByLabel("Email address").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/**
 * Opens the newest dev-mailbox message of `template` (a sign-in link by default) to `to`, waiting for
 * the worker to send it, and returns its first link. Filtering by template matters: other tests may
 * email the same demo address meanwhile, and a queued message has no subject yet.
 */
export async function latestMailLink(page: Page, to: string, template = "magic-link"): Promise<string> {
  await expect(async () => {
    await page.goto("/dev/mailbox");
    const row = page.locator(`tr[data-template="${template}"]`).filter({ hasText: to }).first();
    await expect(row.getByText("sent", { exact: true })).toBeVisible({ timeout: 1000 });
    await row.getByRole("link").click();
    await expect(page.getByTestId("mail-link").first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const href = await page.getByTestId("mail-link").first().getAttribute("href");
  if (!href) throw new Error("no link in the message");
  return href;
}

/**
 * A new customer of their own, signed up by magic link in a fresh browser context: for tests whose
 * assertions depend on the customer's name, language or history, which other tests running in
 * parallel may change on the shared demo accounts.
 */
export async function signUpByMagicLink(browser: Browser, prefix: string, returnTo: string): Promise<{ page: Page; email: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = `${prefix}-${randomUUID().slice(0, 8)}@example.com`;
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email address").first().fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(await latestMailLink(page, email));
  await expect(page).not.toHaveURL(/\/sign-in/);
  return { page, email };
}
