-- The map's businesses in accompaniment per province under 1 s on a million businesses
-- (bench/territory): each assignment carries its business's comune (assignment.business_comune_istat,
-- added by map_speed), so the count reads the open assignments' partial index alone instead of
-- joining them to the whole business table. Kept by triggers, so every way of writing an
-- assignment or moving a business keeps it right; no code writes the column.
--
-- A new assignment (or one moved to another business) copies the business's comune. FOR SHARE
-- waits for a move of that business still in flight and then reads where it went; a move that
-- comes after waits for this insert, and its own trigger then sees the new assignment. Either
-- order ends with the business's comune.
CREATE FUNCTION assignment_business_comune() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT b.comune_istat INTO NEW.business_comune_istat FROM business b WHERE b.id = NEW.business_id FOR SHARE;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER assignment_business_comune BEFORE INSERT OR UPDATE OF business_id ON assignment
  FOR EACH ROW EXECUTE FUNCTION assignment_business_comune();
--> statement-breakpoint
-- A business that moves to another comune takes its assignments (open and ended) along.
CREATE FUNCTION business_moved_assignments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE assignment SET business_comune_istat = NEW.comune_istat WHERE business_id = NEW.id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER business_moved_assignments AFTER UPDATE OF comune_istat ON business
  FOR EACH ROW WHEN (OLD.comune_istat IS DISTINCT FROM NEW.comune_istat) EXECUTE FUNCTION business_moved_assignments();
--> statement-breakpoint
-- The assignments made before: after the triggers, whose creation holds off new assignments
-- until this migration commits, so none is left without its comune.
UPDATE assignment a SET business_comune_istat = b.comune_istat FROM business b WHERE b.id = a.business_id;
