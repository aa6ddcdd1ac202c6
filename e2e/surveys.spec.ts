import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demo, latestMailLink, signInWithPassword, signUpByMagicLink } from "./support";

test("a resolved case's survey, answered with a low score from the email, reopens the case with the answers on its timeline", async ({ browser }) => {
  const subject = `Survey check ${randomUUID().slice(0, 6)}`;
  // A customer of its own: the survey comes in the customer's language, which other tests change on the demo account.
  const { page, email } = await signUpByMagicLink(browser, "survey", "/cases/new");
  await page.goto("/cases/new");
  await page.getByLabel("Topic").selectOption("other");
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Description").fill("The invoice shows a product I never ordered.");
  await page.getByRole("button", { name: "Send my request" }).click();
  await expect(page).toHaveURL(/\/cases\/C-\d+\?created=1/);
  const number = /\/cases\/(C-\d+)/.exec(page.url())![1]!;

  const agent = await (await browser.newContext()).newPage();
  await signInWithPassword(agent, demo.agent, undefined, `/agent/cases/${number}`);
  await agent.goto(`/agent/cases/${number}`);
  await agent.getByRole("button", { name: "Resolve", exact: true }).click();
  await expect(agent.getByLabel("Status")).toHaveValue("resolved");

  // The demo template sends right away. The email's first link is the one-click rating "1".
  const visitor = await (await browser.newContext()).newPage();
  let link = "";
  await expect(async () => {
    link = await latestMailLink(visitor, email, "survey-invitation");
    await visitor.goto(link);
    await expect(visitor.getByRole("heading", { level: 1 })).toContainText(number, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  expect(link).toContain("csat=1");

  // Opening the link records nothing: the rating is only preselected.
  await expect(visitor.getByRole("radio", { name: /^1 – / })).toBeChecked();
  await agent.reload();
  await expect(agent.getByLabel("Status")).toHaveValue("resolved");

  const answer = `Nobody explained the charge ${randomUUID().slice(0, 4)}`;
  await visitor.getByLabel(/What went wrong\?/).fill(answer);
  await visitor.getByText("2", { exact: true }).click();
  await visitor.getByRole("button", { name: "Send my answers" }).click();
  await expect(visitor.getByRole("status")).toContainText(`Someone from our team will contact you shortly about case ${number}`);

  await agent.reload();
  await expect(agent.getByLabel("Status")).toHaveValue("open");
  await expect(agent.getByText(answer)).toBeVisible();
  await expect(agent.getByText(/Low satisfaction score \(CSAT 1\/5\)/).first()).toBeVisible();
});

test("a tampered survey link gets a clear 404 page that says what to do", async ({ page }) => {
  const response = await page.goto("/en/survey/00000000-0000-4000-8000-000000000000.1999999999.forged");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This survey link cannot be used" })).toBeVisible();
});
