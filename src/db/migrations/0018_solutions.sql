CREATE TABLE "plan_action_outcome" (
	"action_id" uuid NOT NULL,
	"solution_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"note" text,
	"answered_by" text,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_action_outcome_action_id_pk" PRIMARY KEY("action_id"),
	CONSTRAINT "plan_action_outcome_known" CHECK ("plan_action_outcome"."outcome" in ('went_well', 'mixed', 'went_badly'))
);
--> statement-breakpoint
CREATE TABLE "provider_tie" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"provider_name" text NOT NULL,
	"what" text NOT NULL,
	"kind" text NOT NULL,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_tie_kind_known" CHECK ("provider_tie"."kind" in ('owns', 'works_for', 'earns_from'))
);
--> statement-breakpoint
CREATE TABLE "solution" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"provider" text NOT NULL,
	"summary" jsonb NOT NULL,
	"what_it_does" jsonb NOT NULL,
	"not_for" jsonb NOT NULL,
	"areas" text[] DEFAULT '{}' NOT NULL,
	"sectors" text[] DEFAULT '{}' NOT NULL,
	"data_location" text DEFAULT 'unknown' NOT NULL,
	"data_note" jsonb,
	"hours_per_week" numeric(5, 2) DEFAULT 0 NOT NULL,
	"minimum_months" integer DEFAULT 0 NOT NULL,
	"notice_days" integer DEFAULT 0 NOT NULL,
	"exit_costs" jsonb,
	"portability" jsonb NOT NULL,
	"alternative_slugs" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"sportello_id" uuid,
	"author_id" text,
	"published_by" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "solution_status_known" CHECK ("solution"."status" in ('proposed', 'published')),
	CONSTRAINT "solution_data_location_known" CHECK ("solution"."data_location" in ('eu', 'non_eu', 'unknown')),
	CONSTRAINT "solution_hours_range" CHECK ("solution"."hours_per_week" between 0 and 80),
	CONSTRAINT "solution_minimum_months_range" CHECK ("solution"."minimum_months" between 0 and 120),
	CONSTRAINT "solution_notice_days_range" CHECK ("solution"."notice_days" between 0 and 730),
	CONSTRAINT "solution_published_by_someone" CHECK ("solution"."status" = 'proposed' or "solution"."published_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "solution_price_part" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"solution_id" uuid NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"kind" text NOT NULL,
	"amount" numeric(10, 2),
	"percent" numeric(5, 2),
	"intro_months" smallint,
	"intro_amount" numeric(10, 2),
	"label" jsonb,
	"source_text" text NOT NULL,
	"source_url" text,
	"as_of" date NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL,
	CONSTRAINT "solution_price_part_kind_known" CHECK ("solution_price_part"."kind" in ('one_off', 'monthly', 'yearly', 'card_percent', 'per_card_payment', 'online_percent', 'per_order', 'per_booking', 'exit')),
	CONSTRAINT "solution_price_part_value_fits_kind" CHECK (case when "solution_price_part"."kind" in ('card_percent', 'online_percent') then "solution_price_part"."percent" is not null and "solution_price_part"."amount" is null else "solution_price_part"."amount" is not null and "solution_price_part"."percent" is null end),
	CONSTRAINT "solution_price_part_amount_range" CHECK ("solution_price_part"."amount" is null or "solution_price_part"."amount" between 0 and 1000000),
	CONSTRAINT "solution_price_part_percent_range" CHECK ("solution_price_part"."percent" is null or "solution_price_part"."percent" between 0 and 100),
	CONSTRAINT "solution_price_part_intro_range" CHECK (("solution_price_part"."intro_months" is null or "solution_price_part"."intro_months" between 0 and 120) and ("solution_price_part"."intro_amount" is null or "solution_price_part"."intro_amount" >= 0)),
	CONSTRAINT "solution_price_part_intro_monthly" CHECK ("solution_price_part"."kind" = 'monthly' or ("solution_price_part"."intro_months" is null and "solution_price_part"."intro_amount" is null))
);
--> statement-breakpoint
CREATE TABLE "solution_review" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"solution_id" uuid NOT NULL,
	"author_id" text NOT NULL,
	"role" text NOT NULL,
	"business_id" uuid NOT NULL,
	"plan_action_id" uuid,
	"rating" smallint NOT NULL,
	"text" text NOT NULL,
	"tie_id" uuid,
	"hidden_at" timestamp with time zone,
	"hidden_by" text,
	"hidden_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "solution_review_role_known" CHECK ("solution_review"."role" in ('angel', 'entrepreneur')),
	CONSTRAINT "solution_review_rating_range" CHECK ("solution_review"."rating" between 1 and 5),
	CONSTRAINT "solution_review_hidden_with_reason" CHECK ("solution_review"."hidden_at" is null or "solution_review"."hidden_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "plan_action" ADD COLUMN "solution_id" uuid;--> statement-breakpoint
ALTER TABLE "plan_action_outcome" ADD CONSTRAINT "plan_action_outcome_action_id_plan_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action_outcome" ADD CONSTRAINT "plan_action_outcome_solution_id_solution_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solution"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action_outcome" ADD CONSTRAINT "plan_action_outcome_answered_by_user_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_tie" ADD CONSTRAINT "provider_tie_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution" ADD CONSTRAINT "solution_sportello_id_sportello_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportello"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution" ADD CONSTRAINT "solution_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution" ADD CONSTRAINT "solution_published_by_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_price_part" ADD CONSTRAINT "solution_price_part_solution_id_solution_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solution"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_review" ADD CONSTRAINT "solution_review_solution_id_solution_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solution"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_review" ADD CONSTRAINT "solution_review_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_review" ADD CONSTRAINT "solution_review_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_review" ADD CONSTRAINT "solution_review_plan_action_id_plan_action_id_fk" FOREIGN KEY ("plan_action_id") REFERENCES "public"."plan_action"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_review" ADD CONSTRAINT "solution_review_tie_id_provider_tie_id_fk" FOREIGN KEY ("tie_id") REFERENCES "public"."provider_tie"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_review" ADD CONSTRAINT "solution_review_hidden_by_user_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_action_outcome_solution_idx" ON "plan_action_outcome" USING btree ("solution_id");--> statement-breakpoint
CREATE UNIQUE INDEX "provider_tie_once_idx" ON "provider_tie" USING btree ("user_id",lower("provider_name"));--> statement-breakpoint
CREATE UNIQUE INDEX "solution_slug_idx" ON "solution" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "solution_sportello_idx" ON "solution" USING btree ("sportello_id");--> statement-breakpoint
CREATE INDEX "solution_published_idx" ON "solution" USING btree ("status") WHERE "solution"."status" = 'published';--> statement-breakpoint
CREATE INDEX "solution_price_part_solution_idx" ON "solution_price_part" USING btree ("solution_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "solution_review_once_idx" ON "solution_review" USING btree ("solution_id","author_id","business_id");--> statement-breakpoint
CREATE INDEX "solution_review_solution_idx" ON "solution_review" USING btree ("solution_id") WHERE "solution_review"."hidden_at" is null;--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_solution_id_solution_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solution"("id") ON DELETE set null ON UPDATE no action;