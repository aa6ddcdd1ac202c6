import { expect, test, type Browser, type Page } from "@playwright/test";
import { customerWithDeliveredOrder, demo, signInWithPassword } from "./support";

/** Signs an agent in, in a browser of their own, and adds a carrier event through the staff-only procedure. */
async function addTrackingEventAsAgent(browser: Browser, input: { number: string; location: string; description: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithPassword(page, demo.agent, undefined, "/agent");
  const status = await page.evaluate(async (body) => {
    const response = await fetch("/api/trpc/orders.addTrackingEvent", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { ...body, status: "out_for_delivery" } }),
    });
    return response.status;
  }, input);
  await context.close();
  return status;
}

async function openFirstOrder(page: Page, status: string) {
  await page.goto(`/orders?status=${status}`);
  const link = page.getByRole("table").getByRole("link").first();
  const number = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(number) })).toBeVisible();
  return number;
}

// The demo customer signs in once here: an address has a budget of 5 sign-ins per 15 minutes.
test("a shipped order: tracking updates without a reload, and a cancellation is refused with the reason", async ({ page, browser }) => {
  await signInWithPassword(page, demo.customer, undefined, "/orders");
  const number = await openFirstOrder(page, "shipped");

  const panel = page.getByRole("region", { name: "Need help with this order?" });
  await expect(panel.getByText("Cancel the order")).toBeVisible();
  await expect(panel.getByRole("button", { name: "Cancel the order" })).toHaveCount(0);
  await expect(panel.getByText(/already shipped, so it can no longer be cancelled/)).toBeVisible();

  const timeline = page.getByTestId("tracking-timeline");
  await expect(timeline).toBeVisible();
  await expect(page.getByText(/Expected delivery/)).toBeVisible();
  const description = `Handed to the local courier ${Date.now()}`;
  let navigations = 0;
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) navigations++;
  });
  expect(await addTrackingEventAsAgent(browser, { number, location: "Depot", description })).toBe(200);
  // Polling every few seconds: the event arrives without navigation.
  await expect(timeline.getByText(description)).toBeVisible({ timeout: 10_000 });
  expect(navigations).toBe(0);
});

test("a refund request on a delivered order becomes a case in My cases with the order linked", async ({ page }) => {
  // A customer and a delivered order of this run's own: a refund can be asked once per order, so the demo customer's run out.
  const { email, orderNumber: number } = await customerWithDeliveredOrder("refund");
  await signInWithPassword(page, email, undefined, "/orders");
  await page.goto("/orders?status=delivered");
  await page.getByRole("table").getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(number) })).toBeVisible();
  await page.getByRole("button", { name: "Request a refund" }).click();
  await page.getByLabel("Reason").selectOption({ label: "It arrived damaged" });
  await page.getByLabel("Details (optional)").fill("The box was crushed and the screen is cracked.");
  await page.getByRole("button", { name: "Send the request" }).click();
  const confirmation = page.getByRole("status").filter({ hasText: "Request sent" });
  await expect(confirmation).toBeVisible();
  const caseNumber = (await confirmation.textContent())!.match(/C-\d+/)![0];
  // Asked once: the order offers no second refund request.
  await page.reload();
  await expect(page.getByRole("button", { name: "Request a refund" })).toHaveCount(0);

  await page.goto("/cases");
  await expect(page.getByText(caseNumber)).toBeVisible();
  await page.getByRole("link", { name: new RegExp(caseNumber) }).first().click();
  await expect(page.getByText(number).first()).toBeVisible();
});
