import { expect, test } from "@playwright/test";
import { demo, signInWithPassword } from "./support";

// Names unique per run, so the spec passes again on the same database.
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("an admin creates a calendar with a holiday and an SLA policy that uses it", async ({ page }) => {
  await signInWithPassword(page, demo.admin, undefined, "/agent/settings");
  await page.goto("/agent/settings");
  await page.getByRole("link", { name: /Business calendars/ }).click();
  await expect(page.getByRole("heading", { name: "Business calendars", level: 1 })).toBeVisible();

  const calendar = `Lyon office ${run}`;
  await page.getByRole("button", { name: "New calendar" }).click();
  const calendarForm = page.locator("form", { has: page.getByLabel("Time zone") });
  await calendarForm.getByLabel("Name", { exact: true }).fill(calendar);
  await calendarForm.getByLabel("Time zone").fill("Europe/Paris");
  await calendarForm.getByRole("button", { name: "Add a period: Saturday" }).click();
  await calendarForm.getByLabel("Saturday, period 1: Opens").fill("10:00");
  await calendarForm.getByLabel("Saturday, period 1: Closes").fill("09:00");
  await calendarForm.getByRole("button", { name: "Add a holiday" }).click();
  await calendarForm.getByLabel("Holiday 1", { exact: true }).fill("2026-12-25");
  await calendarForm.getByRole("button", { name: "Save" }).click();
  // Refused next to the field, translated; fixed, it saves.
  await expect(calendarForm.getByText("A period must end after it starts.")).toBeVisible();
  await calendarForm.getByLabel("Saturday, period 1: Closes").fill("13:00");
  await calendarForm.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
  const calendarRow = page.getByRole("row").filter({ hasText: calendar });
  await expect(calendarRow).toContainText("Europe/Paris");
  await expect(calendarRow).toContainText("Dec 25, 2026");

  await page.goto("/agent/settings/sla");
  const policy = `Lyon SMS ${run}`;
  await page.getByRole("button", { name: "New policy" }).click();
  const policyForm = page.locator("form", { has: page.getByLabel("Business calendar") });
  await policyForm.getByLabel("Name", { exact: true }).fill(policy);
  await policyForm.getByLabel("Business calendar").selectOption({ label: calendar });
  // Inactive, so the policy never applies to the cases of other specs.
  await policyForm.getByLabel("Active (applies to new cases)").uncheck();
  const urgent = policyForm.getByRole("group", { name: "Urgent" });
  await urgent.getByLabel("First response (minutes)").fill("240");
  await expect(urgent.getByText("4 hr", { exact: true })).toBeVisible();
  await urgent.getByLabel("Resolution (minutes)").fill("120");
  await policyForm.getByRole("button", { name: "Save" }).click();
  await expect(urgent.getByText("The first response target cannot be longer than the resolution target.")).toBeVisible();
  await urgent.getByLabel("Resolution (minutes)").fill("480");
  await policyForm.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
  const policyRow = page.getByRole("row").filter({ hasText: policy });
  await expect(policyRow).toContainText(calendar);
  await expect(policyRow).toContainText("Inactive");
  await expect(page.getByRole("button", { name: `Move down: ${policy}` })).toBeDisabled();

  // Leaves the desk as it found it: the policy first, then the calendar it no longer uses.
  page.on("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: `Delete: ${policy}` }).click();
  await expect(policyRow).toHaveCount(0);
  await page.goto("/agent/settings/calendars");
  await page.getByRole("button", { name: `Delete: ${calendar}` }).click();
  await expect(page.getByRole("row").filter({ hasText: calendar })).toHaveCount(0);
});

test("an agent is refused the SLA settings", async ({ page }) => {
  await signInWithPassword(page, demo.agent, undefined, "/agent");
  const response = await page.goto("/agent/settings/sla");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});
