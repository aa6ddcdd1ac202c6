import { createHmac, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { toolEnv } from "../server/env";
import { demo, signInWithPassword } from "./support";

// A 1×1 PNG: real magic bytes, so the server's type check accepts it.
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000" + "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082", "hex");

/** The email channel's secret as the app under test derives it (server/cases/webhooks.ts). */
function emailChannelSecret(): string {
  if (toolEnv.CHANNEL_SECRET_EMAIL) return toolEnv.CHANNEL_SECRET_EMAIL;
  const authSecret =
    toolEnv.AUTH_SECRET ??
    [path.join(toolEnv.PARCOURS_DATA_DIR, "auth-secret"), ".data/e2e/auth-secret"].filter((file) => fs.existsSync(file)).map((file) => fs.readFileSync(file, "utf8").trim())[0];
  if (!authSecret) throw new Error("Set CHANNEL_SECRET_EMAIL (or PARCOURS_DATA_DIR of the app under test) to sign the email webhook");
  return createHmac("sha256", authSecret).update("parcours-channel:email").digest("hex");
}

test("a customer opens a case with an attachment and finds it in My cases", async ({ page }) => {
  const subject = `Speaker crackles ${randomUUID().slice(0, 6)}`;
  await signInWithPassword(page, demo.customer, undefined, "/cases");
  await page.goto("/cases");
  await page.getByRole("link", { name: "New case" }).first().click();
  await expect(page.getByRole("heading", { name: "Open a case" })).toBeVisible();
  await page.getByLabel("Topic").selectOption("technical");
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Description").fill("The speaker crackles at high volume since yesterday.");
  await page.getByLabel("Attachments (optional)").setInputFiles({ name: "crackle.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Send my request" }).click();

  await expect(page).toHaveURL(/\/cases\/C-\d+\?created=1/);
  await expect(page.getByRole("status")).toContainText("was created");
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  const download = page.getByRole("link", { name: "crackle.png" });
  await expect(download).toBeVisible();
  const response = await page.request.get((await download.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-disposition"]).toContain("attachment");

  await page.getByRole("link", { name: "All my cases" }).click();
  await expect(page.getByRole("link", { name: subject })).toBeVisible();
});

test("an email to support becomes a case on the same customer's timeline", async ({ page, request }) => {
  const subject = `Emailed question ${randomUUID().slice(0, 6)}`;
  const body = JSON.stringify({
    messageId: `<${randomUUID()}@mail.example>`,
    from: { address: demo.customer, name: "Demo Customer" },
    to: ["support@parcours.local"],
    subject,
    text: "Hello, can I change the delivery address of my last order?",
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v1=${createHmac("sha256", emailChannelSecret()).update(`${timestamp}.`).update(body).digest("hex")}`;
  const unsigned = await request.post("/api/channels/email", { data: body, headers: { "content-type": "application/json" } });
  expect(unsigned.status()).toBe(401);
  const delivered = await request.post("/api/channels/email", { data: body, headers: { "content-type": "application/json", "x-parcours-timestamp": String(timestamp), "x-parcours-signature": signature } });
  expect(delivered.status()).toBe(200);
  const { case: number } = (await delivered.json()) as { case: string };

  await signInWithPassword(page, demo.customer, undefined, "/cases");
  await page.goto("/cases");
  const row = page.getByRole("row").filter({ hasText: subject });
  await expect(row).toContainText("Email");
  await row.getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "can I change the delivery address" }).getByText("via Email", { exact: true })).toBeVisible();
});

test("a case message is Markdown rendered through the sanitizer, and an agent corrects its scores", async ({ page, browser }) => {
  const subject = `Markdown check ${randomUUID().slice(0, 6)}`;
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await signInWithPassword(page, demo.customer, undefined, "/cases/new");
  await page.goto("/cases/new");
  await page.getByLabel("Topic").selectOption("other");
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Description").fill('The **display** flickers.\n\n<img src=x onerror="alert(1)"> [link](javascript:alert(2)) <script>alert(3)</script>');
  await page.getByRole("button", { name: "Send my request" }).click();
  await expect(page).toHaveURL(/\/cases\/C-\d+\?created=1/);
  const number = /\/cases\/(C-\d+)/.exec(page.url())![1]!;
  const message = page.getByRole("listitem").filter({ hasText: "flickers" });
  await expect(message.locator("strong", { hasText: "display" })).toBeVisible();
  await expect(message.locator("script, [onerror], a[href^='javascript']")).toHaveCount(0);
  expect(dialogs).toEqual([]);

  const agentPage = await (await browser.newContext()).newPage();
  await signInWithPassword(agentPage, demo.agent, undefined, `/agent/cases/${number}`);
  await agentPage.goto(`/agent/cases/${number}`);
  await expect(agentPage.locator("strong", { hasText: "display" })).toBeVisible();
  await agentPage.getByLabel("Severity", { exact: true }).selectOption("high");
  await agentPage.getByLabel("Note (optional)").fill("Customer depends on it for work");
  await agentPage.getByRole("button", { name: "Save the correction" }).click();
  await expect(agentPage.getByText("Corrected by an agent")).toBeVisible();
  await expect(agentPage.getByText("Customer depends on it for work")).toBeVisible();
});
