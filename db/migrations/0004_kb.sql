CREATE TYPE "public"."kb_audience" AS ENUM('public', 'internal');--> statement-breakpoint
CREATE TYPE "public"."kb_kind" AS ENUM('article', 'faq');--> statement-breakpoint
CREATE TYPE "public"."kb_search_context" AS ENUM('help', 'case_form', 'forum', 'backoffice', 'bot');--> statement-breakpoint
CREATE TYPE "public"."kb_status" AS ENUM('draft', 'published', 'archived');--> statement-breakpoint
CREATE TABLE "kb_article_translations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"locale" "locale" NOT NULL,
	"audience" "kb_audience" DEFAULT 'public' NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body_md" text NOT NULL,
	"body_html" text NOT NULL,
	"body_text" text NOT NULL,
	"status" "kb_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"published_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" uuid,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(kb_regconfig(locale), coalesce(title, '')), 'A') || setweight(to_tsvector(kb_regconfig(locale), coalesce(summary, '')), 'B') || setweight(to_tsvector(kb_regconfig(locale), coalesce(body_text, '')), 'C')) STORED
);
--> statement-breakpoint
CREATE TABLE "kb_article_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"translation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body_md" text NOT NULL,
	"status" "kb_status" NOT NULL,
	"edited_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category_id" uuid NOT NULL,
	"kind" "kb_kind" DEFAULT 'article' NOT NULL,
	"audience" "kb_audience" DEFAULT 'public' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"helpful_count" integer DEFAULT 0 NOT NULL,
	"not_helpful_count" integer DEFAULT 0 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parent_id" uuid,
	"slug" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_category_translations" (
	"category_id" uuid NOT NULL,
	"locale" "locale" NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	CONSTRAINT "kb_category_translations_category_id_locale_pk" PRIMARY KEY("category_id","locale")
);
--> statement-breakpoint
CREATE TABLE "kb_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"locale" "locale" NOT NULL,
	"is_helpful" boolean NOT NULL,
	"comment" text,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_search_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"query" text NOT NULL,
	"normalized_query" text NOT NULL,
	"locale" "locale" NOT NULL,
	"context" "kb_search_context" NOT NULL,
	"result_count" integer NOT NULL,
	"result_article_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"corrected_query" text,
	"user_id" uuid,
	"clicked_article_id" uuid,
	"clicked_at" timestamp with time zone,
	"case_created_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_search_terms" (
	"locale" "locale" NOT NULL,
	"term" text NOT NULL,
	"document_count" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "kb_search_terms_locale_term_pk" PRIMARY KEY("locale","term")
);
--> statement-breakpoint
ALTER TABLE "kb_article_translations" ADD CONSTRAINT "kb_article_translations_article_id_kb_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."kb_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_article_translations" ADD CONSTRAINT "kb_article_translations_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_article_versions" ADD CONSTRAINT "kb_article_versions_translation_id_kb_article_translations_id_fk" FOREIGN KEY ("translation_id") REFERENCES "public"."kb_article_translations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_article_versions" ADD CONSTRAINT "kb_article_versions_edited_by_id_users_id_fk" FOREIGN KEY ("edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_articles" ADD CONSTRAINT "kb_articles_category_id_kb_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."kb_categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_articles" ADD CONSTRAINT "kb_articles_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_categories" ADD CONSTRAINT "kb_categories_parent_id_kb_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."kb_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_category_translations" ADD CONSTRAINT "kb_category_translations_category_id_kb_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."kb_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_feedback" ADD CONSTRAINT "kb_feedback_article_id_kb_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."kb_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_feedback" ADD CONSTRAINT "kb_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_search_log" ADD CONSTRAINT "kb_search_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_search_log" ADD CONSTRAINT "kb_search_log_clicked_article_id_kb_articles_id_fk" FOREIGN KEY ("clicked_article_id") REFERENCES "public"."kb_articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "kb_article_translations_article_locale_key" ON "kb_article_translations" USING btree ("article_id","locale");--> statement-breakpoint
CREATE UNIQUE INDEX "kb_article_translations_locale_slug_key" ON "kb_article_translations" USING btree ("locale","slug");--> statement-breakpoint
CREATE INDEX "kb_article_translations_search_idx" ON "kb_article_translations" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "kb_article_translations_title_trgm_idx" ON "kb_article_translations" USING gin (kb_unaccent(lower("title")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "kb_article_translations_updated_by_id_index" ON "kb_article_translations" USING btree ("updated_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kb_article_versions_translation_version_key" ON "kb_article_versions" USING btree ("translation_id","version");--> statement-breakpoint
CREATE INDEX "kb_article_versions_edited_by_id_index" ON "kb_article_versions" USING btree ("edited_by_id");--> statement-breakpoint
CREATE INDEX "kb_articles_category_id_index" ON "kb_articles" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "kb_articles_created_by_id_index" ON "kb_articles" USING btree ("created_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kb_categories_slug_key" ON "kb_categories" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "kb_categories_parent_id_index" ON "kb_categories" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "kb_feedback_article_id_created_at_index" ON "kb_feedback" USING btree ("article_id","created_at");--> statement-breakpoint
CREATE INDEX "kb_feedback_user_id_index" ON "kb_feedback" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "kb_search_log_created_at_index" ON "kb_search_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "kb_search_log_normalized_query_index" ON "kb_search_log" USING btree ("normalized_query");--> statement-breakpoint
CREATE INDEX "kb_search_log_user_id_index" ON "kb_search_log" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "kb_search_log_clicked_article_id_index" ON "kb_search_log" USING btree ("clicked_article_id");--> statement-breakpoint
CREATE INDEX "kb_search_terms_trgm_idx" ON "kb_search_terms" USING gin ("term" gin_trgm_ops);