import { and, asc, eq, isNotNull, isNull, lte, notInArray, or, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { businessCalendars, caseEvents, cases, slaPolicies } from "@/db/schema";

/** Every policy with its calendar, active or not (a case keeps the policy it started under), by position. */
export async function listPoliciesWithCalendars(db: Database) {
  return db
    .select({ policy: slaPolicies, calendar: businessCalendars })
    .from(slaPolicies)
    .innerJoin(businessCalendars, eq(businessCalendars.id, slaPolicies.calendarId))
    .orderBy(asc(slaPolicies.position));
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

/**
 * Open, running cases with a metric past due whose breach is not recorded yet: the safety net behind
 * the per-case jobs. A breach is recorded once per metric and due date, so a case whose every past-due
 * metric already has its breach event has nothing left to do and is not returned again.
 */
export async function listCasesDueBy(db: Database, now: Date, limit: number) {
  const unrecorded = (metric: string, dueAt: AnyPgColumn) =>
    sql`not exists (select 1 from ${caseEvents} e where e.case_id = ${cases.id} and e.kind = 'sla_breach'
          and e.data->>'metric' = ${metric}
          and e.data->>'dueAt' = to_char(${dueAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;
  return db
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(
        notInArray(cases.status, ["resolved", "closed"]),
        isNull(cases.slaPausedAt),
        or(
          and(isNull(cases.firstRespondedAt), lte(cases.firstResponseDueAt, now), unrecorded("firstResponse", cases.firstResponseDueAt)),
          and(isNotNull(cases.nextResponseDueAt), lte(cases.nextResponseDueAt, now), unrecorded("nextResponse", cases.nextResponseDueAt)),
          and(lte(cases.resolutionDueAt, now), unrecorded("resolution", cases.resolutionDueAt)),
        ),
      ),
    )
    .limit(limit);
}
