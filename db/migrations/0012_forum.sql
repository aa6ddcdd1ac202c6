CREATE TYPE "public"."forum_flag_reason" AS ENUM('spam', 'abuse', 'off_topic', 'other');--> statement-breakpoint
CREATE TYPE "public"."forum_flag_status" AS ENUM('open', 'upheld', 'dismissed');--> statement-breakpoint
CREATE TABLE "forum_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"family" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_category_translations" (
	"category_id" uuid NOT NULL,
	"locale" "locale" NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	CONSTRAINT "forum_category_translations_category_id_locale_pk" PRIMARY KEY("category_id","locale")
);
--> statement-breakpoint
CREATE TABLE "forum_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"reporter_user_id" uuid,
	"reason" "forum_flag_reason" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" "forum_flag_status" DEFAULT 'open' NOT NULL,
	"resolved_by_id" uuid,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_follows" (
	"thread_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forum_follows_thread_id_user_id_pk" PRIMARY KEY("thread_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "forum_members" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"reputation" integer DEFAULT 0 NOT NULL,
	"accepted_count" integer DEFAULT 0 NOT NULL,
	"post_count" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_post_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"body_md" text NOT NULL,
	"title" text,
	"editor_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"author_user_id" uuid,
	"is_question" boolean DEFAULT false NOT NULL,
	"body_md" text NOT NULL,
	"body_html" text NOT NULL,
	"is_official" boolean DEFAULT false NOT NULL,
	"is_hidden" boolean DEFAULT false NOT NULL,
	"vote_count" integer DEFAULT 0 NOT NULL,
	"edited_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category_id" uuid NOT NULL,
	"locale" "locale" NOT NULL,
	"title" text NOT NULL,
	"author_user_id" uuid,
	"search_text" text DEFAULT '' NOT NULL,
	"reply_count" integer DEFAULT 0 NOT NULL,
	"answer_count" integer DEFAULT 0 NOT NULL,
	"accepted_post_id" uuid,
	"has_official_answer" boolean DEFAULT false NOT NULL,
	"is_locked" boolean DEFAULT false NOT NULL,
	"is_hidden" boolean DEFAULT false NOT NULL,
	"merged_into_id" uuid,
	"case_id" uuid,
	"escalated_at" timestamp with time zone,
	"article_id" uuid,
	"last_post_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(kb_regconfig(locale), coalesce(title, '')), 'A') || setweight(to_tsvector(kb_regconfig(locale), left(coalesce(search_text, ''), 20000)), 'B')) STORED
);
--> statement-breakpoint
CREATE TABLE "forum_votes" (
	"post_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forum_votes_post_id_user_id_pk" PRIMARY KEY("post_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "forum_category_translations" ADD CONSTRAINT "forum_category_translations_category_id_forum_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."forum_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_flags" ADD CONSTRAINT "forum_flags_post_id_forum_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."forum_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_flags" ADD CONSTRAINT "forum_flags_reporter_user_id_users_id_fk" FOREIGN KEY ("reporter_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_flags" ADD CONSTRAINT "forum_flags_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_follows" ADD CONSTRAINT "forum_follows_thread_id_forum_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."forum_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_follows" ADD CONSTRAINT "forum_follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_members" ADD CONSTRAINT "forum_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_post_revisions" ADD CONSTRAINT "forum_post_revisions_post_id_forum_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."forum_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_post_revisions" ADD CONSTRAINT "forum_post_revisions_editor_user_id_users_id_fk" FOREIGN KEY ("editor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_posts" ADD CONSTRAINT "forum_posts_thread_id_forum_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."forum_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_posts" ADD CONSTRAINT "forum_posts_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_threads" ADD CONSTRAINT "forum_threads_category_id_forum_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."forum_categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_threads" ADD CONSTRAINT "forum_threads_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_threads" ADD CONSTRAINT "forum_threads_accepted_post_id_forum_posts_id_fk" FOREIGN KEY ("accepted_post_id") REFERENCES "public"."forum_posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_threads" ADD CONSTRAINT "forum_threads_merged_into_id_forum_threads_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."forum_threads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_threads" ADD CONSTRAINT "forum_threads_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_threads" ADD CONSTRAINT "forum_threads_article_id_kb_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."kb_articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_votes" ADD CONSTRAINT "forum_votes_post_id_forum_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."forum_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_votes" ADD CONSTRAINT "forum_votes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "forum_categories_slug_key" ON "forum_categories" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "forum_flags_post_reporter_key" ON "forum_flags" USING btree ("post_id","reporter_user_id");--> statement-breakpoint
CREATE INDEX "forum_flags_open_idx" ON "forum_flags" USING btree ("created_at") WHERE "forum_flags"."status" = 'open';--> statement-breakpoint
CREATE INDEX "forum_flags_reporter_user_id_index" ON "forum_flags" USING btree ("reporter_user_id");--> statement-breakpoint
CREATE INDEX "forum_flags_resolved_by_id_index" ON "forum_flags" USING btree ("resolved_by_id");--> statement-breakpoint
CREATE INDEX "forum_follows_user_id_index" ON "forum_follows" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "forum_members_reputation_idx" ON "forum_members" USING btree ("reputation" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "forum_post_revisions_post_id_created_at_index" ON "forum_post_revisions" USING btree ("post_id","created_at");--> statement-breakpoint
CREATE INDEX "forum_post_revisions_editor_user_id_index" ON "forum_post_revisions" USING btree ("editor_user_id");--> statement-breakpoint
CREATE INDEX "forum_posts_thread_idx" ON "forum_posts" USING btree ("thread_id","created_at","id");--> statement-breakpoint
CREATE INDEX "forum_posts_author_user_id_created_at_index" ON "forum_posts" USING btree ("author_user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "forum_threads_category_id_index" ON "forum_threads" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "forum_threads_author_user_id_index" ON "forum_threads" USING btree ("author_user_id");--> statement-breakpoint
CREATE INDEX "forum_threads_accepted_post_id_index" ON "forum_threads" USING btree ("accepted_post_id");--> statement-breakpoint
CREATE INDEX "forum_threads_merged_into_id_index" ON "forum_threads" USING btree ("merged_into_id");--> statement-breakpoint
CREATE INDEX "forum_threads_case_id_index" ON "forum_threads" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "forum_threads_article_id_index" ON "forum_threads" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "forum_threads_latest_idx" ON "forum_threads" USING btree ("locale","last_post_at" DESC NULLS LAST,"id") WHERE "forum_threads"."is_hidden" = false;--> statement-breakpoint
CREATE INDEX "forum_threads_unanswered_idx" ON "forum_threads" USING btree ("locale","created_at" DESC NULLS LAST,"id") WHERE "forum_threads"."is_hidden" = false and "forum_threads"."answer_count" = 0;--> statement-breakpoint
CREATE INDEX "forum_threads_solved_idx" ON "forum_threads" USING btree ("locale","last_post_at" DESC NULLS LAST,"id") WHERE "forum_threads"."is_hidden" = false and "forum_threads"."accepted_post_id" is not null;--> statement-breakpoint
CREATE INDEX "forum_threads_category_latest_idx" ON "forum_threads" USING btree ("category_id","locale","last_post_at" DESC NULLS LAST,"id") WHERE "forum_threads"."is_hidden" = false;--> statement-breakpoint
CREATE INDEX "forum_threads_search_idx" ON "forum_threads" USING gin ("search_vector") WHERE "forum_threads"."is_hidden" = false;--> statement-breakpoint
CREATE INDEX "forum_threads_title_trgm_idx" ON "forum_threads" USING gin (kb_unaccent(lower("title")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "forum_votes_user_id_index" ON "forum_votes" USING btree ("user_id");