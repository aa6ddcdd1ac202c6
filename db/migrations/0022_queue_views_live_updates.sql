-- Queue views (server/cases/queue-queries.ts). "SLA due" = the earliest running due date of the
-- case, 'infinity' when paused or without SLA, so one ascending key sorts "earliest first, none
-- last" and keyset pagination is a plain row comparison. The expression must stay identical to
-- slaDueExpression in queue-queries.ts or these indexes stop matching.
CREATE INDEX "cases_open_sla_idx" ON "cases" ((coalesce(case when "sla_paused_at" is null then least(case when "first_responded_at" is null then "first_response_due_at" end, "next_response_due_at", "resolution_due_at") end, 'infinity'::timestamptz)), "id") WHERE "status" not in ('resolved', 'closed');--> statement-breakpoint
CREATE INDEX "cases_open_assignee_sla_idx" ON "cases" ("assignee_id", (coalesce(case when "sla_paused_at" is null then least(case when "first_responded_at" is null then "first_response_due_at" end, "next_response_due_at", "resolution_due_at") end, 'infinity'::timestamptz)), "id") WHERE "status" not in ('resolved', 'closed');--> statement-breakpoint
CREATE INDEX "cases_unassigned_sla_idx" ON "cases" ("queue_id", (coalesce(case when "sla_paused_at" is null then least(case when "first_responded_at" is null then "first_response_due_at" end, "next_response_due_at", "resolution_due_at") end, 'infinity'::timestamptz)), "id") WHERE "status" not in ('resolved', 'closed') and "assignee_id" is null;--> statement-breakpoint
CREATE INDEX "cases_open_created_idx" ON "cases" ("created_at", "id") WHERE "status" not in ('resolved', 'closed');--> statement-breakpoint
CREATE INDEX "cases_open_priority_idx" ON "cases" ("priority", "created_at", "id") WHERE "status" not in ('resolved', 'closed');--> statement-breakpoint
-- Live queue updates: one notification per statement (a bulk update of 100 cases sends one), from
-- any process (web, worker, webhook). Listeners refetch; the payload carries nothing.
CREATE FUNCTION "notify_cases_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cases_changed', '');
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "cases_changed_notify" AFTER INSERT OR UPDATE ON "cases" FOR EACH STATEMENT EXECUTE FUNCTION "notify_cases_changed"();
