import { createHmac, hkdfSync, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { toolEnv } from "../server/env";
import { surveyOfResolvedCase } from "./support";

test("a resolved case's survey, answered with a low score from the email, reopens the case with the answers on its timeline", async ({ browser }) => {
  const { number, agent, visitor, link } = await surveyOfResolvedCase(browser, {
    prefix: "survey",
    category: "other",
    subject: `Survey check ${randomUUID().slice(0, 6)}`,
    description: "The invoice shows a product I never ordered.",
  });
  // The demo template sends right away. The email's first link is the one-click rating "1".
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
  await expect(agent.getByText(/low satisfaction score \(CSAT 1\/5\)/).first()).toBeVisible();
});

test("without JavaScript the survey still works: the form posts the answer, the thanks replace it, and a second post edits the same answer", async ({ browser }) => {
  const { number, agent, link } = await surveyOfResolvedCase(browser, {
    prefix: "survey-nojs",
    category: "other",
    subject: `No script ${randomUUID().slice(0, 6)}`,
    description: "My order came with the wrong charger.",
  });
  const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await visitor.goto(link);
  // The link's token never leaves the site in a Referer.
  await expect(visitor.locator('meta[name="referrer"]')).toHaveAttribute("content", "same-origin");
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(number);
  await expect(visitor.getByRole("radio", { name: /^1 – / })).toBeChecked();
  await visitor.getByText("5 – Very satisfied", { exact: true }).click();
  await visitor.getByRole("button", { name: "Send my answers" }).click();
  await expect(visitor.getByRole("status")).toContainText("Your answers help us improve.");

  // "Change my answers" opens the page again with the saved answer, which a second post changes (still one answer, the case stays resolved).
  await visitor.getByRole("link", { name: "Change my answers" }).click();
  await expect(visitor.getByRole("radio", { name: /^5 – / })).toBeChecked();
  await visitor.getByText("4 – Satisfied", { exact: true }).click();
  await visitor.getByRole("button", { name: "Update my answers" }).click();
  await expect(visitor.getByRole("status")).toContainText("Your answers help us improve.");
  await agent.reload();
  await expect(agent.getByLabel("Status")).toHaveValue("resolved");
  // Both posts are on the timeline, the first one and the edit.
  const surveyEvents = agent.locator('li[data-kind="survey"]');
  await expect(surveyEvents).toHaveCount(2);
  await expect(surveyEvents.filter({ hasText: "CSAT 5/5" })).toHaveCount(1);
  await expect(surveyEvents.filter({ hasText: "CSAT 4/5" })).toHaveCount(1);
});

test("a tampered survey link gets a clear 404 page that says what to do", async ({ page }) => {
  const response = await page.goto("/en/survey/00000000-0000-4000-8000-000000000000.1999999999.forged");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This survey link cannot be used" })).toBeVisible();
});

/** A survey token signed as the app under test signs it (server/surveys/tokens.ts), with its AUTH_SECRET. */
function signedSurveyToken(invitationId: string, expiresAt: Date) {
  const authSecret =
    toolEnv.AUTH_SECRET ??
    [path.join(toolEnv.PARCOURS_DATA_DIR, "auth-secret"), ".data/e2e/auth-secret"].filter((file) => fs.existsSync(file)).map((file) => fs.readFileSync(file, "utf8").trim())[0];
  if (!authSecret) throw new Error("Set AUTH_SECRET (or PARCOURS_DATA_DIR of the app under test) to sign a survey token");
  const key = Buffer.from(hkdfSync("sha256", authSecret, "parcours", "survey-token-v1", 32));
  const seconds = Math.floor(expiresAt.getTime() / 1000);
  return `${invitationId}.${seconds}.${createHmac("sha256", key).update(`${invitationId}.${seconds}`).digest("base64url")}`;
}

test("a genuine survey link past its expiry gets a clear 403 page, not the form", async ({ page }) => {
  // Signed like a real email's link, so only the expiry refuses it (a bad signature would answer 404).
  const response = await page.goto(`/en/survey/${encodeURIComponent(signedSurveyToken(randomUUID(), new Date(Date.now() - 60_000)))}?csat=5`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "This survey has closed" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Its link has expired, so answers can no longer be given or changed." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send my answers" })).toHaveCount(0);
});
