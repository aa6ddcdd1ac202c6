import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { demo, signInWithPassword } from "./support";

async function openCaseAsCustomer(page: Page, subject: string) {
  await signInWithPassword(page, demo.customer, undefined, "/cases/new");
  await page.goto("/cases/new");
  await page.getByLabel("Topic").selectOption("delivery");
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Description").fill("The parcel tracking has not moved for a week.");
  await page.getByRole("button", { name: "Send my request" }).click();
  await expect(page).toHaveURL(/\/cases\/C-\d+\?created=1/);
  return page.url().match(/\/cases\/(C-\d+)/)![1]!;
}

// The presence change below rebalances the demo agent's cases: keep it apart from the bulk assignment.
test.describe.configure({ mode: "serial" });

const tab = (page: Page, name: string) => page.getByRole("navigation", { name: "Views" }).getByRole("button", { name: new RegExp(`^${name}`) });
const countOf = async (page: Page, name: string) => (await tab(page, name).textContent())!.replace(/^\D+/, "");

test("a case opened by a customer appears live; the agent hands it back, finds it unassigned, filters and takes it in bulk", async ({ page, browser }) => {
  const subject = `Parcel stuck ${randomUUID().slice(0, 6)}`;
  await signInWithPassword(page, demo.agent, undefined, "/agent/queues");
  await page.goto("/agent/queues");
  await tab(page, "All open").click();
  await page.getByLabel("Sort by").selectOption("newest");
  await expect(page.getByText("Live updates on")).toBeVisible();
  const loadedAt = await page.evaluate(() => performance.timeOrigin);

  // The customer, in another browser context, opens a case: it shows up without a reload.
  const customer = await browser.newContext();
  const number = await openCaseAsCustomer(await customer.newPage(), subject);
  await customer.close();
  const row = page.locator(`tr[data-case="${number}"]`);
  await expect(row).toBeVisible({ timeout: 15_000 });
  await expect(row).toContainText(subject);
  expect(await page.evaluate(() => performance.timeOrigin)).toBe(loadedAt);

  // Hand it back so it waits unassigned, whatever routing did with it.
  await row.getByRole("checkbox").check();
  await expect(page.getByText("1 case selected")).toBeVisible();
  await page.getByLabel("Assign to", { exact: true }).selectOption({ label: "Nobody (unassign)" });
  await page.getByRole("button", { name: "Assign to: Apply" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 case updated" })).toBeVisible();

  const mineBefore = await countOf(page, "My cases");
  await tab(page, "Unassigned in my queues").click();
  await page.getByLabel("Channel").selectOption("portal");
  await page.getByLabel("Sort by").selectOption("newest");
  await expect(row).toBeVisible();
  await row.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Assign to me" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 case updated" })).toBeVisible();
  await expect(row).toBeHidden();
  await expect.poll(() => countOf(page, "My cases")).not.toBe(mineBefore);

  await tab(page, "My cases").click();
  await page.getByLabel("Sort by").selectOption("newest");
  await expect(row).toBeVisible();
});

test("the agent sets their presence from the header", async ({ page }) => {
  await signInWithPassword(page, demo.agent, undefined, "/agent/queues");
  await page.goto("/agent/queues");
  const presence = page.getByLabel("My presence");
  await expect(presence).toBeEnabled();
  await presence.selectOption("busy");
  await expect(page.getByText(/^Presence saved/)).toBeVisible();
  await expect(presence).toHaveValue("busy");
  await presence.selectOption("available");
  await expect(presence).toHaveValue("available");
});

test("keyboard: ? opens the shortcut help, Escape closes it and gives focus back; j and x select a row", async ({ page }) => {
  await signInWithPassword(page, demo.agent, undefined, "/agent/queues");
  await page.goto("/agent/cases");
  await expect(page.locator("tbody tr").first()).toBeVisible();
  const firstTab = tab(page, "All open");
  await firstTab.focus();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Go to the queues");
  await expect(dialog).toContainText("Assign the selected (or highlighted) cases to me");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(firstTab).toBeFocused();

  // Shortcuts act on the list, not while typing in a field.
  await page.getByLabel("View name").focus();
  await page.keyboard.press("x");
  await expect(page.getByLabel("View name")).toHaveValue("x");
  await page.getByLabel("View name").fill("");
  await firstTab.focus();
  await page.keyboard.press("j");
  await page.keyboard.press("x");
  await expect(page.getByText("1 case selected")).toBeVisible();
  await expect(page.locator("tbody tr").first().getByRole("checkbox")).toBeChecked();
});
