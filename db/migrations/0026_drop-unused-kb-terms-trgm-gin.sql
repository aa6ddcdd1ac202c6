-- The typo lookup reads the GiST index in distance order (KNN); this GIN index had no scans at 100k
-- articles and only doubled the dictionary's index writes.
DROP INDEX "kb_search_terms_trgm_idx";
