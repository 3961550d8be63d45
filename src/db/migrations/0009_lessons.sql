CREATE TYPE "public"."lesson_level" AS ENUM('first_steps', 'on_the_way', 'advanced');--> statement-breakpoint
CREATE TYPE "public"."lesson_status" AS ENUM('draft', 'in_review', 'published', 'retired');--> statement-breakpoint
CREATE TABLE "lesson" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"language" text DEFAULT 'it' NOT NULL,
	"translation_group" uuid DEFAULT gen_random_uuid() NOT NULL,
	"sportello_id" uuid,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body_markdown" text NOT NULL,
	"body_html" text NOT NULL,
	"body_text" text NOT NULL,
	"areas" text[] NOT NULL,
	"level" "lesson_level" NOT NULL,
	"minutes" integer NOT NULL,
	"gulpease" real NOT NULL,
	"status" "lesson_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"author_user_id" text,
	"reviewer_user_id" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lesson_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lesson_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body_markdown" text NOT NULL,
	"changed_by" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "lesson" ADD CONSTRAINT "lesson_sportello_id_sportello_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportello"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson" ADD CONSTRAINT "lesson_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson" ADD CONSTRAINT "lesson_reviewer_user_id_user_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_version" ADD CONSTRAINT "lesson_version_lesson_id_lesson_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lesson"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_version" ADD CONSTRAINT "lesson_version_changed_by_user_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "lesson_slug_language_idx" ON "lesson" USING btree ("slug","language");--> statement-breakpoint
CREATE INDEX "lesson_status_idx" ON "lesson" USING btree ("status","language");--> statement-breakpoint
CREATE INDEX "lesson_group_idx" ON "lesson" USING btree ("translation_group");--> statement-breakpoint
CREATE UNIQUE INDEX "lesson_version_idx" ON "lesson_version" USING btree ("lesson_id","version");