-- Help-center search: accent-insensitive text-search configurations per language (unaccent runs
-- before the stemmer), and immutable helpers usable in generated columns and index expressions.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION kb_en (COPY = english);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION kb_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION kb_fr (COPY = french);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION kb_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION kb_it (COPY = italian);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION kb_it ALTER MAPPING FOR hword, hword_part, word WITH unaccent, italian_stem;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kb_unaccent(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, value) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kb_regconfig(lang locale) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT CASE lang WHEN 'fr' THEN 'kb_fr'::regconfig WHEN 'it' THEN 'kb_it'::regconfig ELSE 'kb_en'::regconfig END $$;
