-- Search-as-you-type expands the typed prefix to its most frequent known words: a bounded range scan of
-- this index (`term like 'warra%'`), which the primary key serves only under the C collation.
CREATE INDEX "kb_search_terms_prefix_idx" ON "kb_search_terms" USING btree ("locale","term" text_pattern_ops);
