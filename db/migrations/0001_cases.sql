CREATE TYPE "public"."assignment_strategy" AS ENUM('least_load', 'round_robin');--> statement-breakpoint
CREATE TYPE "public"."case_priority" AS ENUM('low', 'normal', 'high', 'urgent');--> statement-breakpoint
CREATE TYPE "public"."condition_match" AS ENUM('all', 'any');--> statement-breakpoint
CREATE TYPE "public"."score_level" AS ENUM('low', 'medium', 'high');--> statement-breakpoint
CREATE TYPE "public"."service_channel" AS ENUM('self_service', 'bot', 'forum', 'chat', 'email', 'phone_callback', 'on_site');--> statement-breakpoint
CREATE TYPE "public"."case_channel" AS ENUM('portal', 'email', 'sms', 'chat', 'social', 'phone', 'forum', 'order', 'generic');--> statement-breakpoint
CREATE TYPE "public"."case_event_kind" AS ENUM('message_in', 'message_out', 'note', 'status', 'assignment', 'routing', 'sla_warning', 'sla_breach', 'escalation', 'score', 'merge');--> statement-breakpoint
CREATE TYPE "public"."case_status" AS ENUM('new', 'open', 'pending_customer', 'on_hold', 'resolved', 'closed');--> statement-breakpoint
CREATE TYPE "public"."event_author" AS ENUM('customer', 'agent', 'bot', 'system');--> statement-breakpoint
CREATE TYPE "public"."event_visibility" AS ENUM('public', 'internal');--> statement-breakpoint
CREATE SEQUENCE "public"."case_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100001 CACHE 1;--> statement-breakpoint
CREATE TABLE "business_calendars" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"time_zone" text NOT NULL,
	"weekly_hours" jsonb NOT NULL,
	"holidays" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "business_calendars_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "queue_members" (
	"queue_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "queue_members_queue_id_user_id_pk" PRIMARY KEY("queue_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "queues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"strategy" "assignment_strategy" DEFAULT 'least_load' NOT NULL,
	"fallback_queue_id" uuid,
	"is_default" boolean DEFAULT false NOT NULL,
	"lead_user_id" uuid,
	"last_assigned_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "queues_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "routing_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"conditions" jsonb NOT NULL,
	"queue_id" uuid NOT NULL,
	"priority" "case_priority",
	"required_skill" text,
	"min_proficiency" smallint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_matrix" (
	"complexity" "score_level" NOT NULL,
	"severity" "score_level" NOT NULL,
	"effort" "score_level" NOT NULL,
	"primary_channel" "service_channel" NOT NULL,
	"secondary_channel" "service_channel" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "scoring_matrix_complexity_severity_effort_pk" PRIMARY KEY("complexity","severity","effort")
);
--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"match" "condition_match" DEFAULT 'all' NOT NULL,
	"conditions" jsonb NOT NULL,
	"calendar_id" uuid NOT NULL,
	"targets" jsonb NOT NULL,
	"warn_at_percent" smallint DEFAULT 75 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"event_id" uuid,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"storage_key" text NOT NULL,
	"sha256" text NOT NULL,
	"visibility" "event_visibility" DEFAULT 'public' NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_categories" (
	"key" text PRIMARY KEY NOT NULL,
	"names" jsonb NOT NULL,
	"default_complexity" "score_level" DEFAULT 'medium' NOT NULL,
	"default_severity" "score_level" DEFAULT 'medium' NOT NULL,
	"default_effort" "score_level" DEFAULT 'medium' NOT NULL,
	"required_skill" text,
	"sort_order" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" "case_event_kind" NOT NULL,
	"visibility" "event_visibility" NOT NULL,
	"author" "event_author" NOT NULL,
	"author_user_id" uuid,
	"channel" "case_channel",
	"body" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"email_message_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text DEFAULT 'C-' || nextval('case_number_seq')::text NOT NULL,
	"customer_id" uuid NOT NULL,
	"channel" "case_channel" NOT NULL,
	"category" text NOT NULL,
	"subject" text NOT NULL,
	"description" text NOT NULL,
	"status" "case_status" DEFAULT 'new' NOT NULL,
	"priority" "case_priority" DEFAULT 'normal' NOT NULL,
	"locale" "locale" DEFAULT 'en' NOT NULL,
	"order_id" uuid,
	"external_kind" text,
	"external_id" text,
	"complexity" "score_level" NOT NULL,
	"severity" "score_level" NOT NULL,
	"effort" "score_level" NOT NULL,
	"score_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"scores_corrected_by" uuid,
	"queue_id" uuid,
	"assignee_id" uuid,
	"routing_rule_id" uuid,
	"required_skill" text,
	"min_proficiency" smallint DEFAULT 1 NOT NULL,
	"sla_policy_id" uuid,
	"first_response_due_at" timestamp with time zone,
	"next_response_due_at" timestamp with time zone,
	"resolution_due_at" timestamp with time zone,
	"first_responded_at" timestamp with time zone,
	"sla_paused_at" timestamp with time zone,
	"escalation_level" smallint DEFAULT 0 NOT NULL,
	"reply_token" text NOT NULL,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_number_unique" UNIQUE("number"),
	CONSTRAINT "cases_replyToken_unique" UNIQUE("reply_token")
);
--> statement-breakpoint
CREATE TABLE "inbound_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" "case_channel" NOT NULL,
	"provider_message_id" text NOT NULL,
	"customer_id" uuid,
	"case_id" uuid,
	"event_id" uuid,
	"size_bytes" integer NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "queue_members" ADD CONSTRAINT "queue_members_queue_id_queues_id_fk" FOREIGN KEY ("queue_id") REFERENCES "public"."queues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_members" ADD CONSTRAINT "queue_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queues" ADD CONSTRAINT "queues_fallback_queue_id_queues_id_fk" FOREIGN KEY ("fallback_queue_id") REFERENCES "public"."queues"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queues" ADD CONSTRAINT "queues_lead_user_id_users_id_fk" FOREIGN KEY ("lead_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queues" ADD CONSTRAINT "queues_last_assigned_user_id_users_id_fk" FOREIGN KEY ("last_assigned_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_queue_id_queues_id_fk" FOREIGN KEY ("queue_id") REFERENCES "public"."queues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_matrix" ADD CONSTRAINT "scoring_matrix_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_calendar_id_business_calendars_id_fk" FOREIGN KEY ("calendar_id") REFERENCES "public"."business_calendars"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_event_id_case_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."case_events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_category_case_categories_key_fk" FOREIGN KEY ("category") REFERENCES "public"."case_categories"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_scores_corrected_by_users_id_fk" FOREIGN KEY ("scores_corrected_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_queue_id_queues_id_fk" FOREIGN KEY ("queue_id") REFERENCES "public"."queues"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_routing_rule_id_routing_rules_id_fk" FOREIGN KEY ("routing_rule_id") REFERENCES "public"."routing_rules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_sla_policy_id_sla_policies_id_fk" FOREIGN KEY ("sla_policy_id") REFERENCES "public"."sla_policies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_messages" ADD CONSTRAINT "inbound_messages_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_messages" ADD CONSTRAINT "inbound_messages_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_messages" ADD CONSTRAINT "inbound_messages_event_id_case_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."case_events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "queue_members_user_id_index" ON "queue_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "queues_fallback_queue_id_index" ON "queues" USING btree ("fallback_queue_id");--> statement-breakpoint
CREATE INDEX "queues_lead_user_id_index" ON "queues" USING btree ("lead_user_id");--> statement-breakpoint
CREATE INDEX "queues_last_assigned_user_id_index" ON "queues" USING btree ("last_assigned_user_id");--> statement-breakpoint
CREATE INDEX "routing_rules_position_index" ON "routing_rules" USING btree ("position");--> statement-breakpoint
CREATE INDEX "routing_rules_queue_id_index" ON "routing_rules" USING btree ("queue_id");--> statement-breakpoint
CREATE INDEX "scoring_matrix_updated_by_index" ON "scoring_matrix" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "sla_policies_position_index" ON "sla_policies" USING btree ("position");--> statement-breakpoint
CREATE INDEX "sla_policies_calendar_id_index" ON "sla_policies" USING btree ("calendar_id");--> statement-breakpoint
CREATE INDEX "case_attachments_case_id_index" ON "case_attachments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_attachments_event_id_index" ON "case_attachments" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "case_attachments_uploaded_by_index" ON "case_attachments" USING btree ("uploaded_by");--> statement-breakpoint
CREATE INDEX "case_events_case_id_created_at_index" ON "case_events" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "case_events_email_message_id_index" ON "case_events" USING btree ("email_message_id");--> statement-breakpoint
CREATE INDEX "case_events_author_user_id_index" ON "case_events" USING btree ("author_user_id");--> statement-breakpoint
CREATE INDEX "cases_customer_id_created_at_id_index" ON "cases" USING btree ("customer_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_open_queue_idx" ON "cases" USING btree ("queue_id","priority","created_at") WHERE "cases"."status" not in ('resolved', 'closed');--> statement-breakpoint
CREATE INDEX "cases_open_assignee_idx" ON "cases" USING btree ("assignee_id") WHERE "cases"."status" not in ('resolved', 'closed');--> statement-breakpoint
CREATE UNIQUE INDEX "cases_external_ref_key" ON "cases" USING btree ("external_kind","external_id") WHERE "cases"."external_kind" is not null;--> statement-breakpoint
CREATE INDEX "cases_order_id_index" ON "cases" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "cases_category_index" ON "cases" USING btree ("category");--> statement-breakpoint
CREATE INDEX "cases_routing_rule_id_index" ON "cases" USING btree ("routing_rule_id");--> statement-breakpoint
CREATE INDEX "cases_sla_policy_id_index" ON "cases" USING btree ("sla_policy_id");--> statement-breakpoint
CREATE INDEX "cases_scores_corrected_by_index" ON "cases" USING btree ("scores_corrected_by");--> statement-breakpoint
CREATE UNIQUE INDEX "inbound_messages_channel_provider_message_id_index" ON "inbound_messages" USING btree ("channel","provider_message_id");--> statement-breakpoint
CREATE INDEX "inbound_messages_customer_id_index" ON "inbound_messages" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "inbound_messages_case_id_index" ON "inbound_messages" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "inbound_messages_event_id_index" ON "inbound_messages" USING btree ("event_id");