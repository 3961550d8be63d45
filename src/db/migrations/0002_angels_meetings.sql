CREATE TYPE "public"."angel_status" AS ENUM('applied', 'qualified', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."availability_exception_kind" AS ENUM('unavailable', 'extra');--> statement-breakpoint
CREATE TYPE "public"."meeting_mode" AS ENUM('in_person', 'phone', 'video');--> statement-breakpoint
CREATE TYPE "public"."meeting_next_step" AS ENUM('start_plan', 'no_plan', 'later');--> statement-breakpoint
CREATE TYPE "public"."meeting_status" AS ENUM('booked', 'cancelled', 'held', 'not_held');--> statement-breakpoint
CREATE TABLE "angel_cv" (
	"user_id" text PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "angel_profile" (
	"user_id" text PRIMARY KEY NOT NULL,
	"sportello_id" uuid,
	"status" "angel_status" DEFAULT 'applied' NOT NULL,
	"is_paused" boolean DEFAULT false NOT NULL,
	"skills" text[] NOT NULL,
	"sectors" text[] NOT NULL,
	"base_comune_istat" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"radius_km" integer NOT NULL,
	"modes" text[] NOT NULL,
	"languages" text[] NOT NULL,
	"capacity" integer NOT NULL,
	"presentation" text NOT NULL,
	"whatsapp_phone" text,
	"is_whatsapp_allowed" boolean DEFAULT false NOT NULL,
	"interview_notes" text,
	"decision_reason" text,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"profile_changed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "angel_capacity_positive" CHECK ("angel_profile"."capacity" between 1 and 50),
	CONSTRAINT "angel_radius_range" CHECK ("angel_profile"."radius_km" between 0 and 500)
);
--> statement-breakpoint
CREATE TABLE "availability_exception" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"angel_user_id" text NOT NULL,
	"day" date NOT NULL,
	"kind" "availability_exception_kind" NOT NULL,
	"start_minute" integer,
	"end_minute" integer
);
--> statement-breakpoint
CREATE TABLE "availability_rule" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"angel_user_id" text NOT NULL,
	"weekday" integer NOT NULL,
	"start_minute" integer NOT NULL,
	"end_minute" integer NOT NULL,
	CONSTRAINT "availability_rule_window" CHECK ("availability_rule"."start_minute" < "availability_rule"."end_minute")
);
--> statement-breakpoint
CREATE TABLE "meeting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"angel_user_id" text NOT NULL,
	"sportello_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"mode" "meeting_mode" NOT NULL,
	"note" text,
	"status" "meeting_status" DEFAULT 'booked' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"booked_by" text,
	"cancelled_by" text,
	"cancel_reason" text,
	"outcome_notes" text,
	"next_step" "meeting_next_step",
	"feedback_rating" integer,
	"feedback_text" text,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_times" CHECK ("meeting"."starts_at" < "meeting"."ends_at"),
	CONSTRAINT "meeting_feedback_range" CHECK ("meeting"."feedback_rating" is null or "meeting"."feedback_rating" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "assignment" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "angel_cv" ADD CONSTRAINT "angel_cv_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "angel_profile" ADD CONSTRAINT "angel_profile_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "angel_profile" ADD CONSTRAINT "angel_profile_sportello_id_sportello_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportello"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "angel_profile" ADD CONSTRAINT "angel_profile_base_comune_istat_comune_istat_fk" FOREIGN KEY ("base_comune_istat") REFERENCES "public"."comune"("istat") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "angel_profile" ADD CONSTRAINT "angel_profile_reviewed_by_user_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_exception" ADD CONSTRAINT "availability_exception_angel_user_id_user_id_fk" FOREIGN KEY ("angel_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_rule" ADD CONSTRAINT "availability_rule_angel_user_id_user_id_fk" FOREIGN KEY ("angel_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_angel_user_id_user_id_fk" FOREIGN KEY ("angel_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_sportello_id_sportello_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportello"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_booked_by_user_id_fk" FOREIGN KEY ("booked_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_cancelled_by_user_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "angel_profile_sportello_idx" ON "angel_profile" USING btree ("sportello_id","status");--> statement-breakpoint
CREATE INDEX "availability_exception_angel_idx" ON "availability_exception" USING btree ("angel_user_id","day");--> statement-breakpoint
CREATE INDEX "availability_rule_angel_idx" ON "availability_rule" USING btree ("angel_user_id");--> statement-breakpoint
CREATE INDEX "meeting_angel_idx" ON "meeting" USING btree ("angel_user_id","starts_at");--> statement-breakpoint
CREATE INDEX "meeting_business_idx" ON "meeting" USING btree ("business_id");--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_no_overlap" EXCLUDE USING gist ("angel_user_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" = 'booked');
