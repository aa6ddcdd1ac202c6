"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { caseChannels, type TestRoutingInput } from "@/server/settings/schemas";
import { SaveFeedback } from "./feedback";
import { SelectField } from "./form-parts";
import type { RoutingOptions } from "./routing-rules-editor";

const levels = ["low", "medium", "high"] as const;

/** "Test a case against the rules": a made-up case through the real engine; nothing is written. */
export function RoutingTester({ options }: { options: RoutingOptions }) {
  const t = useTranslations("settings");
  const format = useFormatter();
  const trpc = useTRPC();
  const [facts, setFacts] = useState<TestRoutingInput>({
    channel: "email",
    category: options.categories[0]?.key ?? "",
    locale: "en",
    tier: "standard",
    isVip: false,
    complexity: "medium",
    severity: "medium",
    effort: "medium",
    priority: "normal",
    organizationId: null,
  });
  const [submitted, setSubmitted] = useState<TestRoutingInput | null>(null);
  const result = useQuery({ ...trpc.settings.testRouting.queryOptions(submitted ?? facts), enabled: submitted !== null, staleTime: 0, gcTime: 0 });
  const set = (patch: Partial<TestRoutingInput>) => setFacts((current) => ({ ...current, ...patch }));
  const data = submitted ? result.data : undefined;

  return (
    <Card aria-labelledby="routing-test-title">
      <CardTitle id="routing-test-title">{t("routing.test.title")}</CardTitle>
      <p className="mb-4 text-sm text-zinc-600">{t("routing.test.intro")}</p>
      <form
        className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4"
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted({ ...facts });
        }}
      >
        <SelectField id="test-channel" label={t("fields.channel")} value={facts.channel} onChange={(v) => set({ channel: v as TestRoutingInput["channel"] })}>
          {caseChannels.map((c) => (
            <option key={c} value={c}>
              {t(`values.${c}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="test-category" label={t("fields.category")} value={facts.category} onChange={(v) => set({ category: v })}>
          {options.categories.map((c) => (
            <option key={c.key} value={c.key}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="test-locale" label={t("fields.locale")} value={facts.locale} onChange={(v) => set({ locale: v as TestRoutingInput["locale"] })}>
          {(["en", "fr", "it"] as const).map((l) => (
            <option key={l} value={l}>
              {t(`locales.${l}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="test-tier" label={t("fields.tier")} value={facts.tier} onChange={(v) => set({ tier: v as TestRoutingInput["tier"] })}>
          {(["none", "standard", "premium", "enterprise"] as const).map((tier) => (
            <option key={tier} value={tier}>
              {t(`values.${tier}`)}
            </option>
          ))}
        </SelectField>
        {(["complexity", "severity", "effort"] as const).map((score) => (
          <SelectField
            key={score}
            id={`test-${score}`}
            label={t(`fields.${score}`)}
            value={facts[score]}
            onChange={(v) => set({ [score]: v as (typeof levels)[number] })}
          >
            {levels.map((l) => (
              <option key={l} value={l}>
                {t(`values.${l}`)}
              </option>
            ))}
          </SelectField>
        ))}
        <SelectField
          id="test-priority"
          label={t("routing.test.priority")}
          value={facts.priority}
          onChange={(v) => set({ priority: v as TestRoutingInput["priority"] })}
        >
          {(["low", "normal", "high", "urgent"] as const).map((p) => (
            <option key={p} value={p}>
              {t(`values.${p}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="test-organization"
          label={t("routing.test.organization")}
          value={facts.organizationId ?? ""}
          onChange={(v) => set({ organizationId: v || null })}
        >
          <option value="">{t("routing.test.noOrganization")}</option>
          {options.organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <label className="flex items-center gap-2 self-end pb-2 text-sm font-medium text-zinc-800">
          <input type="checkbox" className="size-4" checked={facts.isVip} onChange={(e) => set({ isVip: e.target.checked })} />
          {t("fields.isVip")}
        </label>
        <div className="self-end sm:col-span-2 lg:col-span-4">
          <Button type="submit" disabled={result.isFetching}>
            {result.isFetching ? t("routing.test.running") : t("routing.test.run")}
          </Button>
        </div>
      </form>
      <div aria-live="polite" className="mt-4">
        <SaveFeedback message={null} error={submitted ? result.error : null} />
        {data && (
          <div className="rounded-md border border-zinc-200 bg-zinc-50 p-4">
            <p className="font-semibold text-zinc-900">{data.rule ? t("routing.test.matched", { name: data.rule.name }) : t("routing.test.noRule")}</p>
            <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="text-zinc-600">{t("routing.test.queue")}</dt>
              <dd className="font-medium text-zinc-900">{data.queue.name}</dd>
              <dt className="text-zinc-600">{t("routing.test.priorityResult")}</dt>
              <dd className="text-zinc-900">{t(`values.${data.priority}`)}</dd>
              <dt className="text-zinc-600">{t("routing.test.skill")}</dt>
              <dd className="text-zinc-900">
                {data.requiredSkill
                  ? `${options.skills.find((s) => s.key === data.requiredSkill)?.name ?? data.requiredSkill} (≥ ${data.minProficiency})`
                  : t("routing.test.skillNone")}
              </dd>
              <dt className="text-zinc-600">{t("routing.test.agent")}</dt>
              <dd className="text-zinc-900">
                {data.agent ? t("routing.test.agentInQueue", { name: data.agent.name, queue: data.agent.queueName }) : t("routing.test.noAgent")}
              </dd>
              <dt className="text-zinc-600">{t("routing.test.sla")}</dt>
              <dd className="text-zinc-900">
                {data.slaPolicy ? data.slaPolicy.name : t("routing.test.noSla")}
                {data.firstResponseDueAt && (
                  <span className="block text-xs text-zinc-600">
                    {t("routing.test.firstResponse")}: {format.dateTime(data.firstResponseDueAt, { dateStyle: "medium", timeStyle: "short" })}
                    {data.resolutionDueAt &&
                      ` · ${t("routing.test.resolution")}: ${format.dateTime(data.resolutionDueAt, { dateStyle: "medium", timeStyle: "short" })}`}
                  </span>
                )}
              </dd>
            </dl>
          </div>
        )}
      </div>
    </Card>
  );
}
