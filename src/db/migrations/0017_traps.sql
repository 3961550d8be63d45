CREATE TYPE "public"."trap_link_kind" AS ENUM('lesson', 'solution', 'plan_area');--> statement-breakpoint
CREATE TYPE "public"."trap_status" AS ENUM('proposed', 'published');--> statement-breakpoint
CREATE TABLE "trap_link" (
	"trap_id" uuid NOT NULL,
	"target_kind" "trap_link_kind" NOT NULL,
	"target_key" text NOT NULL,
	CONSTRAINT "trap_link_trap_id_target_kind_target_key_pk" PRIMARY KEY("trap_id","target_kind","target_key")
);
--> statement-breakpoint
CREATE TABLE "trap_warning" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"recognise" text NOT NULL,
	"ask_before" text NOT NULL,
	"if_signed" text NOT NULL,
	"cues" jsonb NOT NULL,
	"areas" text[] NOT NULL,
	"status" "trap_status" DEFAULT 'proposed' NOT NULL,
	"sportello_id" uuid,
	"author_user_id" text,
	"published_by" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trap_warning_slug_format" CHECK ("trap_warning"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "trap_warning_cues_array" CHECK (jsonb_typeof("trap_warning"."cues") = 'array' and jsonb_array_length("trap_warning"."cues") between 1 and 30),
	CONSTRAINT "trap_warning_published_has_date" CHECK ("trap_warning"."status" <> 'published' or "trap_warning"."published_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "trap_link" ADD CONSTRAINT "trap_link_trap_id_trap_warning_id_fk" FOREIGN KEY ("trap_id") REFERENCES "public"."trap_warning"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trap_warning" ADD CONSTRAINT "trap_warning_sportello_id_sportello_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportello"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trap_warning" ADD CONSTRAINT "trap_warning_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trap_warning" ADD CONSTRAINT "trap_warning_published_by_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trap_link_target_idx" ON "trap_link" USING btree ("target_kind","target_key");--> statement-breakpoint
CREATE UNIQUE INDEX "trap_warning_slug_idx" ON "trap_warning" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "trap_warning_status_idx" ON "trap_warning" USING btree ("status","sportello_id");