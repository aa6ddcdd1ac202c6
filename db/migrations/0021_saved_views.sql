CREATE TYPE "public"."queue_view_base" AS ENUM('mine', 'unassigned', 'breaching', 'all');--> statement-breakpoint
CREATE TYPE "public"."queue_view_sort" AS ENUM('sla', 'priority', 'newest', 'oldest');--> statement-breakpoint
CREATE TABLE "saved_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"base" "queue_view_base" NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sort" "queue_view_sort" DEFAULT 'sla' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "saved_views_owner_id_name_index" ON "saved_views" USING btree ("owner_id","name");