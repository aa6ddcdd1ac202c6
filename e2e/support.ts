import { randomUUID } from "node:crypto";
import { expect, type Browser, type Page } from "@playwright/test";
import { createDb } from "../db/client";
import { createCustomerUser, createOrder } from "../db/seed/factories";
import { toolEnv } from "../server/env";

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

/**
 * A new customer of their own opens a case in `category` from the portal, the demo agent resolves it
 * in the back-office, and the survey email arrives (the demo templates send right away): its first
 * link, the one-click rating 1, checked to open the survey of this case.
 */
export async function surveyOfResolvedCase(browser: Browser, options: { prefix: string; category: string; subject: string; description: string }) {
  // The survey comes in the customer's language, which other tests change on the demo account.
  const { page: customer, email } = await signUpByMagicLink(browser, options.prefix, "/cases/new");
  await customer.goto("/cases/new");
  await customer.getByLabel("Topic").selectOption(options.category);
  await customer.getByLabel("Subject").fill(options.subject);
  await customer.getByLabel("Description").fill(options.description);
  await customer.getByRole("button", { name: "Send my request" }).click();
  await expect(customer).toHaveURL(/\/cases\/C-\d+\?created=1/);
  const number = /\/cases\/(C-\d+)/.exec(customer.url())![1]!;

  const agent = await (await browser.newContext()).newPage();
  await signInWithPassword(agent, demo.agent, undefined, `/agent/cases/${number}`);
  await agent.goto(`/agent/cases/${number}`);
  await agent.getByRole("button", { name: "Resolve", exact: true }).click();
  await expect(agent.getByLabel("Status")).toHaveValue("resolved");

  const visitor = await (await browser.newContext()).newPage();
  let link = "";
  await expect(async () => {
    link = await latestMailLink(visitor, email, "survey-invitation");
    await visitor.goto(link);
    await expect(visitor.getByRole("heading", { level: 1 })).toContainText(number, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  return { number, email, agent, visitor, link };
}

/**
 * The database of the app under test, for arranging what a test uses up (an order it asks a refund
 * on): the DATABASE_URL the launcher was given, else the embedded PostgreSQL it starts for the e2e
 * server (port and database as in playwright.config.ts and scripts/launch.ts).
 */
const e2eDatabaseUrl = () => toolEnv.DATABASE_URL ?? "postgres://postgres:postgres@127.0.0.1:54325/parcours";

/**
 * A customer of their own (English, signs in with DEMO_PASSWORD) with one delivered order, created
 * through the seed factories the integration tests use: the test does not depend on what earlier runs
 * left on the shared demo accounts (a refund can be asked once per order).
 */
export async function customerWithDeliveredOrder(prefix: string): Promise<{ email: string; orderNumber: string }> {
  const db = createDb(e2eDatabaseUrl(), { max: 1 });
  try {
    const customer = await createCustomerUser(db, { email: `${prefix}-${randomUUID().slice(0, 8)}@example.com`, name: "Robin Refund", country: "GB", password: DEMO_PASSWORD });
    const order = await createOrder(db, { customerId: customer.customerId, status: "delivered" });
    return { email: customer.email, orderNumber: order.number };
  } finally {
    await db.$client.end();
  }
}
