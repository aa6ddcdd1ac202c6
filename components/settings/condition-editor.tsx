"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field";
import { caseChannels, ruleFields, scaledFields, type RuleConditionInput } from "@/server/settings/schemas";

type Field = (typeof ruleFields)[number];
export type ConditionOptions = { categories: { key: string; name: string }[]; organizations: { id: string; name: string }[] };

const fixedValues: Partial<Record<Field, readonly string[]>> = {
  channel: caseChannels,
  locale: ["en", "fr", "it"],
  tier: ["none", "standard", "premium", "enterprise"],
  isVip: ["true", "false"],
  complexity: ["low", "medium", "high"],
  severity: ["low", "medium", "high"],
  effort: ["low", "medium", "high"],
  priority: ["low", "normal", "high", "urgent"],
};

/** The typed conditions of a rule: a fact, a test, and the values to compare with (checkboxes, or one value for "at least"). */
export function ConditionEditor({
  conditions,
  onChange,
  options,
  idPrefix,
}: {
  conditions: RuleConditionInput[];
  onChange: (next: RuleConditionInput[]) => void;
  options: ConditionOptions;
  idPrefix: string;
}) {
  const t = useTranslations("settings");
  const choicesOf = (field: Field): { value: string; label: string }[] => {
    if (field === "category") return options.categories.map((c) => ({ value: c.key, label: c.name }));
    if (field === "organizationId") return options.organizations.map((o) => ({ value: o.id, label: o.name }));
    if (field === "locale") return ["en", "fr", "it"].map((l) => ({ value: l, label: t(`locales.${l as "en"}`) }));
    return (fixedValues[field] ?? []).map((v) => ({ value: v, label: t(`values.${v as "low"}`) }));
  };
  const set = (index: number, patch: Partial<RuleConditionInput>) => onChange(conditions.map((c, i) => (i === index ? { ...c, ...patch } : c)));

  return (
    <fieldset className="space-y-3 md:col-span-2">
      <legend className="text-sm font-medium text-zinc-800">{t("routing.conditions")}</legend>
      {conditions.length === 0 && <p className="text-sm text-zinc-600">{t("routing.noConditions")}</p>}
      {conditions.map((condition, index) => {
        const id = `${idPrefix}-cond-${index}`;
        const isScaled = (scaledFields as readonly string[]).includes(condition.field);
        const choices = choicesOf(condition.field);
        return (
          <fieldset key={index} className="rounded-md border border-zinc-200 p-3">
            <legend className="px-1 text-xs font-semibold text-zinc-700">{t("routing.conditionLegend", { index: index + 1 })}</legend>
            <div className="flex flex-wrap items-end gap-3">
              <div>
                <label htmlFor={`${id}-field`} className="mb-1 block text-xs font-medium text-zinc-700">
                  {t("routing.field")}
                </label>
                <select
                  id={`${id}-field`}
                  value={condition.field}
                  onChange={(e) => set(index, { field: e.target.value as Field, op: "in", values: [] })}
                  className={`${inputStyles} w-auto`}
                >
                  {ruleFields.map((f) => (
                    <option key={f} value={f}>
                      {t(`fields.${f}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={`${id}-op`} className="mb-1 block text-xs font-medium text-zinc-700">
                  {t("routing.op")}
                </label>
                <select
                  id={`${id}-op`}
                  value={condition.op}
                  onChange={(e) =>
                    set(index, {
                      op: e.target.value as RuleConditionInput["op"],
                      values: e.target.value === "atLeast" ? condition.values.slice(0, 1) : condition.values,
                    })
                  }
                  className={`${inputStyles} w-auto`}
                >
                  <option value="in">{t("ops.in")}</option>
                  <option value="notIn">{t("ops.notIn")}</option>
                  {isScaled && <option value="atLeast">{t("ops.atLeast")}</option>}
                </select>
              </div>
              <Button
                type="button"
                variant="ghost"
                className="min-h-9 py-1"
                aria-label={t("routing.removeCondition", { index: index + 1 })}
                onClick={() => onChange(conditions.filter((_, i) => i !== index))}
              >
                ✕
              </Button>
            </div>
            {condition.op === "atLeast" ? (
              <div className="mt-2">
                <label htmlFor={`${id}-value`} className="mb-1 block text-xs font-medium text-zinc-700">
                  {t("routing.value")}
                </label>
                <select
                  id={`${id}-value`}
                  value={condition.values[0] ?? ""}
                  onChange={(e) => set(index, { values: [e.target.value] })}
                  className={`${inputStyles} w-auto`}
                >
                  <option value="" disabled>
                    —
                  </option>
                  {choices.map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </div>
            ) : (
              <fieldset className="mt-2">
                <legend className="mb-1 text-xs font-medium text-zinc-700">{t("routing.valuesLegend")}</legend>
                <div className="flex max-h-40 flex-wrap gap-x-4 gap-y-1 overflow-y-auto">
                  {choices.map((c) => (
                    <label key={c.value} className="flex items-center gap-1.5 text-sm text-zinc-800">
                      <input
                        type="checkbox"
                        className="size-4"
                        checked={condition.values.includes(c.value)}
                        onChange={(e) =>
                          set(index, { values: e.target.checked ? [...condition.values, c.value] : condition.values.filter((v) => v !== c.value) })
                        }
                      />
                      {c.label}
                    </label>
                  ))}
                </div>
              </fieldset>
            )}
          </fieldset>
        );
      })}
      <Button type="button" variant="secondary" onClick={() => onChange([...conditions, { field: "category", op: "in", values: [] }])}>
        {t("routing.addCondition")}
      </Button>
    </fieldset>
  );
}

/** One line per condition, as people say it ("Severity is at least High"). */
export function useDescribeConditions(options: ConditionOptions) {
  const t = useTranslations("settings");
  const label = (field: Field, value: string) => {
    if (field === "category") return options.categories.find((c) => c.key === value)?.name ?? value;
    if (field === "organizationId") return options.organizations.find((o) => o.id === value)?.name ?? value;
    if (field === "locale") return t(`locales.${value as "en"}`);
    return t.has(`values.${value as "low"}`) ? t(`values.${value as "low"}`) : value;
  };
  return (conditions: RuleConditionInput[]) =>
    conditions.length === 0
      ? [t("routing.always")]
      : conditions.map((c) => `${t(`fields.${c.field}`)} ${t(`ops.${c.op}`)} ${c.values.map((v) => label(c.field, v)).join(", ")}`);
}
