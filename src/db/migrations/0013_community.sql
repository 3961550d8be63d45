CREATE TYPE "public"."community_email_mode" AS ENUM('each', 'daily', 'off');--> statement-breakpoint
CREATE TYPE "public"."community_moderation_action" AS ENUM('hide', 'restore', 'lock', 'unlock', 'move', 'slow_mode', 'silence', 'unsilence', 'auto_hide', 'dismiss_reports');--> statement-breakpoint
CREATE TYPE "public"."community_offer_state" AS ENUM('offered', 'taken', 'answered', 'expired', 'escalated');--> statement-breakpoint
CREATE TYPE "public"."community_reaction_kind" AS ENUM('me_too', 'thanks');--> statement-breakpoint
CREATE TYPE "public"."community_report_reason" AS ENUM('spam', 'rude', 'off_topic', 'personal_data', 'other');--> statement-breakpoint
CREATE TYPE "public"."community_thread_kind" AS ENUM('question', 'story');--> statement-breakpoint
ALTER TYPE "public"."library_file_kind" ADD VALUE 'image';--> statement-breakpoint
CREATE TABLE "community_follow" (
	"thread_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_follow_thread_id_user_id_pk" PRIMARY KEY("thread_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "community_member" (
	"user_id" text PRIMARY KEY NOT NULL,
	"email_mode" "community_email_mode" DEFAULT 'each' NOT NULL,
	"unsubscribe_token" text NOT NULL,
	"last_digest_at" timestamp with time zone,
	"silenced_until" timestamp with time zone,
	"silence_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_member_unsubscribe_token_unique" UNIQUE("unsubscribe_token")
);
--> statement-breakpoint
CREATE TABLE "community_mention" (
	"post_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "community_mention_post_id_user_id_pk" PRIMARY KEY("post_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "community_moderation_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action" "community_moderation_action" NOT NULL,
	"moderator_user_id" text,
	"thread_id" uuid,
	"post_id" uuid,
	"target_user_id" text,
	"reason" text NOT NULL,
	"details" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"thread_id" uuid,
	"post_id" uuid,
	"detail" jsonb,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_offer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"sportello_id" uuid NOT NULL,
	"state" "community_offer_state" DEFAULT 'offered' NOT NULL,
	"offered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"taken_by" text,
	"taken_at" timestamp with time zone,
	"taken_until" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	CONSTRAINT "community_offer_thread_id_unique" UNIQUE("thread_id")
);
--> statement-breakpoint
CREATE TABLE "community_post" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"author_user_id" text,
	"author_role" text,
	"quote_post_id" uuid,
	"body_markdown" text NOT NULL,
	"body_html" text NOT NULL,
	"body_text" text NOT NULL,
	"content_hash" text NOT NULL,
	"thanks_count" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text,
	"hidden_by" text,
	"pending_review" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_post_image" (
	"post_id" uuid,
	"file_id" uuid PRIMARY KEY NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_post_revision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"body_markdown" text NOT NULL,
	"edited_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_reaction" (
	"post_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"kind" "community_reaction_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_reaction_post_id_user_id_kind_pk" PRIMARY KEY("post_id","user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "community_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"reporter_user_id" text NOT NULL,
	"reason" "community_report_reason" NOT NULL,
	"note" text,
	"resolved_at" timestamp with time zone,
	"resolved_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_thread" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" "community_thread_kind" NOT NULL,
	"title" text NOT NULL,
	"area" text NOT NULL,
	"sector" text,
	"region_code" text,
	"author_user_id" text,
	"sportello_id" uuid,
	"solved_post_id" uuid,
	"solved_at" timestamp with time zone,
	"solved_by" text,
	"reply_count" integer DEFAULT 0 NOT NULL,
	"me_too_count" integer DEFAULT 0 NOT NULL,
	"first_reply_at" timestamp with time zone,
	"last_post_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_at" timestamp with time zone,
	"locked_reason" text,
	"slow_mode_seconds" integer,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_thread_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "community_thread_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"lesson_id" uuid,
	"plan_action_id" uuid,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "community_follow" ADD CONSTRAINT "community_follow_thread_id_community_thread_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."community_thread"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_follow" ADD CONSTRAINT "community_follow_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_member" ADD CONSTRAINT "community_member_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_mention" ADD CONSTRAINT "community_mention_post_id_community_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."community_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_mention" ADD CONSTRAINT "community_mention_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_moderation_log" ADD CONSTRAINT "community_moderation_log_moderator_user_id_user_id_fk" FOREIGN KEY ("moderator_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_moderation_log" ADD CONSTRAINT "community_moderation_log_thread_id_community_thread_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."community_thread"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_moderation_log" ADD CONSTRAINT "community_moderation_log_post_id_community_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."community_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_moderation_log" ADD CONSTRAINT "community_moderation_log_target_user_id_user_id_fk" FOREIGN KEY ("target_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_notification" ADD CONSTRAINT "community_notification_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_notification" ADD CONSTRAINT "community_notification_thread_id_community_thread_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."community_thread"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_notification" ADD CONSTRAINT "community_notification_post_id_community_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."community_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_offer" ADD CONSTRAINT "community_offer_thread_id_community_thread_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."community_thread"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_offer" ADD CONSTRAINT "community_offer_sportello_id_sportello_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportello"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_offer" ADD CONSTRAINT "community_offer_taken_by_user_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_post" ADD CONSTRAINT "community_post_thread_id_community_thread_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."community_thread"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_post" ADD CONSTRAINT "community_post_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_post" ADD CONSTRAINT "community_post_quote_post_id_community_post_id_fk" FOREIGN KEY ("quote_post_id") REFERENCES "public"."community_post"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_post" ADD CONSTRAINT "community_post_hidden_by_user_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_post_image" ADD CONSTRAINT "community_post_image_post_id_community_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."community_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_post_image" ADD CONSTRAINT "community_post_image_file_id_library_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."library_file"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_post_image" ADD CONSTRAINT "community_post_image_uploaded_by_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_post_revision" ADD CONSTRAINT "community_post_revision_post_id_community_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."community_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_post_revision" ADD CONSTRAINT "community_post_revision_edited_by_user_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_reaction" ADD CONSTRAINT "community_reaction_post_id_community_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."community_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_reaction" ADD CONSTRAINT "community_reaction_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_report" ADD CONSTRAINT "community_report_post_id_community_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."community_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_report" ADD CONSTRAINT "community_report_reporter_user_id_user_id_fk" FOREIGN KEY ("reporter_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_report" ADD CONSTRAINT "community_report_resolved_by_user_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_thread" ADD CONSTRAINT "community_thread_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_thread" ADD CONSTRAINT "community_thread_sportello_id_sportello_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportello"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_thread" ADD CONSTRAINT "community_thread_solved_post_id_community_post_id_fk" FOREIGN KEY ("solved_post_id") REFERENCES "public"."community_post"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_thread" ADD CONSTRAINT "community_thread_solved_by_user_id_fk" FOREIGN KEY ("solved_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_thread_link" ADD CONSTRAINT "community_thread_link_thread_id_community_thread_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."community_thread"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_thread_link" ADD CONSTRAINT "community_thread_link_lesson_id_lesson_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lesson"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_thread_link" ADD CONSTRAINT "community_thread_link_plan_action_id_plan_action_id_fk" FOREIGN KEY ("plan_action_id") REFERENCES "public"."plan_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_thread_link" ADD CONSTRAINT "community_thread_link_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "community_follow_user_idx" ON "community_follow" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "community_moderation_log_created_idx" ON "community_moderation_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "community_moderation_log_target_idx" ON "community_moderation_log" USING btree ("target_user_id");--> statement-breakpoint
CREATE INDEX "community_notification_user_idx" ON "community_notification" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "community_notification_mail_idx" ON "community_notification" USING btree ("emailed_at","created_at");--> statement-breakpoint
CREATE INDEX "community_offer_sportello_idx" ON "community_offer" USING btree ("sportello_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "community_post_position_idx" ON "community_post" USING btree ("thread_id","position");--> statement-breakpoint
CREATE INDEX "community_post_author_idx" ON "community_post" USING btree ("author_user_id","created_at");--> statement-breakpoint
CREATE INDEX "community_post_image_post_idx" ON "community_post_image" USING btree ("post_id");--> statement-breakpoint
CREATE UNIQUE INDEX "community_post_revision_idx" ON "community_post_revision" USING btree ("post_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "community_report_once_idx" ON "community_report" USING btree ("post_id","reporter_user_id");--> statement-breakpoint
CREATE INDEX "community_report_open_idx" ON "community_report" USING btree ("resolved_at");--> statement-breakpoint
CREATE INDEX "community_thread_latest_idx" ON "community_thread" USING btree ("last_post_at");--> statement-breakpoint
CREATE INDEX "community_thread_area_idx" ON "community_thread" USING btree ("area","last_post_at");--> statement-breakpoint
CREATE INDEX "community_thread_author_idx" ON "community_thread" USING btree ("author_user_id");--> statement-breakpoint
CREATE INDEX "community_thread_sportello_idx" ON "community_thread" USING btree ("sportello_id");--> statement-breakpoint
CREATE UNIQUE INDEX "community_thread_link_lesson_idx" ON "community_thread_link" USING btree ("thread_id","lesson_id");--> statement-breakpoint
CREATE UNIQUE INDEX "community_thread_link_action_idx" ON "community_thread_link" USING btree ("thread_id","plan_action_id");--> statement-breakpoint
CREATE INDEX "community_thread_link_by_lesson_idx" ON "community_thread_link" USING btree ("lesson_id");--> statement-breakpoint
-- Italian search over threads (title) and posts (their text), as the lessons: accents folded
-- before the Italian stemmer, and trigrams on titles for typos.
ALTER TABLE community_thread ADD COLUMN search tsvector GENERATED ALWAYS AS (setweight(to_tsvector('affianco_it'::regconfig, title), 'A')) STORED;
--> statement-breakpoint
CREATE INDEX community_thread_search_idx ON community_thread USING gin (search);
--> statement-breakpoint
CREATE INDEX community_thread_title_trgm_idx ON community_thread USING gin (title gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE community_post ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('affianco_it'::regconfig, body_text)) STORED;
--> statement-breakpoint
CREATE INDEX community_post_search_idx ON community_post USING gin (search);
--> statement-breakpoint
-- Unanswered questions waiting longest first, for the 48-hour offer and the coordinator's queue.
CREATE INDEX community_thread_unanswered_idx ON community_thread (created_at) WHERE first_reply_at IS NULL AND kind = 'question';
