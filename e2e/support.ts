import { expect, type Page } from "@playwright/test";

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
