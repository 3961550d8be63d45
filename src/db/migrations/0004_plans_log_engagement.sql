CREATE TYPE "public"."plan_log_mode" AS ENUM('in_person', 'phone', 'video');--> statement-breakpoint
CREATE TABLE "plan_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"target_kind" text NOT NULL,
	"target_id" uuid NOT NULL,
	"body" text NOT NULL,
	"by" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_digest_sent" (
	"user_id" text NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "plan_digest_sent_user_id_day_pk" PRIMARY KEY("user_id","day")
);
--> statement-breakpoint
CREATE TABLE "plan_engagement" (
	"plan_id" uuid PRIMARY KEY NOT NULL,
	"hours_package" double precision NOT NULL,
	"hours_used" double precision DEFAULT 0 NOT NULL,
	"approved_extra_hours" double precision DEFAULT 0 NOT NULL,
	"funding_call_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_log_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"date" date NOT NULL,
	"mode" "plan_log_mode" NOT NULL,
	"duration_minutes" integer NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"decisions" text DEFAULT '' NOT NULL,
	"next_steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"hours" double precision DEFAULT 0 NOT NULL,
	"by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_synced_change" (
	"client_change_id" text PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"result" jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_comment" ADD CONSTRAINT "plan_comment_plan_id_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_comment" ADD CONSTRAINT "plan_comment_by_user_id_fk" FOREIGN KEY ("by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_digest_sent" ADD CONSTRAINT "plan_digest_sent_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_engagement" ADD CONSTRAINT "plan_engagement_plan_id_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_log_entry" ADD CONSTRAINT "plan_log_entry_plan_id_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_log_entry" ADD CONSTRAINT "plan_log_entry_by_user_id_fk" FOREIGN KEY ("by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_synced_change" ADD CONSTRAINT "plan_synced_change_plan_id_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_comment_plan_idx" ON "plan_comment" USING btree ("plan_id","at");--> statement-breakpoint
CREATE INDEX "plan_log_plan_idx" ON "plan_log_entry" USING btree ("plan_id","date");