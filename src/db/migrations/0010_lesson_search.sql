-- Italian search for the method library: accents folded before the Italian stemmer (plain
-- 'italian' stems "qualità" and "qualita" apart), and trigrams for typos. Both extensions
-- are trusted (PostgreSQL 13+) and ship with the embedded binaries and Debian's server.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- Italian stop words are listed with their accents ("perché", "più"): they are dropped before
-- the accents are folded, and every other word goes on to unaccent and then the stemmer.
CREATE TEXT SEARCH DICTIONARY affianco_it_stop (TEMPLATE = pg_catalog.simple, STOPWORDS = italian, ACCEPT = false);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION affianco_it (COPY = pg_catalog.italian);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION affianco_it ALTER MAPPING FOR hword, hword_part, word WITH affianco_it_stop, unaccent, italian_stem;
--> statement-breakpoint
ALTER TABLE lesson ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('affianco_it'::regconfig, title), 'A') ||
  setweight(to_tsvector('affianco_it'::regconfig, summary), 'B') ||
  setweight(to_tsvector('affianco_it'::regconfig, body_text), 'C')
) STORED;
--> statement-breakpoint
CREATE INDEX lesson_search_idx ON lesson USING gin (search);
--> statement-breakpoint
CREATE INDEX lesson_title_trgm_idx ON lesson USING gin ((title || ' ' || summary) gin_trgm_ops);
--> statement-breakpoint
-- Every word of the published lessons, folded, for "did you mean": a query word the lessons
-- never use ("artificale") is replaced by the nearest one they do ("artificiale").
CREATE TABLE lesson_word (word text PRIMARY KEY);
--> statement-breakpoint
CREATE INDEX lesson_word_trgm_idx ON lesson_word USING gin (word gin_trgm_ops);
