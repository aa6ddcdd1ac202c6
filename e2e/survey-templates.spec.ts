import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, signInWithPassword, surveyOfResolvedCase } from "./support";

/**
 * Case categories this test may give an English template, with their English names. Not "other"
 * (surveys.spec.ts answers the default template's questions there) nor "delivery" (the demo has one).
 */
const categories: Record<string, string> = {
  billing: "Billing",
  account: "Account",
  refund: "Refund",
  returns: "Returns",
  cancellation: "Cancellation",
  warranty: "Warranty and repair",
  technical: "Technical problem",
};

type TemplateRow = { id: string; name: string; category: string | null; locale: string | null };

async function listTemplates(admin: Page) {
  const response = await admin.request.get("/api/trpc/surveys.templates");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { result: { data: { json: TemplateRow[] } } }).result.data.json;
}

/** One template per category and language: a category with no English one (the test deletes its own at the end, so one is always free). */
async function categoryWithoutEnglishTemplate(admin: Page) {
  const templates = await listTemplates(admin);
  const free = Object.keys(categories).find((key) => !templates.some((t) => t.category === key && t.locale === "en"));
  if (!free) throw new Error("Every category already has an English survey template: delete one in the back office.");
  return free;
}

/** A run that failed half-way leaves its template behind: delete it through the API so the next run finds its category free. */
async function deleteTemplateIfLeft(admin: Page, name: string) {
  const left = (await listTemplates(admin)).find((t) => t.name === name);
  if (!left) return;
  const status = await admin.evaluate(async (id) => {
    const response = await fetch("/api/trpc/surveys.deleteTemplate", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: { id } }) });
    return response.status;
  }, left.id);
  expect(status).toBe(200);
}

test("an admin creates an English template for a category with a question asked only on a low score, edits it, is told clearly what is wrong with bad input, the customer's survey follows it, and deleting it after a confirmation keeps the survey already sent", async ({ browser }) => {
  // Four people and the worker's survey email in one flow: 35 s alone, over the default 60 s once in a
  // CI run with both workers busy.
  test.setTimeout(120_000);
  const tag = randomUUID().slice(0, 6);
  const admin = await (await browser.newContext()).newPage();
  await signInWithPassword(admin, demo.admin, undefined, "/agent/surveys/templates");
  const category = await categoryWithoutEnglishTemplate(admin);
  const name = `After ${categories[category]} ${tag}`;
  try {
    await createEditAndDelete(browser, admin, { tag, category, name });
  } finally {
    await deleteTemplateIfLeft(admin, name);
  }
});

