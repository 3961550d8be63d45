CREATE TABLE "funding_alert_sent" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funding_call" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"external_id" text NOT NULL,
	"sportello_id" uuid,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"opens_day" date,
	"closes_day" date,
	"closing" text NOT NULL,
	"national" boolean DEFAULT false NOT NULL,
	"regions" text[] DEFAULT '{}' NOT NULL,
	"kinds" text[] DEFAULT '{}' NOT NULL,
	"areas" text[] DEFAULT '{}' NOT NULL,
	"sizes" text[],
	"ateco_prefixes" text[],
	"grant_max" integer,
	"call" jsonb NOT NULL,
	"raw" jsonb,
	"content_hash" text NOT NULL,
	"import_id" uuid,
	"missing_since" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_call_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "funding_follow" (
	"business_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_follow_business_id_call_id_user_id_pk" PRIMARY KEY("business_id","call_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "funding_import" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"sportello_id" uuid,
	"snapshot_date" date,
	"file_name" text,
	"added" integer DEFAULT 0 NOT NULL,
	"changed" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"missing" integer DEFAULT 0 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funding_invitation" (
	"call_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"sent_by" text,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_invitation_call_id_business_id_pk" PRIMARY KEY("call_id","business_id")
);
--> statement-breakpoint
CREATE TABLE "funding_rule" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"sportello_id" uuid,
	"rule" jsonb NOT NULL,
	"source_url" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funding_subscriber" (
	"user_id" text PRIMARY KEY NOT NULL,
	"digest" boolean DEFAULT true NOT NULL,
	"alerts" boolean DEFAULT true NOT NULL,
	"unsubscribe_token" text NOT NULL,
	"last_digest_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_subscriber_unsubscribe_token_unique" UNIQUE("unsubscribe_token")
);
--> statement-breakpoint
ALTER TABLE "business" ADD COLUMN "ateco_code" text;--> statement-breakpoint
ALTER TABLE "business" ADD COLUMN "annual_turnover_eur" bigint;--> statement-breakpoint
ALTER TABLE "business" ADD COLUMN "balance_sheet_eur" bigint;--> statement-breakpoint
ALTER TABLE "business" ADD COLUMN "founded_on" date;--> statement-breakpoint
ALTER TABLE "business" ADD COLUMN "legal_form" text;--> statement-breakpoint
ALTER TABLE "plan_action" ADD COLUMN "linked_call_id" uuid;--> statement-breakpoint
ALTER TABLE "funding_alert_sent" ADD CONSTRAINT "funding_alert_sent_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_call" ADD CONSTRAINT "funding_call_sportello_id_sportello_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportello"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_call" ADD CONSTRAINT "funding_call_import_id_funding_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."funding_import"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_call" ADD CONSTRAINT "funding_call_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_follow" ADD CONSTRAINT "funding_follow_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_follow" ADD CONSTRAINT "funding_follow_call_id_funding_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."funding_call"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_follow" ADD CONSTRAINT "funding_follow_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_import" ADD CONSTRAINT "funding_import_sportello_id_sportello_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportello"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_import" ADD CONSTRAINT "funding_import_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_invitation" ADD CONSTRAINT "funding_invitation_call_id_funding_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."funding_call"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_invitation" ADD CONSTRAINT "funding_invitation_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_invitation" ADD CONSTRAINT "funding_invitation_sent_by_user_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_rule" ADD CONSTRAINT "funding_rule_call_id_funding_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."funding_call"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_rule" ADD CONSTRAINT "funding_rule_sportello_id_sportello_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportello"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_rule" ADD CONSTRAINT "funding_rule_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_subscriber" ADD CONSTRAINT "funding_subscriber_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "funding_alert_once_idx" ON "funding_alert_sent" USING btree ("user_id","kind","key");--> statement-breakpoint
CREATE UNIQUE INDEX "funding_call_source_external_idx" ON "funding_call" USING btree ("source","external_id");--> statement-breakpoint
CREATE INDEX "funding_call_sportello_idx" ON "funding_call" USING btree ("sportello_id");--> statement-breakpoint
CREATE INDEX "funding_call_closes_idx" ON "funding_call" USING btree ("closes_day");--> statement-breakpoint
CREATE INDEX "funding_follow_call_idx" ON "funding_follow" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "funding_follow_user_idx" ON "funding_follow" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "funding_rule_call_idx" ON "funding_rule" USING btree ("call_id");--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_linked_call_id_funding_call_id_fk" FOREIGN KEY ("linked_call_id") REFERENCES "public"."funding_call"("id") ON DELETE set null ON UPDATE no action;