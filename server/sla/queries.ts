import { and, asc, eq, isNotNull, isNull, lte, notInArray, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { businessCalendars, caseEvents, cases, slaPolicies } from "@/db/schema";

export async function listActivePolicies(db: Database) {
  return db
    .select({ policy: slaPolicies, calendar: businessCalendars })
    .from(slaPolicies)
    .innerJoin(businessCalendars, eq(businessCalendars.id, slaPolicies.calendarId))
    .where(eq(slaPolicies.isActive, true))
    .orderBy(asc(slaPolicies.position));
}

export async function findPolicyWithCalendar(db: Database, policyId: string) {
  const [row] = await db
    .select({ policy: slaPolicies, calendar: businessCalendars })
    .from(slaPolicies)
    .innerJoin(businessCalendars, eq(businessCalendars.id, slaPolicies.calendarId))
    .where(eq(slaPolicies.id, policyId))
    .limit(1);
  return row ?? null;
}

/** Records a warning or breach once per metric and due date; false when it already was. */
export async function insertSlaEvent(db: Database, values: { caseId: string; kind: "sla_warning" | "sla_breach"; metric: string; dueAt: string; at: Date }) {
  const rows = await db
    .insert(caseEvents)
    .values({ caseId: values.caseId, kind: values.kind, visibility: "internal", author: "system", data: { metric: values.metric, dueAt: values.dueAt }, createdAt: values.at })
    .onConflictDoNothing()
    .returning({ id: caseEvents.id });
  return rows.length > 0;
}

/** Open, running cases with a due date at or before `now`: the safety net behind the per-case jobs. */
export async function listCasesDueBy(db: Database, now: Date, limit: number) {
  return db
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(
        notInArray(cases.status, ["resolved", "closed"]),
        isNull(cases.slaPausedAt),
        or(
          and(isNull(cases.firstRespondedAt), lte(cases.firstResponseDueAt, now)),
          and(isNotNull(cases.nextResponseDueAt), lte(cases.nextResponseDueAt, now)),
          lte(cases.resolutionDueAt, now),
        ),
        // Skip cases whose every past-due metric is already recorded as breached.
        sql`not exists (select 1 from ${caseEvents} e where e.case_id = ${cases.id} and e.kind = 'sla_breach'
              and e.data->>'dueAt' = to_char(${cases.resolutionDueAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`,
      ),
    )
    .limit(limit);
}