async function createEditAndDelete(browser: Browser, admin: Page, { tag, category, name }: { tag: string; category: string; name: string }) {
  const form = admin.locator("form").filter({ has: admin.getByRole("button", { name: "Save template" }) });
  const csatField = form.getByLabel("Satisfaction question (1–5)");
  const conditional = "What went wrong, in a few words?";

  await admin.goto("/agent/surveys/templates");
  await admin.getByRole("link", { name: "New template" }).first().click();
  await expect(admin).toHaveURL(/\/agent\/surveys\/templates\/new$/);
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Case category").selectOption(category);
  await form.getByLabel("Language").selectOption("en");
  await csatField.fill(`Are you happy with our help (${tag})?`);
  await form.getByLabel("Effort question (1–7)").fill("Was it easy to get your answer?");
  await form.getByLabel("Delay after resolution (minutes)").fill("0");
  await form.getByRole("button", { name: "Add a question" }).click();
  await form.getByLabel("Question 1", { exact: true }).fill(conditional);
  await form.getByLabel("Ask only on a low score").check();
  await form.getByRole("button", { name: "Save template" }).click();
  await expect(admin).toHaveURL(/\/agent\/surveys\/templates\/[0-9a-f-]{36}$/);

  await admin.goto("/agent/surveys/templates");
  const row = admin.getByRole("row").filter({ has: admin.getByRole("link", { name, exact: true }) });
  await expect(row).toHaveCount(1);
  for (const cell of [categories[category]!, "English", "0 min", "1 question"]) await expect(row).toContainText(cell);

  // Editing: a new CSAT question and "low" now means 3 or less.
  await row.getByRole("link", { name, exact: true }).click();
  await expect(form.getByLabel("Question 1", { exact: true })).toHaveValue(conditional);
  await expect(form.getByLabel("Ask only on a low score")).toBeChecked();
  const csatQuestion = `How satisfied are you with how we handled it (${tag})?`;
  await csatField.fill(csatQuestion);
  await form.getByLabel("Low score: CSAT at or under").selectOption("3");
  await form.getByRole("button", { name: "Save template" }).click();
  await expect(form.getByRole("status")).toHaveText("Template saved.");
  await admin.reload();
  await expect(csatField).toHaveValue(csatQuestion);
  await expect(form.getByLabel("Low score: CSAT at or under")).toHaveValue("3");

  // A blank CSAT question (spaces pass the browser's own check): the server's translated error, at the field.
  await csatField.fill("   ");
  await form.getByRole("button", { name: "Save template" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "Some of the information is not valid." })).toBeVisible();
  await expect(csatField).toHaveAttribute("aria-invalid", "true");
  await expect(csatField).toHaveAccessibleDescription("This field is required.");
  await admin.reload();
  await expect(csatField).toHaveValue(csatQuestion);

  // A second template for the same category and language is refused, and none is added.
  await admin.goto("/agent/surveys/templates/new");
  await form.getByLabel("Name").fill(`Second ${tag}`);
  await form.getByLabel("Case category").selectOption(category);
  await form.getByLabel("Language").selectOption("en");
  await csatField.fill("Satisfied?");
  await form.getByLabel("Effort question (1–7)").fill("Easy?");
  await form.getByRole("button", { name: "Save template" }).click();
  await expect(form.getByRole("alert")).toHaveText("A template already covers this category and language.");
  await expect(admin).toHaveURL(/\/agent\/surveys\/templates\/new$/);
  await admin.goto("/agent/surveys/templates");
  await expect(admin.getByRole("link", { name: `Second ${tag}` })).toHaveCount(0);

  // A customer's case in that category, resolved: its survey asks the edited questions, the conditional one only on 3 or less.
  const { visitor, link, number } = await surveyOfResolvedCase(browser, { prefix: "survey-template", category, subject: `Template check ${tag}`, description: "Something about my account needs a look." });
  await visitor.goto(link.split("?")[0]!);
  await expect(visitor.getByText(csatQuestion)).toBeVisible();
  const conditionalField = visitor.getByLabel(conditional, { exact: false });
  await expect(conditionalField).toHaveCount(0);
  await visitor.getByText("4 – Satisfied", { exact: true }).click();
  await expect(conditionalField).toHaveCount(0);
  await visitor.getByText("3 – Neutral", { exact: true }).click();
  await expect(conditionalField).toBeVisible();
  await visitor.getByText("5 – Very satisfied", { exact: true }).click();
  await expect(conditionalField).toHaveCount(0);

  // The default template cannot be deleted: its page offers no Delete.
  await admin.goto("/agent/surveys/templates");
  const defaultRow = admin.getByRole("row").filter({ hasText: "Default" }).filter({ hasText: "Any category" });
  await defaultRow.getByRole("link").first().click();
  await expect(form.getByRole("button", { name: "Save template" })).toBeVisible();
  await expect(admin.getByRole("button", { name: "Delete template" })).toHaveCount(0);

  // Deleting asks first; keeping it changes nothing.
  await admin.goto("/agent/surveys/templates");
  await admin.getByRole("link", { name, exact: true }).click();
  await admin.getByRole("button", { name: "Delete template" }).click();
  const confirm = admin.getByRole("group", { name: `Delete “${name}”?` });
  await expect(confirm).toContainText("every answer already given is kept");
  await expect(confirm.getByRole("button", { name: "Delete for good" })).toBeFocused();
  await confirm.getByRole("button", { name: "Keep the template" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(admin.getByRole("button", { name: "Delete template" })).toBeFocused();
  await admin.goto("/agent/surveys/templates");
  await expect(admin.getByRole("link", { name, exact: true })).toHaveCount(1);

  await admin.getByRole("link", { name, exact: true }).click();
  await admin.getByRole("button", { name: "Delete template" }).click();
  await confirm.getByRole("button", { name: "Delete for good" }).click();
  await expect(admin).toHaveURL(/\/agent\/surveys\/templates$/);
  await expect(admin.getByRole("link", { name, exact: true })).toHaveCount(0);

  // The survey already sent from it still opens, now with the template that matches its case.
  await visitor.goto(link.split("?")[0]!);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(number);
  await expect(visitor.getByText(csatQuestion)).toHaveCount(0);
  await expect(visitor.getByRole("button", { name: "Send my answers" })).toBeVisible();
}
