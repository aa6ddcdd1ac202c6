-- Index builds run with a restricted search_path (PostgreSQL 17+), where the unqualified names
-- kb_en/kb_fr/kb_it do not resolve: an expression index on to_tsvector(kb_regconfig(locale), ...)
-- failed to build. Same result as before, with schema-qualified configuration names.
CREATE OR REPLACE FUNCTION kb_regconfig(lang locale) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT CASE lang WHEN 'fr' THEN 'public.kb_fr'::regconfig WHEN 'it' THEN 'public.kb_it'::regconfig ELSE 'public.kb_en'::regconfig END $$;
