import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, signInWithPassword } from "./support";

async function openCaseAsCustomer(browser: Browser, subject: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithPassword(page, demo.customer, undefined, "/cases/new");
  await page.goto("/cases/new");
  await page.getByLabel("Topic").selectOption("delivery");
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Description").fill("My parcel has not arrived and the tracking has not moved for a week.");
  await page.getByRole("button", { name: "Send my request" }).click();
  await expect(page).toHaveURL(/\/cases\/C-\d+\?created=1/);
  return { page, number: /\/cases\/(C-\d+)/.exec(page.url())![1]! };
}

async function staffPage(browser: Browser, email: string, path: string) {
  const page = await (await browser.newContext()).newPage();
  await signInWithPassword(page, email, undefined, path);
  await page.goto(path);
  return page;
}

/** Sends what the composer holds; if a colleague wrote meanwhile, reads the notice and sends anyway. */
async function send(page: Page, button: string, done: string) {
  await page.getByRole("button", { name: button }).click();
  const stale = page.getByRole("alert").filter({ hasText: "New activity on this case since you started writing" });
  await expect(page.getByText(done).or(stale)).toBeVisible();
  if (await stale.isVisible()) await page.getByRole("button", { name: "Send anyway" }).click();
  await expect(page.getByText(done)).toBeVisible();
}

test("an agent takes an unassigned case, sees the customer's history, replies with a macro and a knowledge link, and resolves it", async ({ browser }) => {
  test.setTimeout(120_000);
  const subject = `Lost parcel ${randomUUID().slice(0, 6)}`;
  const customer = await openCaseAsCustomer(browser, subject);

  // Whatever routing did with it, hand the case back so it waits in the unassigned view.
  const agent = await staffPage(browser, demo.agent, `/agent/cases/${customer.number}`);
  await agent.getByLabel("Assignee").selectOption({ label: "Unassigned" });
  await expect(agent.getByLabel("Assignee")).toHaveValue("");

  await agent.goto("/agent/queues");
  await agent.getByRole("navigation", { name: "Views" }).getByRole("button", { name: /^Unassigned/ }).click();
  await agent.getByLabel("Sort by").selectOption("newest");
  await agent.locator(`tr[data-case="${customer.number}"]`).getByRole("link", { name: customer.number }).click();
  await expect(agent.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await agent.getByRole("button", { name: "Assign to me" }).click();
  await expect(agent.getByRole("button", { name: "Assign to me" })).toBeHidden();
  await expect(agent.getByLabel("Assignee")).not.toHaveValue("");

  // The customer panel: their orders and previous cases, without asking them.
  const panel = agent.getByTestId("customer-panel");
  await expect(panel.getByTestId("panel-orders").getByRole("listitem").first()).toBeVisible();
  await expect(panel.getByTestId("panel-cases").getByRole("link").first()).toBeVisible();

  // A macro and a knowledge-base link go into the reply.
  const composer = agent.getByRole("textbox", { name: "Message" });
  const macros = agent.locator("details").filter({ hasText: "Insert a macro" });
  await macros.getByText("Insert a macro").click();
  await macros.getByRole("button", { name: /^Insert: / }).first().click();
  await expect(composer).not.toHaveValue("");
  await composer.press("End");
  await composer.pressSequentially("\n\nSee also: ");
  const kb = agent.locator("details").filter({ hasText: "Insert a knowledge-base link" });
  await kb.getByText("Insert a knowledge-base link").click();
  await kb.getByLabel("Search articles").fill("delivery");
  await kb.getByRole("button", { name: "Search", exact: true }).click();
  await kb.getByRole("button", { name: /^Insert: / }).first().click();
  await expect(composer).toHaveValue(/\]\(http:\/\/localhost:\d+\/en\/help\/a\/[^)]+\)/);
  const marker = `Tracking reference ${randomUUID().slice(0, 8)}`;
  await composer.press("End");
  await composer.pressSequentially(`\n\n${marker}`);
  await send(agent, "Send reply", "Reply sent.");
  await expect(agent.getByTestId("timeline").getByRole("listitem").filter({ hasText: marker })).toBeVisible();

  // The customer sees it in the portal and in the dev mailbox.
  await customer.page.goto(`/cases/${customer.number}`);
  await expect(customer.page.getByRole("listitem").filter({ hasText: marker })).toBeVisible();
  await expect(async () => {
    await customer.page.goto("/dev/mailbox");
    const row = customer.page.locator('tr[data-template="case-update"]').filter({ hasText: customer.number }).filter({ hasText: demo.customer }).first();
    await expect(row.getByText("sent", { exact: true })).toBeVisible({ timeout: 1000 });
    await row.getByRole("link").click();
    await expect(customer.page.frameLocator("iframe").getByText(marker)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });

  await agent.getByRole("button", { name: "Resolve", exact: true }).click();
  await expect(agent.getByLabel("Status")).toHaveValue("resolved");
});

test("two agents on one case: the second sees the collision notice, both notes land on the timeline", async ({ browser }) => {
  test.setTimeout(120_000);
  const { number } = await openCaseAsCustomer(browser, `Broken screen ${randomUUID().slice(0, 6)}`);
  const first = await staffPage(browser, demo.agent, `/agent/cases/${number}`);
  await expect(first.getByRole("heading", { level: 1 })).toBeVisible();
  const second = await staffPage(browser, demo.admin, `/agent/cases/${number}`);
  await expect(second.getByTestId("collision-notice")).toContainText("Léa Rousseau is also viewing this case");

  const noteOne = `Checked the carrier ${randomUUID().slice(0, 6)}`;
  const noteTwo = `Called the warehouse ${randomUUID().slice(0, 6)}`;
  await first.getByRole("tab", { name: "Internal note" }).click();
  await second.getByRole("tab", { name: "Internal note" }).click();
  await first.getByRole("textbox", { name: "Message" }).fill(noteOne);
  await second.getByRole("textbox", { name: "Message" }).fill(noteTwo);
  await expect(first.getByTestId("collision-notice")).toContainText("Claire Fontaine is writing a reply", { timeout: 20_000 });
  await send(first, "Add note", "Note added.");
  await send(second, "Add note", "Note added.");

  for (const page of [first, second]) {
    const timeline = page.getByTestId("timeline");
    await expect(timeline.getByRole("listitem").filter({ hasText: noteOne })).toBeVisible({ timeout: 20_000 });
    await expect(timeline.getByRole("listitem").filter({ hasText: noteTwo })).toBeVisible({ timeout: 20_000 });
    await expect(timeline.getByRole("listitem").filter({ hasText: noteOne }).getByText("Internal", { exact: true })).toBeVisible();
  }
});
