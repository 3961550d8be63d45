-- Search with 10,000 lessons within 30 ms (bench/lesson-search). Two costs dominated:
-- ranking every match reads each lesson's whole vector from TOAST (a common word matches
-- thousands), and ts_headline re-parses each body of the page of results.
--
-- 1. The words of the title and summary alone, small enough to stay inline: when a query
--    matches many lessons, those with it in their title or summary are ranked first by this
--    vector and only a bounded set of candidates is ranked on the whole one.
ALTER TABLE lesson ADD COLUMN search_head tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('affianco_it'::regconfig, title), 'A') ||
  setweight(to_tsvector('affianco_it'::regconfig, summary), 'B')
) STORED;
--> statement-breakpoint
CREATE INDEX lesson_search_head_idx ON lesson USING gin (search_head);
--> statement-breakpoint
-- The whole vector kept in the row (compressed) rather than in TOAST, so ranking a candidate
-- does not fetch it from a second table; the bodies still go out of line.
ALTER TABLE lesson ALTER COLUMN search SET STORAGE MAIN;
--> statement-breakpoint
ALTER TABLE lesson SET (toast_tuple_target = 8160);
--> statement-breakpoint
-- 2. The body in passages of about twenty words (whole sentences), each with its own small
--    vector: the snippet is the best passage, highlighted, instead of a headline drawn from
--    the whole body. Kept by a trigger, so every way of writing a lesson keeps it right.
CREATE TABLE lesson_passage (
  lesson_id uuid NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
  position integer NOT NULL,
  text text NOT NULL,
  search tsvector GENERATED ALWAYS AS (to_tsvector('affianco_it'::regconfig, text)) STORED,
  PRIMARY KEY (lesson_id, position)
);
--> statement-breakpoint
CREATE FUNCTION lesson_passages_write(lesson uuid, body text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  sentence text;
  passage text := '';
  words integer := 0;
  at integer := 0;
BEGIN
  DELETE FROM lesson_passage WHERE lesson_id = lesson;
  FOR sentence IN SELECT btrim(m[1]) FROM regexp_matches(body, '([^.!?\n]+[.!?]*)', 'g') AS m LOOP
    CONTINUE WHEN length(sentence) < 2;
    passage := CASE WHEN passage = '' THEN sentence ELSE passage || ' ' || sentence END;
    words := words + coalesce(array_length(regexp_split_to_array(sentence, '\s+'), 1), 0);
    IF words >= 20 THEN
      INSERT INTO lesson_passage (lesson_id, position, text) VALUES (lesson, at, passage);
      at := at + 1;
      passage := '';
      words := 0;
    END IF;
  END LOOP;
  IF passage <> '' THEN
    INSERT INTO lesson_passage (lesson_id, position, text) VALUES (lesson, at, passage);
  END IF;
END
$$;
--> statement-breakpoint
CREATE FUNCTION lesson_passages_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.body_text IS DISTINCT FROM OLD.body_text THEN
    PERFORM lesson_passages_write(NEW.id, NEW.body_text);
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER lesson_passages_refresh AFTER INSERT OR UPDATE OF body_text ON lesson
  FOR EACH ROW EXECUTE FUNCTION lesson_passages_refresh();
--> statement-breakpoint
-- Lessons already written get their passages now, and their rows the new storage.
SELECT lesson_passages_write(id, body_text) FROM lesson;
--> statement-breakpoint
UPDATE lesson SET title = title;
