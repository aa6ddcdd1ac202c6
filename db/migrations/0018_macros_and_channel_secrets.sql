CREATE TYPE "public"."webhook_channel" AS ENUM('email', 'sms', 'social', 'generic');--> statement-breakpoint
CREATE TABLE "macros" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"locale" "locale" NOT NULL,
	"body" text NOT NULL,
	"category_key" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "channel_secrets" (
	"channel" "webhook_channel" PRIMARY KEY NOT NULL,
	"sealed" text NOT NULL,
	"rotated_by" uuid,
	"rotated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "macros" ADD CONSTRAINT "macros_category_key_case_categories_key_fk" FOREIGN KEY ("category_key") REFERENCES "public"."case_categories"("key") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "macros" ADD CONSTRAINT "macros_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "macros" ADD CONSTRAINT "macros_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_secrets" ADD CONSTRAINT "channel_secrets_rotated_by_users_id_fk" FOREIGN KEY ("rotated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "macros_locale_name_index" ON "macros" USING btree ("locale","name");--> statement-breakpoint
CREATE INDEX "macros_category_key_index" ON "macros" USING btree ("category_key");--> statement-breakpoint
CREATE INDEX "macros_created_by_index" ON "macros" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "macros_updated_by_index" ON "macros" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "channel_secrets_rotated_by_index" ON "channel_secrets" USING btree ("rotated_by");