"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { CaseFormState } from "@/app/(portal)/cases/actions";
import { Button } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field";
import { clearDeflectionSearchIds, DeflectionSubjectField, readDeflectionSearchIds, type DeflectionSubjectLabels } from "@/components/kb/deflection-subject";
import type { Locale } from "@/server/i18n/config";

/** The ids echoed back after a failed submit, so a second attempt still reports them. */
function parseIds(json: string | undefined): string[] {
  try {
    const ids: unknown = JSON.parse(json ?? "[]");
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

type Props = {
  action: (state: CaseFormState, form: FormData) => Promise<CaseFormState>;
  locale: Locale;
  categories: { key: string; name: string }[];
  orders: { number: string; label: string }[];
  limits: { count: number; sizeMb: number };
  /** The subject field's texts (kb namespace), translated by the page. */
  subjectLabels: DeflectionSubjectLabels;
};

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="text-sm text-red-700">
      {message}
    </p>
  ) : null;
}

/** The portal's new-case form: works without JavaScript (a plain multipart post to a Server Action). */
export function CaseForm({ action, locale, categories, orders, limits, subjectLabels }: Props) {
  const t = useTranslations("cases.form");
  const [state, formAction, isPending] = useActionState(action, {});
  const v = state.values ?? {};
  const fe = state.fieldErrors ?? {};
  const invalid = (name: string) => (fe[name] ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});
  return (
    <form
      action={formAction}
      className="space-y-5 rounded-lg border border-zinc-200 bg-white p-5 shadow-sm"
      noValidate
      onSubmit={(event) => {
        // The help-center searches the customer opened an article from go with the case: they were not deflected.
        const field = event.currentTarget.elements.namedItem("deflectionSearchIds");
        if (field instanceof HTMLInputElement) field.value = JSON.stringify([...new Set([...parseIds(v.deflectionSearchIds), ...readDeflectionSearchIds()])]);
        clearDeflectionSearchIds();
      }}
    >
      <input type="hidden" name="deflectionSearchIds" defaultValue={v.deflectionSearchIds ?? "[]"} />
      {(state.error || Object.keys(fe).length > 0) && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error ?? t("fixErrors")}
        </p>
      )}
      <div className="space-y-1.5">
        <label htmlFor="case-category" className="block text-sm font-medium text-zinc-800">
          {t("category")}
        </label>
        <select id="case-category" name="category" required defaultValue={v.category ?? ""} className={inputStyles} {...invalid("category")}>
          <option value="" disabled>
            {t("categoryPlaceholder")}
          </option>
          {categories.map((c) => (
            <option key={c.key} value={c.key}>
              {c.name}
            </option>
          ))}
        </select>
        <FieldError id="category-error" message={fe.category} />
      </div>
      <div className="space-y-1.5">
        <DeflectionSubjectField locale={locale} name="subject" defaultValue={v.subject ?? ""} labels={subjectLabels} />
        <FieldError id="subject-error" message={fe.subject} />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="case-description" className="block text-sm font-medium text-zinc-800">
          {t("description")}
        </label>
        <p id="description-hint" className="text-xs text-zinc-600">
          {t("descriptionHint")}
        </p>
        <textarea
          id="case-description"
          name="description"
          required
          rows={7}
          maxLength={20000}
          defaultValue={v.description ?? ""}
          className={inputStyles}
          aria-describedby={fe.description ? "description-hint description-error" : "description-hint"}
          aria-invalid={fe.description ? true : undefined}
        />
        <FieldError id="description-error" message={fe.description} />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="case-order" className="block text-sm font-medium text-zinc-800">
          {t("order")}
        </label>
        <select id="case-order" name="orderNumber" defaultValue={v.orderNumber ?? ""} className={inputStyles} {...invalid("orderNumber")}>
          <option value="">{t("orderNone")}</option>
          {orders.map((o) => (
            <option key={o.number} value={o.number}>
              {o.label}
            </option>
          ))}
        </select>
        <FieldError id="orderNumber-error" message={fe.orderNumber} />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="case-files" className="block text-sm font-medium text-zinc-800">
          {t("files")}
        </label>
        <input
          id="case-files"
          name="files"
          type="file"
          multiple
          accept=".png,.jpg,.jpeg,.gif,.webp,.pdf,.txt,.log,.csv"
          aria-describedby="files-hint"
          className="block w-full text-sm text-zinc-800 file:mr-3 file:rounded-md file:border-0 file:bg-zinc-100 file:px-3 file:py-2 file:text-sm file:font-medium"
        />
        <p id="files-hint" className="text-xs text-zinc-600">
          {t("filesHint", { count: limits.count, size: limits.sizeMb })}
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isPending} aria-busy={isPending}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
