DROP INDEX "forum_threads_latest_idx";--> statement-breakpoint
DROP INDEX "forum_threads_unanswered_idx";--> statement-breakpoint
DROP INDEX "forum_threads_solved_idx";--> statement-breakpoint
DROP INDEX "forum_threads_category_latest_idx";--> statement-breakpoint
CREATE INDEX "forum_threads_latest_idx" ON "forum_threads" USING btree ("locale","last_post_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "forum_threads"."is_hidden" = false;--> statement-breakpoint
CREATE INDEX "forum_threads_unanswered_idx" ON "forum_threads" USING btree ("locale","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "forum_threads"."is_hidden" = false and "forum_threads"."answer_count" = 0;--> statement-breakpoint
CREATE INDEX "forum_threads_solved_idx" ON "forum_threads" USING btree ("locale","last_post_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "forum_threads"."is_hidden" = false and "forum_threads"."accepted_post_id" is not null;--> statement-breakpoint
CREATE INDEX "forum_threads_category_latest_idx" ON "forum_threads" USING btree ("category_id","locale","last_post_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "forum_threads"."is_hidden" = false;