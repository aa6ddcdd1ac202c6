"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { closeAsCustomer, createCaseAsCustomer, reopenAsCustomer, replyAsCustomerWithFiles, type UploadedFile } from "@/server/cases";
import { portalCaseInput, replyInput } from "@/server/cases/schemas";
import { getActor } from "@/server/auth/session";
import { DomainError } from "@/server/errors";
import { getJobQueue } from "@/server/jobs/web-queue";
import { findInputProblem } from "@/server/security/input-guard";

export type CaseFormState = { error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

async function customerOrRedirect(returnTo: string) {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (actor.role !== "customer" || !actor.customerId) redirect("/");
  return { ...actor, customerId: actor.customerId };
}

async function filesOf(form: FormData): Promise<UploadedFile[]> {
  const files = form.getAll("files").filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && f.size > 0);
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

async function translateFailure(error: unknown): Promise<CaseFormState> {
  if (!(error instanceof DomainError)) throw error;
  const t = await getTranslations("errors");
  return { error: t(error.code as never) };
}

async function fieldErrors(issues: { path: PropertyKey[]; message: string }[]) {
  const t = await getTranslations("errors");
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.message.startsWith("errors.") ? issue.message.slice(7) : "validation.invalid";
    fields[String(issue.path[0] ?? "_")] ??= t.has(key as never) ? t(key as never) : t("validation.invalid");
  }
  return fields;
}

/** The help-center search ids the form sent (a JSON array; the kb service keeps only its own uuids). */
function searchIdsOf(json: string): unknown[] {
  try {
    const ids: unknown = JSON.parse(json);
    return Array.isArray(ids) ? ids.slice(0, 20) : [];
  } catch {
    return [];
  }
}

export async function createCaseAction(_: CaseFormState, form: FormData): Promise<CaseFormState> {
  const actor = await customerOrRedirect("/cases/new");
  const values = {
    category: String(form.get("category") ?? ""),
    subject: String(form.get("subject") ?? ""),
    description: String(form.get("description") ?? ""),
    orderNumber: String(form.get("orderNumber") ?? "") || undefined,
  };
  const deflection = String(form.get("deflectionSearchIds") ?? "[]").slice(0, 2_000);
  const echo = { category: values.category, subject: values.subject, description: values.description, orderNumber: values.orderNumber ?? "", deflectionSearchIds: deflection };
  if (findInputProblem(values)) return { error: (await getTranslations("errors"))("common.invalidInput"), values: echo };
  const parsed = portalCaseInput.safeParse(values);
  if (!parsed.success) return { fieldErrors: await fieldErrors(parsed.error.issues), values: echo };
  let number: string;
  try {
    number = (await createCaseAsCustomer(getDb(), await getJobQueue(), actor, parsed.data, await filesOf(form), { deflectionSearchIds: searchIdsOf(deflection) })).number;
  } catch (error) {
    return { ...(await translateFailure(error)), values: echo };
  }
  revalidatePath("/cases");
  redirect(`/cases/${number}?created=1`);
}

export async function replyAction(_: CaseFormState, form: FormData): Promise<CaseFormState> {
  const number = String(form.get("number") ?? "");
  const actor = await customerOrRedirect(`/cases/${encodeURIComponent(number)}`);
  const body = String(form.get("body") ?? "");
  if (findInputProblem(body)) return { error: (await getTranslations("errors"))("common.invalidInput") };
  const parsed = replyInput.safeParse({ number, body });
  if (!parsed.success) return { fieldErrors: await fieldErrors(parsed.error.issues), values: { body } };
  try {
    await replyAsCustomerWithFiles(getDb(), await getJobQueue(), actor, parsed.data, await filesOf(form));
  } catch (error) {
    return { ...(await translateFailure(error)), values: { body } };
  }
  redirect(`/cases/${parsed.data.number}?replied=1`);
}

export async function closeOrReopenAction(_: CaseFormState, form: FormData): Promise<CaseFormState> {
  const number = String(form.get("number") ?? "");
  const actor = await customerOrRedirect(`/cases/${encodeURIComponent(number)}`);
  const parsed = replyInput.pick({ number: true }).safeParse({ number });
  if (!parsed.success) return { error: (await getTranslations("errors"))("common.notFound") };
  const isReopen = form.get("intent") === "reopen";
  try {
    if (isReopen) await reopenAsCustomer(getDb(), await getJobQueue(), actor, parsed.data);
    else await closeAsCustomer(getDb(), await getJobQueue(), actor, parsed.data);
  } catch (error) {
    return translateFailure(error);
  }
  redirect(`/cases/${parsed.data.number}?${isReopen ? "reopened" : "closed"}=1`);
}
