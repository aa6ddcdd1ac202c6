-- Search GIN indexes without a pending list: with fastupdate on, every insert goes to an unsorted list
-- (up to gin_pending_list_limit, 4 MB) that every search scans from end to end until a vacuum merges
-- it; at 100k articles that was 400-500 pages per language index, more than the rest of the search.
-- Articles are written rarely, so the insert pays the merge instead. The current lists are merged now.
ALTER INDEX "kb_article_translations_search_en_idx" SET (fastupdate = false);--> statement-breakpoint
ALTER INDEX "kb_article_translations_search_fr_idx" SET (fastupdate = false);--> statement-breakpoint
ALTER INDEX "kb_article_translations_search_it_idx" SET (fastupdate = false);--> statement-breakpoint
ALTER INDEX "kb_article_translations_title_en_idx" SET (fastupdate = false);--> statement-breakpoint
ALTER INDEX "kb_article_translations_title_fr_idx" SET (fastupdate = false);--> statement-breakpoint
ALTER INDEX "kb_article_translations_title_it_idx" SET (fastupdate = false);--> statement-breakpoint
ALTER INDEX "kb_article_translations_title_trgm_idx" SET (fastupdate = false);--> statement-breakpoint
ALTER INDEX "kb_search_terms_trgm_idx" SET (fastupdate = false);--> statement-breakpoint
SELECT gin_clean_pending_list(i::regclass) FROM unnest(array[
  'kb_article_translations_search_en_idx', 'kb_article_translations_search_fr_idx', 'kb_article_translations_search_it_idx',
  'kb_article_translations_title_en_idx', 'kb_article_translations_title_fr_idx', 'kb_article_translations_title_it_idx',
  'kb_article_translations_title_trgm_idx', 'kb_search_terms_trgm_idx']) AS i;--> statement-breakpoint
-- Publishing adds 1 to document_count of each of the text's words in place. With room left on each page
-- those updates are HOT (no indexed column changes), so they add no entry to the trigram indexes and
-- the old versions are pruned as the page is read; on full pages each update left a dead row and three
-- dead index entries until a vacuum (100 publish batches: 65,901 dead rows behind 2,123 words, and the
-- typo lookup read 457 pages of its trigram index instead of 15). CLUSTER rewrites the table once with
-- that room and rebuilds its indexes without the dead entries (a few thousand rows: instant).
ALTER TABLE "kb_search_terms" SET (fillfactor = 50);--> statement-breakpoint
CLUSTER "kb_search_terms" USING "kb_search_terms_locale_term_pk";
