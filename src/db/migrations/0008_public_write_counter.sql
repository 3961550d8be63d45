CREATE TABLE "public_write_counter" (
	"bucket" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "public_write_counter_window_start_idx" ON "public_write_counter" USING btree ("window_start");