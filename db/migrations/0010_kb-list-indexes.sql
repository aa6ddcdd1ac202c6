CREATE INDEX "kb_articles_category_position_idx" ON "kb_articles" USING btree ("category_id","position","id");--> statement-breakpoint
CREATE INDEX "kb_articles_category_helpful_idx" ON "kb_articles" USING btree ("category_id","helpful_count" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "kb_articles_helpful_idx" ON "kb_articles" USING btree ("helpful_count" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "kb_articles_kind_position_idx" ON "kb_articles" USING btree ("kind","position","id");