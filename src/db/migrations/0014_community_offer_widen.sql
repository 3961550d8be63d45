ALTER TABLE "community_offer" ADD COLUMN "widened_at" timestamp with time zone;--> statement-breakpoint
-- Offers made before this column were told to every angel at once: they count as widened.
UPDATE "community_offer" SET "widened_at" = "offered_at";
