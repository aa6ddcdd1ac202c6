import { expect, test } from "@playwright/test";
import { demo, signInWithPassword } from "./support";

test("search from the help-center home, open an article and vote helpful", async ({ page }) => {
  await page.goto("/fr/help");
  const search = page.getByRole("combobox", { name: "Rechercher dans le centre d'aide" });
  await search.fill("retour colis endommage");
  await expect(page.getByRole("listbox", { name: "Articles suggérés" })).toBeVisible();
  await search.press("Enter");
  await expect(page).toHaveURL(/\/fr\/help\/search\?q=/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("retour colis endommage");
  await expect(page.locator("mark").first()).toBeVisible();
  await page.getByRole("link", { name: "Colis endommagé : comment faire le retour" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Colis endommagé");
  // The click is logged by a POST once the page has loaded; the search marker then leaves the address.
  await expect(page).toHaveURL(/\/fr\/help\/a\/[a-z0-9-]+$/);
  await expect(page.getByText(/Mis à jour le/)).toBeVisible();
  await page.getByRole("button", { name: "Oui" }).click();
  await page.getByLabel("Que pourrions-nous améliorer ? (facultatif)").fill("Très clair");
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByRole("status")).toHaveText("Merci pour votre retour.");
});

test("the request form proposes articles while the subject is typed", async ({ page }) => {
  await page.goto("/en/help/contact");
  await page.getByLabel("Subject of your request").pressSequentially("screen cracked", { delay: 30 });
  const suggestions = page.getByTestId("deflection-suggestions");
  await expect(suggestions).toBeVisible();
  await expect(suggestions.getByRole("link", { name: /Cracked screen/ })).toBeVisible();
});

test("a missing translation falls back to another language with a notice", async ({ page }) => {
  await page.goto("/it/help/a/wall-mount-a-lumio-tv");
  await expect(page.getByRole("note")).toContainText("non è ancora disponibile in italiano");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Wall-mount a Lumio TV");
});

test("an article body with a script or an onerror handler renders inert", async ({ page }) => {
  await signInWithPassword(page, demo.agent, undefined, "/agent/knowledge/new");
  await page.goto("/agent/knowledge/new");
  const title = `XSS probe ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Content (Markdown)").fill('Safe text <script>window.__kbXss = 1</script>\n\n<img src="x" onerror="window.__kbXss = 2">\n\n[link](javascript:window.__kbXss=3)\n\n<svg onload="window.__kbXss=4"></svg>');
  await page.getByLabel("Status").selectOption("published");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/\/agent\/knowledge\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  await page.goto(`/en/help/a/${slug}`);
  await expect(page.getByText("Safe text")).toBeVisible();
  const article = page.locator("article");
  expect(await article.locator("script, [onerror], [onload], a[href^='javascript']").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __kbXss?: number }).__kbXss)).toBeUndefined();
});

test("help pages give absolute canonical and hreflang links", async ({ page }) => {
  await page.goto("/fr/help/a/suivre-ma-commande-et-mon-colis");
  // Next may stream the metadata a second time into the body: every copy must say the same.
  const canonicals = await page.locator('link[rel="canonical"]').evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(canonicals.length).toBeGreaterThan(0);
  for (const href of canonicals) expect(href).toMatch(/^https?:\/\/[^/]+\/fr\/help\/a\/suivre-ma-commande-et-mon-colis$/);
  const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(alternates.length).toBeGreaterThan(1);
  for (const href of alternates) expect(href).toMatch(/^https?:\/\//);
});

test("help pages are cached for every reader, and an editor's change shows at once", async ({ page, browser }) => {
  await signInWithPassword(page, demo.agent, undefined, "/agent/knowledge/new");
  await page.goto("/agent/knowledge/new");
  const title = `Cache probe ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Content (Markdown)").fill("First wording of the probe.");
  await page.getByLabel("Status").selectOption("published");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/\/agent\/knowledge\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  const address = `/en/help/a/${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

  const reader = await browser.newPage();
  const first = await reader.goto(address);
  expect(first?.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  await expect(reader.getByRole("heading", { level: 1 })).toContainText(title);
  // The signed-in part of the header is asked for by the browser: anonymous here.
  await expect(reader.getByRole("link", { name: "Sign in" })).toBeVisible();
  const second = await reader.goto(address);
  expect(second?.headers()["x-nextjs-cache"]).toBe("HIT");

  await page.getByLabel("Title").fill(`${title} (edited)`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Saved \(version/)).toBeVisible();
  // The first visit after the save is rendered again, not served stale.
  await reader.goto(address);
  await expect(reader.getByRole("heading", { level: 1 })).toContainText(`${title} (edited)`);

  // The same cached page shows the agent their own header.
  await page.goto(address);
  await expect(page.getByRole("link", { name: "Back-office" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await reader.close();
});
