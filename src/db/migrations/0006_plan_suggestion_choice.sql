CREATE TABLE "plan_suggestion_choice" (
	"plan_id" uuid NOT NULL,
	"section" text NOT NULL,
	"choice" text NOT NULL,
	"by" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_suggestion_choice_plan_id_section_pk" PRIMARY KEY("plan_id","section")
);
--> statement-breakpoint
ALTER TABLE "plan_suggestion_choice" ADD CONSTRAINT "plan_suggestion_choice_plan_id_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_suggestion_choice" ADD CONSTRAINT "plan_suggestion_choice_by_user_id_fk" FOREIGN KEY ("by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;