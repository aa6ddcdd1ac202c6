import type { Database } from "@/db/client";
import type { SlaTargets } from "@/db/schema";
import { conditionsHold, type CaseFacts, type Priority } from "@/server/routing/conditions";
import type { JobQueue } from "@/server/jobs/queue";
import { addBusinessMinutes, businessMsBetween, type BusinessCalendar } from "./calendar";
import { cachedConfig } from "@/server/routing/config-cache";
import * as queries from "./queries";

export { addBusinessMinutes, businessMsBetween, type BusinessCalendar } from "./calendar";

export type SlaMetric = "firstResponse" | "nextResponse" | "resolution";
type PolicyRow = Awaited<ReturnType<typeof queries.listPoliciesWithCalendars>>[number];

// Policies and calendars change rarely and are read for every case (see config-cache.ts).
const allPolicies = (db: Database) => cachedConfig("sla:policies", () => queries.listPoliciesWithCalendars(db));
const activePolicies = async (db: Database) => (await allPolicies(db)).filter((p) => p.policy.isActive);
const findPolicyWithCalendar = async (db: Database, policyId: string) => (await allPolicies(db)).find((p) => p.policy.id === policyId) ?? null;

/** The first active policy (by position) whose all/any conditions hold. */
export function selectPolicy(policies: PolicyRow[], facts: CaseFacts): PolicyRow | null {
  return policies.find((p) => conditionsHold(p.policy.conditions, facts, p.policy.match)) ?? null;
}

export function dueDates(calendar: BusinessCalendar, targets: SlaTargets, priority: Priority, from: Date) {
  const target = targets[priority];
  return {
    firstResponseDueAt: addBusinessMinutes(calendar, from, target.firstResponse),
    resolutionDueAt: addBusinessMinutes(calendar, from, target.resolution),
  };
}

/** Which policy applies to a new case and its first due dates (null when no policy matches). */
export async function planSla(db: Database, facts: CaseFacts, now: Date) {
  const selected = selectPolicy(await activePolicies(db), facts);
  if (!selected) return { slaPolicyId: null, firstResponseDueAt: null, resolutionDueAt: null };
  return { slaPolicyId: selected.policy.id, ...dueDates(selected.calendar, selected.policy.targets, facts.priority, now) };
}

type SlaCase = {
  id: string;
  slaPolicyId: string | null;
  priority: Priority;
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstRespondedAt: Date | null;
  slaPausedAt: Date | null;
};

/** The next-response due date when a customer writes again after a first response. */
export async function nextResponseDue(db: Database, slaCase: SlaCase, from: Date): Promise<Date | null> {
  if (!slaCase.slaPolicyId) return null;
  const found = await findPolicyWithCalendar(db, slaCase.slaPolicyId);
  if (!found) return null;
  return addBusinessMinutes(found.calendar, from, found.policy.targets[slaCase.priority].nextResponse);
}

/**
 * Due dates once a pause ends: each running metric gets back the business time it had left when
 * the pause began. A metric already past due at the pause stays where it was.
 */
export async function resumedDueDates(db: Database, slaCase: SlaCase, now: Date) {
  const pausedAt = slaCase.slaPausedAt;
  if (!pausedAt || !slaCase.slaPolicyId) return {};
  const found = await findPolicyWithCalendar(db, slaCase.slaPolicyId);
  if (!found) return {};
  const shift = (due: Date | null) => {
    if (!due) return due;
    const left = businessMsBetween(found.calendar, pausedAt, due);
    return left > 0 ? addBusinessMinutes(found.calendar, now, left / 60_000) : due;
  };
  return {
    firstResponseDueAt: slaCase.firstRespondedAt ? slaCase.firstResponseDueAt : shift(slaCase.firstResponseDueAt),
    nextResponseDueAt: shift(slaCase.nextResponseDueAt),
    resolutionDueAt: shift(slaCase.resolutionDueAt),
  };
}

/** The metrics still running and their due dates. */
export function runningMetrics(slaCase: SlaCase): { metric: SlaMetric; dueAt: Date }[] {
  const metrics: { metric: SlaMetric; dueAt: Date }[] = [];
  if (slaCase.firstResponseDueAt && !slaCase.firstRespondedAt) metrics.push({ metric: "firstResponse", dueAt: slaCase.firstResponseDueAt });
  if (slaCase.nextResponseDueAt) metrics.push({ metric: "nextResponse", dueAt: slaCase.nextResponseDueAt });
  if (slaCase.resolutionDueAt) metrics.push({ metric: "resolution", dueAt: slaCase.resolutionDueAt });
  return metrics;
}

/**
 * Enqueues one check at each warning time and each due time. The check re-reads the case, so a
 * check made stale by a reply or a pause does nothing; the per-minute sweep catches lost jobs.
 */
export async function scheduleSlaChecks(db: Database, queue: JobQueue, slaCase: SlaCase, now: Date) {
  if (!slaCase.slaPolicyId || slaCase.slaPausedAt) return;
  const found = await findPolicyWithCalendar(db, slaCase.slaPolicyId);
  if (!found) return;
  const jobs: { payload: { caseId: string }; options: { singletonKey: string; startAfter: Date } }[] = [];
  for (const { metric, dueAt } of runningMetrics(slaCase)) {
    if (dueAt.getTime() <= now.getTime()) continue;
    const total = businessMsBetween(found.calendar, now, dueAt);
    const warnAt = addBusinessMinutes(found.calendar, now, (total * found.policy.warnAtPercent) / 100 / 60_000);
    for (const at of [warnAt, dueAt]) jobs.push({ payload: { caseId: slaCase.id }, options: { singletonKey: `${slaCase.id}:${metric}:${at.toISOString()}`, startAfter: at } });
  }
  // One statement for all of them when the queue can batch (every real one can).
  if (queue.sendMany) await queue.sendMany("sla-check", jobs);
  else for (const job of jobs) await queue.send("sla-check", job.payload, job.options);
}

export type SlaFinding = { metric: SlaMetric; kind: "sla_warning" | "sla_breach"; dueAt: Date };

/**
 * What is true of the case at `now`: a breach once now >= due (at the due minute itself, never
 * before), a warning once the elapsed share of the target reaches the policy's percentage. Paused
 * and finished cases have no findings.
 */
export async function findingsAt(db: Database, slaCase: SlaCase & { status: string; createdAt: Date }, now: Date): Promise<SlaFinding[]> {
  if (slaCase.slaPausedAt || slaCase.status === "resolved" || slaCase.status === "closed" || !slaCase.slaPolicyId) return [];
  const found = await findPolicyWithCalendar(db, slaCase.slaPolicyId);
  if (!found) return [];
  const findings: SlaFinding[] = [];
  const target = found.policy.targets[slaCase.priority];
  for (const { metric, dueAt } of runningMetrics(slaCase)) {
    if (now.getTime() >= dueAt.getTime()) {
      findings.push({ metric, kind: "sla_breach", dueAt });
      continue;
    }
    const left = businessMsBetween(found.calendar, now, dueAt);
    if (left <= target[metric] * 60_000 * (1 - found.policy.warnAtPercent / 100)) findings.push({ metric, kind: "sla_warning", dueAt });
  }
  return findings;
}

/** Records a finding once; true when this call recorded it (the caller escalates on a new breach). */
export async function recordFinding(db: Database, caseId: string, finding: SlaFinding, now: Date) {
  return queries.insertSlaEvent(db, { caseId, kind: finding.kind, metric: finding.metric, dueAt: finding.dueAt.toISOString(), at: now });
}

export const listCasesDueBy = queries.listCasesDueBy;
