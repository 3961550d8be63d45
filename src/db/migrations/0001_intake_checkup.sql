CREATE TYPE "public"."contact_kind" AS ENUM('account', 'callback');--> statement-breakpoint
CREATE TYPE "public"."request_status" AS ENUM('new', 'in_progress', 'closed');--> statement-breakpoint
CREATE TYPE "public"."checkup_status" AS ENUM('draft', 'submitted');--> statement-breakpoint
CREATE TABLE "idempotency_key" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response_status" integer NOT NULL,
	"response_body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_key_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE TABLE "intake_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sportello_id" uuid,
	"comune_istat" text NOT NULL,
	"sector_id" text,
	"ateco_division" text,
	"employees" integer,
	"business_name" text,
	"text" text NOT NULL,
	"proposed_areas" jsonb NOT NULL,
	"chosen_areas" jsonb NOT NULL,
	"contact_kind" "contact_kind" NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"consent_version" text NOT NULL,
	"consent_accepted_at" timestamp with time zone NOT NULL,
	"locale" text DEFAULT 'it' NOT NULL,
	"user_id" text,
	"business_id" uuid,
	"status" "request_status" DEFAULT 'new' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assignment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"angel_user_id" text NOT NULL,
	"sportello_id" uuid NOT NULL,
	"assigned_by" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "checkup" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"questionnaire_version" text NOT NULL,
	"status" "checkup_status" DEFAULT 'draft' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"result" jsonb,
	"ateco_division" text,
	"region_code" text,
	"started_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "checkup_round_once" UNIQUE("business_id","round")
);
--> statement-breakpoint
ALTER TABLE "intake_request" ADD CONSTRAINT "intake_request_sportello_id_sportello_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportello"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_request" ADD CONSTRAINT "intake_request_comune_istat_comune_istat_fk" FOREIGN KEY ("comune_istat") REFERENCES "public"."comune"("istat") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_request" ADD CONSTRAINT "intake_request_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_request" ADD CONSTRAINT "intake_request_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_angel_user_id_user_id_fk" FOREIGN KEY ("angel_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_sportello_id_sportello_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportello"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_assigned_by_user_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkup" ADD CONSTRAINT "checkup_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkup" ADD CONSTRAINT "checkup_started_by_user_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intake_request_sportello_idx" ON "intake_request" USING btree ("sportello_id","created_at");--> statement-breakpoint
CREATE INDEX "intake_request_business_idx" ON "intake_request" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "intake_request_email_idx" ON "intake_request" USING btree ("contact_email");--> statement-breakpoint
CREATE INDEX "assignment_angel_idx" ON "assignment" USING btree ("angel_user_id");--> statement-breakpoint
CREATE INDEX "assignment_business_idx" ON "assignment" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "checkup_peer_idx" ON "checkup" USING btree ("ateco_division","region_code","status");