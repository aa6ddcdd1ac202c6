import { expect, test } from "@playwright/test";
import { demo, signInWithPassword } from "./support";

// Names unique per run, so the spec passes again on the same database.
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("an admin creates a routing rule, moves it first and tests a case against it", async ({ page }) => {
  await signInWithPassword(page, demo.admin, undefined, "/agent/settings/routing");
  await page.goto("/agent/settings/routing");
  const name = `SMS account questions ${run}`;
  await page.getByRole("button", { name: "New rule" }).click();
  const form = page.locator("form", { has: page.getByLabel("Send to queue") });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Send to queue").selectOption({ label: "Billing and refunds" });
  await form.getByLabel("Set priority").selectOption("high");
  await form.getByRole("group", { name: "Condition 1" }).getByRole("checkbox", { name: "Account" }).check();
  await form.getByRole("button", { name: "Add a condition" }).click();
  const second = form.getByRole("group", { name: "Condition 2" });
  await second.getByLabel("Fact").selectOption("channel");
  await second.getByRole("checkbox", { name: "SMS" }).check();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();

  const moveUp = page.getByRole("button", { name: `Move up: ${name}` });
  while (await moveUp.isEnabled()) {
    const rows = page.getByRole("row");
    const before = await rows.allTextContents();
    await moveUp.click();
    await expect(async () => expect(await rows.allTextContents()).not.toEqual(before)).toPass();
  }
  await expect(page.getByRole("row").nth(1)).toContainText(name);

  const tester = page.getByRole("region", { name: "Test a case against the rules" });
  await tester.getByLabel("Channel").selectOption("sms");
  await tester.getByLabel("Category").selectOption("account");
  await tester.getByRole("button", { name: "Test" }).click();
  await expect(tester.getByText(`Matched rule: ${name}`)).toBeVisible();
  const outcome = tester.locator("dl");
  await expect(outcome).toContainText("Billing and refunds");
  await expect(outcome).toContainText("High");

  // Leaves the desk as it found it: the rule would otherwise route other specs' SMS account cases.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: `Delete: ${name}` }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
});

test("an admin creates a French macro", async ({ page }) => {
  await signInWithPassword(page, demo.admin, undefined, "/agent/settings/macros");
  await page.goto("/agent/settings/macros");
  const name = `Relance ${run}`;
  await page.getByRole("button", { name: "New macro" }).click();
  const form = page.locator("form", { has: page.getByLabel("Reply (Markdown)") });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Language", { exact: true }).selectOption("fr");
  await form.getByLabel("Reply (Markdown)").fill("Bonjour ");
  await form.getByRole("button", { name: "Add {{customer.name}}" }).click();
  await expect(form.getByLabel("Reply (Markdown)")).toHaveValue("Bonjour {{customer.name}}");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("French");
});

test("an agent is refused the admin settings", async ({ page }) => {
  await signInWithPassword(page, demo.agent, undefined, "/agent");
  const response = await page.goto("/agent/settings/queues");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});

test("an agent finds a customer by email and opens their page", async ({ page }) => {
  await signInWithPassword(page, demo.agent, undefined, "/agent/customers");
  await page.goto("/agent/customers");
  await page.getByRole("searchbox", { name: "Search customers" }).fill(demo.customer);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: "Emma Clarke" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Emma Clarke" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "All cases" })).toBeVisible();
  await expect(page.getByTestId("customer-panel")).toBeVisible();
  await expect(page.getByRole("link", { name: /^C-\d+$/ }).first()).toBeVisible();
});
