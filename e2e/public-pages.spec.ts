import { expect, test } from "@playwright/test";

test("public help and community URLs carry the language, and a bare URL goes to the visitor's", async ({ page }) => {
  await page.goto("/help");
  await expect(page).toHaveURL(/\/en\/help$/);
  await expect(page.getByRole("heading", { level: 1, name: "Help center" })).toBeVisible();

  await page.goto("/fr/help");
  await expect(page.getByRole("heading", { level: 1, name: "Centre d'aide" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  // One alternate per language (React may briefly hold the streamed copy and the hoisted one).
  const italian = page.locator('link[rel="alternate"][hreflang="it"]');
  await expect(italian).toHaveCount(1);
  await expect(italian).toHaveAttribute("href", /\/it\/help$/);

  await page.getByRole("button", { name: "Italiano" }).click();
  await expect(page).toHaveURL(/\/it\/help$/);
  await expect(page.getByRole("heading", { level: 1, name: "Centro assistenza" })).toBeVisible();

  await page.goto("/de/help");
  await expect(page.getByRole("heading", { name: /not found|introuvable|non trovata/i })).toBeVisible();
});

test("the home page is usable with the keyboard: skip link, then the header", async ({ page }) => {
  // A first visit from a browser outside the default time zone refreshes once after load to show
  // its times (components/time-zone-cookie.tsx); on a cold server that refresh could land after the
  // Enter and drop the #main. A keyboard user starts on the settled page.
  await page.goto("/", { waitUntil: "networkidle" });
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("robots.txt keeps crawlers out of private areas and lists every language's help sitemap", async ({ request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toMatch(/^Disallow: \/agent$/m);
  expect(text).toMatch(/^Disallow: \/api\/$/m);
  for (const locale of ["en", "fr", "it"]) {
    const line = text.match(new RegExp(`^Sitemap: (\\S+/${locale}/help/sitemap\\.xml)$`, "m"));
    expect(line, `sitemap line for ${locale}`).not.toBeNull();
    // The listed address is absolute and answers with the language's sitemap.
    const sitemap = await request.get(new URL(line![1]!).pathname, { headers: { accept: "application/xml" } });
    expect(sitemap.status()).toBe(200);
    expect(await sitemap.text()).toContain(`/${locale}/help/faq</loc>`);
  }
});
