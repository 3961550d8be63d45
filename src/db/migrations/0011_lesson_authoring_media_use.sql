CREATE TYPE "public"."library_file_kind" AS ENUM('video', 'poster', 'captions', 'template');--> statement-breakpoint
CREATE TABLE "lesson_progress" (
	"user_id" text NOT NULL,
	"lesson_id" uuid NOT NULL,
	"done_at" timestamp with time zone,
	"helpful_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_progress_user_id_lesson_id_pk" PRIMARY KEY("user_id","lesson_id")
);
--> statement-breakpoint
CREATE TABLE "lesson_suggestion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"lesson_id" uuid NOT NULL,
	"suggested_by" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dismissed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "lesson_template" (
	"lesson_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"title" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "lesson_template_lesson_id_file_id_pk" PRIMARY KEY("lesson_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "library_file" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "library_file_kind" NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"sportello_id" uuid,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_file_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
ALTER TABLE "membership" ADD COLUMN "can_author" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "lesson" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "lesson" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lesson" ADD COLUMN "video_file_id" uuid;--> statement-breakpoint
ALTER TABLE "lesson" ADD COLUMN "video_poster_file_id" uuid;--> statement-breakpoint
ALTER TABLE "lesson" ADD COLUMN "video_captions_file_id" uuid;--> statement-breakpoint
ALTER TABLE "lesson" ADD COLUMN "video_link_url" text;--> statement-breakpoint
ALTER TABLE "lesson" ADD COLUMN "video_transcript" text;--> statement-breakpoint
ALTER TABLE "lesson_version" ADD COLUMN "snapshot" jsonb;--> statement-breakpoint
ALTER TABLE "lesson_progress" ADD CONSTRAINT "lesson_progress_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_progress" ADD CONSTRAINT "lesson_progress_lesson_id_lesson_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lesson"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_suggestion" ADD CONSTRAINT "lesson_suggestion_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_suggestion" ADD CONSTRAINT "lesson_suggestion_lesson_id_lesson_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lesson"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_suggestion" ADD CONSTRAINT "lesson_suggestion_suggested_by_user_id_fk" FOREIGN KEY ("suggested_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_template" ADD CONSTRAINT "lesson_template_lesson_id_lesson_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lesson"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_template" ADD CONSTRAINT "lesson_template_file_id_library_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."library_file"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_file" ADD CONSTRAINT "library_file_sportello_id_sportello_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportello"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_file" ADD CONSTRAINT "library_file_uploaded_by_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lesson_progress_lesson_idx" ON "lesson_progress" USING btree ("lesson_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lesson_suggestion_once" ON "lesson_suggestion" USING btree ("business_id","lesson_id");--> statement-breakpoint
CREATE INDEX "lesson_suggestion_lesson_idx" ON "lesson_suggestion" USING btree ("lesson_id");--> statement-breakpoint
CREATE INDEX "lesson_template_file_idx" ON "lesson_template" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "library_file_sha_idx" ON "library_file" USING btree ("sha256");--> statement-breakpoint
ALTER TABLE "lesson" ADD CONSTRAINT "lesson_video_file_id_library_file_id_fk" FOREIGN KEY ("video_file_id") REFERENCES "public"."library_file"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson" ADD CONSTRAINT "lesson_video_poster_file_id_library_file_id_fk" FOREIGN KEY ("video_poster_file_id") REFERENCES "public"."library_file"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson" ADD CONSTRAINT "lesson_video_captions_file_id_library_file_id_fk" FOREIGN KEY ("video_captions_file_id") REFERENCES "public"."library_file"("id") ON DELETE set null ON UPDATE no action;