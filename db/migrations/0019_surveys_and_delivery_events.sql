CREATE TYPE "public"."delivery_status" AS ENUM('delivered', 'delayed', 'bounced', 'complained');--> statement-breakpoint
CREATE TYPE "public"."survey_invitation_status" AS ENUM('scheduled', 'sent', 'answered', 'cancelled', 'skipped');--> statement-breakpoint
CREATE TYPE "public"."survey_low_score_action" AS ENUM('reopen', 'task');--> statement-breakpoint
ALTER TYPE "public"."outbox_status" ADD VALUE 'suppressed';--> statement-breakpoint
CREATE TABLE "email_delivery_events" (
	"webhook_id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"provider_message_id" text,
	"outbox_id" uuid,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_suppressions" (
	"email" text PRIMARY KEY NOT NULL,
	"reason" "delivery_status" NOT NULL,
	"provider_message_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"template_id" uuid,
	"locale" "locale" NOT NULL,
	"status" "survey_invitation_status" DEFAULT 'scheduled' NOT NULL,
	"scheduled_for" timestamp with time zone NOT NULL,
	"skip_reason" text,
	"email" text,
	"sent_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_invitations_caseId_unique" UNIQUE("case_id")
);
--> statement-breakpoint
CREATE TABLE "survey_opt_outs" (
	"customer_id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invitation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"csat" smallint NOT NULL,
	"ces" smallint,
	"answers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"comment" text,
	"is_low_score" boolean DEFAULT false NOT NULL,
	"followed_up_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_responses_invitationId_unique" UNIQUE("invitation_id")
);
--> statement-breakpoint
CREATE TABLE "survey_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"category" text,
	"locale" "locale",
	"csat_question" text NOT NULL,
	"ces_question" text NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"delay_minutes" integer DEFAULT 60 NOT NULL,
	"reminder_days" smallint DEFAULT 3 NOT NULL,
	"valid_days" smallint DEFAULT 14 NOT NULL,
	"low_score_threshold" smallint DEFAULT 2 NOT NULL,
	"low_score_action" "survey_low_score_action" DEFAULT 'reopen' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_templates_category_locale_unique" UNIQUE NULLS NOT DISTINCT("category","locale")
);
--> statement-breakpoint
ALTER TABLE "contact_identities" ADD COLUMN "undeliverable_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contact_identities" ADD COLUMN "undeliverable_reason" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "delivery_status" "delivery_status";--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "delivery_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "email_delivery_events" ADD CONSTRAINT "email_delivery_events_outbox_id_email_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."email_outbox"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_template_id_survey_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."survey_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_opt_outs" ADD CONSTRAINT "survey_opt_outs_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_invitation_id_survey_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."survey_invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_templates" ADD CONSTRAINT "survey_templates_category_case_categories_key_fk" FOREIGN KEY ("category") REFERENCES "public"."case_categories"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_delivery_events_outbox_id_index" ON "email_delivery_events" USING btree ("outbox_id");--> statement-breakpoint
CREATE INDEX "email_delivery_events_created_at_index" ON "email_delivery_events" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "survey_invitations_customer_id_index" ON "survey_invitations" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "survey_invitations_template_id_index" ON "survey_invitations" USING btree ("template_id");--> statement-breakpoint
CREATE INDEX "survey_invitations_created_at_index" ON "survey_invitations" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "survey_invitations_status_scheduled_for_index" ON "survey_invitations" USING btree ("status","scheduled_for");--> statement-breakpoint
CREATE INDEX "survey_responses_case_id_index" ON "survey_responses" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "survey_responses_created_at_index" ON "survey_responses" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "survey_templates_locale_index" ON "survey_templates" USING btree ("locale");--> statement-breakpoint
CREATE INDEX "email_outbox_provider_message_id_index" ON "email_outbox" USING btree ("provider_message_id");