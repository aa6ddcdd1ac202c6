CREATE TYPE "public"."order_request_kind" AS ENUM('return', 'refund', 'cancellation');--> statement-breakpoint
CREATE TYPE "public"."journey_channel" AS ENUM('portal', 'email', 'sms', 'chat', 'phone', 'social', 'forum', 'bot', 'order');--> statement-breakpoint
CREATE TYPE "public"."journey_event_type" AS ENUM('return_requested', 'refund_requested', 'cancellation_requested', 'request_abandoned', 'case_created', 'channel_switched', 'account_deletion_requested', 'email_change_requested');--> statement-breakpoint
CREATE TABLE "order_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"kind" "order_request_kind" NOT NULL,
	"reason" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"case_id" uuid,
	"case_number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journey_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "journey_event_type" NOT NULL,
	"channel" "journey_channel" NOT NULL,
	"customer_id" uuid,
	"order_id" uuid,
	"case_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_preferences" (
	"customer_id" uuid PRIMARY KEY NOT NULL,
	"channels" "contact_channel"[] DEFAULT '{email}' NOT NULL,
	"from_hour" smallint DEFAULT 9 NOT NULL,
	"to_hour" smallint DEFAULT 18 NOT NULL,
	"days" smallint[] DEFAULT '{1,2,3,4,5}' NOT NULL,
	"time_zone" text DEFAULT 'Europe/Paris' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_change_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"new_email" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_change_requests_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "user_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"user_agent" text DEFAULT '' NOT NULL,
	"ip_prefix" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "order_requests" ADD CONSTRAINT "order_requests_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_requests" ADD CONSTRAINT "order_requests_requested_by_customers_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_events" ADD CONSTRAINT "journey_events_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_events" ADD CONSTRAINT "journey_events_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_preferences" ADD CONSTRAINT "contact_preferences_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_change_requests" ADD CONSTRAINT "email_change_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "order_requests_order_id_kind_index" ON "order_requests" USING btree ("order_id","kind");--> statement-breakpoint
CREATE INDEX "order_requests_requested_by_created_at_index" ON "order_requests" USING btree ("requested_by","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "order_requests_case_id_index" ON "order_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "journey_events_type_occurred_at_index" ON "journey_events" USING btree ("type","occurred_at");--> statement-breakpoint
CREATE INDEX "journey_events_channel_occurred_at_index" ON "journey_events" USING btree ("channel","occurred_at");--> statement-breakpoint
CREATE INDEX "journey_events_customer_id_occurred_at_index" ON "journey_events" USING btree ("customer_id","occurred_at");--> statement-breakpoint
CREATE INDEX "journey_events_order_id_index" ON "journey_events" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "journey_events_case_id_index" ON "journey_events" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "email_change_requests_user_id_index" ON "email_change_requests" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_sessions_user_id_last_seen_at_index" ON "user_sessions" USING btree ("user_id","last_seen_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_customer_status_placed_idx" ON "orders" USING btree ("customer_id","status","placed_at" DESC NULLS LAST,"id" DESC NULLS LAST);