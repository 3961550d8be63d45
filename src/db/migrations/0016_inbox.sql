CREATE TABLE "intake_note" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"author_user_id" text,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake_transfer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"from_sportello_id" uuid,
	"to_sportello_id" uuid,
	"by_user_id" text,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "intake_request" ADD COLUMN "taken_by" text;--> statement-breakpoint
ALTER TABLE "intake_request" ADD COLUMN "taken_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "intake_request" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "intake_request" ADD COLUMN "closed_by" text;--> statement-breakpoint
ALTER TABLE "intake_request" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "intake_request" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "intake_request" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "intake_note" ADD CONSTRAINT "intake_note_request_id_intake_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."intake_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_note" ADD CONSTRAINT "intake_note_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_transfer" ADD CONSTRAINT "intake_transfer_request_id_intake_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."intake_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_transfer" ADD CONSTRAINT "intake_transfer_from_sportello_id_sportello_id_fk" FOREIGN KEY ("from_sportello_id") REFERENCES "public"."sportello"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_transfer" ADD CONSTRAINT "intake_transfer_to_sportello_id_sportello_id_fk" FOREIGN KEY ("to_sportello_id") REFERENCES "public"."sportello"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_transfer" ADD CONSTRAINT "intake_transfer_by_user_id_user_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intake_note_request_idx" ON "intake_note" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "intake_transfer_request_idx" ON "intake_transfer" USING btree ("request_id","created_at");--> statement-breakpoint
ALTER TABLE "intake_request" ADD CONSTRAINT "intake_request_taken_by_user_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_request" ADD CONSTRAINT "intake_request_closed_by_user_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_request" ADD CONSTRAINT "intake_request_merged_into_id_intake_request_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."intake_request"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intake_request_open_idx" ON "intake_request" USING btree ("sportello_id","created_at","id") WHERE "intake_request"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "intake_request_open_comune_idx" ON "intake_request" USING btree ("comune_istat") WHERE "intake_request"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "assignment_open_angel_idx" ON "assignment" USING btree ("angel_user_id") WHERE "assignment"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "assignment_open_business_idx" ON "assignment" USING btree ("business_id") WHERE "assignment"."ended_at" is null;