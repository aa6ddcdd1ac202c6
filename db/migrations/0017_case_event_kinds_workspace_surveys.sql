ALTER TYPE "public"."case_event_kind" ADD VALUE 'priority';--> statement-breakpoint
ALTER TYPE "public"."case_event_kind" ADD VALUE 'link';--> statement-breakpoint
ALTER TYPE "public"."case_event_kind" ADD VALUE 'split';--> statement-breakpoint
ALTER TYPE "public"."case_event_kind" ADD VALUE 'survey';--> statement-breakpoint
ALTER TYPE "public"."case_event_kind" ADD VALUE 'task';