CREATE TYPE "public"."follow_up_state" AS ENUM('open', 'called_back', 'rectified', 'closed', 'reopened');--> statement-breakpoint
CREATE TYPE "public"."email_state" AS ENUM('pending', 'sent', 'failed');--> statement-breakpoint
CREATE TABLE "case_daily_stats" (
	"day" date NOT NULL,
	"item_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"change" text NOT NULL,
	"slot" smallint NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_daily_stats_day_item_id_department_id_change_slot_pk" PRIMARY KEY("day","item_id","department_id","change","slot")
);
--> statement-breakpoint
CREATE TABLE "case_duration_stats" (
	"day" date NOT NULL,
	"item_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"working_days" integer NOT NULL,
	"slot" smallint NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_duration_stats_day_item_id_department_id_working_days_slot_pk" PRIMARY KEY("day","item_id","department_id","working_days","slot")
);
--> statement-breakpoint
CREATE TABLE "case_state_stats" (
	"state" text NOT NULL,
	"item_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"assignee_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"slot" smallint NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_state_stats_state_item_id_department_id_assignee_id_due_on_slot_pk" PRIMARY KEY("state","item_id","department_id","assignee_id","due_on","slot")
);
--> statement-breakpoint
CREATE TABLE "rating_stats" (
	"day" date NOT NULL,
	"item_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"assignee_id" uuid NOT NULL,
	"score" smallint NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rating_stats_day_item_id_department_id_assignee_id_score_pk" PRIMARY KEY("day","item_id","department_id","assignee_id","score")
);
--> statement-breakpoint
CREATE TABLE "case_ratings" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"department_id" uuid,
	"assignee_id" uuid,
	"rated_by" uuid NOT NULL,
	"score" smallint NOT NULL,
	"comment" text,
	"editable_until" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_ratings_score_check" CHECK ("case_ratings"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "rating_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"owner_id" uuid,
	"state" "follow_up_state" DEFAULT 'open' NOT NULL,
	"due_on" date NOT NULL,
	"callback_at" timestamp with time zone,
	"callback_note" text,
	"rectification" text,
	"result" text,
	"closed_at" timestamp with time zone,
	"applicant_reply" text,
	"applicant_satisfied" boolean,
	"replied_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rating_follow_ups_case_id_unique" UNIQUE("case_id")
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"case_id" uuid,
	"to_address" text NOT NULL,
	"locale" text NOT NULL,
	"kind" text NOT NULL,
	"essential" boolean NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text,
	"state" "email_state" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"message_id" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" varchar(255) PRIMARY KEY NOT NULL,
	"points" integer NOT NULL,
	"expire" timestamp
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email_optional" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "session_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "working_days_taken" integer;--> statement-breakpoint
ALTER TABLE "case_ratings" ADD CONSTRAINT "case_ratings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_ratings" ADD CONSTRAINT "case_ratings_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_ratings" ADD CONSTRAINT "case_ratings_item_id_service_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."service_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_ratings" ADD CONSTRAINT "case_ratings_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_ratings" ADD CONSTRAINT "case_ratings_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_ratings" ADD CONSTRAINT "case_ratings_rated_by_users_id_fk" FOREIGN KEY ("rated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_follow_ups" ADD CONSTRAINT "rating_follow_ups_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_follow_ups" ADD CONSTRAINT "rating_follow_ups_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_follow_ups" ADD CONSTRAINT "rating_follow_ups_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_daily_stats_change_day_idx" ON "case_daily_stats" USING btree ("change","day");--> statement-breakpoint
CREATE INDEX "case_state_stats_department_idx" ON "case_state_stats" USING btree ("department_id","state");--> statement-breakpoint
CREATE INDEX "case_ratings_enterprise_idx" ON "case_ratings" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "rating_follow_ups_state_due_idx" ON "rating_follow_ups" USING btree ("state","due_on");--> statement-breakpoint
CREATE INDEX "rating_follow_ups_owner_idx" ON "rating_follow_ups" USING btree ("owner_id","state");--> statement-breakpoint
CREATE INDEX "email_outbox_due_idx" ON "email_outbox" USING btree ("state","next_attempt_at");--> statement-breakpoint
CREATE INDEX "email_outbox_created_idx" ON "email_outbox" USING btree ("created_at");--> statement-breakpoint
-- The dashboard's aggregates (db/schema/stats.ts) are kept by triggers, in the transaction of
-- the change itself, whichever code writes the row: each aggregate equals a GROUP BY over the
-- current rows, so an update takes the old row's contributions out and puts the new row's in.
-- Increments go to one of 4 slots at random, so that concurrent writers of one key rarely wait.
-- A change that moves them first takes the audit chain's lock (lib/data/audit.ts, 727275, held
-- to commit; every such transaction appends an audit event right after anyway): two
-- transactions then never wait on each other's aggregate rows in a cycle (deadlock).
CREATE OR REPLACE FUNCTION zone_day(at timestamptz) RETURNS date AS $$
  SELECT (at AT TIME ZONE 'Asia/Shanghai')::date
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_stats_apply(r cases, k integer) RETURNS void AS $$
DECLARE
  v_dept uuid := coalesce(r.department_id, '00000000-0000-0000-0000-000000000000'::uuid);
  v_slot smallint := floor(random() * 4)::smallint;
  v_done date;
  v_changes text[] := '{}';
  v_ch text;
BEGIN
  INSERT INTO case_state_stats AS s (state, item_id, department_id, assignee_id, due_on, slot, n, updated_at)
  VALUES (r.state::text, r.item_id, v_dept, coalesce(r.assignee_id, '00000000-0000-0000-0000-000000000000'::uuid), r.due_on, v_slot, k, now())
  ON CONFLICT (state, item_id, department_id, assignee_id, due_on, slot)
  DO UPDATE SET n = s.n + EXCLUDED.n, updated_at = EXCLUDED.updated_at;

  IF r.submitted_at IS NOT NULL THEN
    INSERT INTO case_daily_stats AS s (day, item_id, department_id, change, slot, n, updated_at)
    VALUES (zone_day(r.submitted_at), r.item_id, v_dept, 'received', v_slot, k, now())
    ON CONFLICT (day, item_id, department_id, change, slot) DO UPDATE SET n = s.n + EXCLUDED.n, updated_at = EXCLUDED.updated_at;
  END IF;
  IF r.accepted_at IS NOT NULL THEN
    INSERT INTO case_daily_stats AS s (day, item_id, department_id, change, slot, n, updated_at)
    VALUES (zone_day(r.accepted_at), r.item_id, v_dept, 'accepted', v_slot, k, now())
    ON CONFLICT (day, item_id, department_id, change, slot) DO UPDATE SET n = s.n + EXCLUDED.n, updated_at = EXCLUDED.updated_at;
  END IF;
  IF r.completed_at IS NOT NULL THEN
    v_done := zone_day(r.completed_at);
    v_changes := array_append(v_changes, 'completed');
    IF r.service_deadline IS NULL OR v_done <= r.service_deadline THEN v_changes := array_append(v_changes, 'on_time_service'); END IF;
    IF r.legal_deadline IS NULL OR v_done <= r.legal_deadline THEN v_changes := array_append(v_changes, 'on_time_legal'); END IF;
    FOREACH v_ch IN ARRAY v_changes LOOP
      INSERT INTO case_daily_stats AS s (day, item_id, department_id, change, slot, n, updated_at)
      VALUES (v_done, r.item_id, v_dept, v_ch, v_slot, k, now())
      ON CONFLICT (day, item_id, department_id, change, slot) DO UPDATE SET n = s.n + EXCLUDED.n, updated_at = EXCLUDED.updated_at;
    END LOOP;
    IF r.working_days_taken IS NOT NULL THEN
      INSERT INTO case_duration_stats AS s (day, item_id, department_id, working_days, slot, n, updated_at)
      VALUES (v_done, r.item_id, v_dept, r.working_days_taken, v_slot, k, now())
      ON CONFLICT (day, item_id, department_id, working_days, slot) DO UPDATE SET n = s.n + EXCLUDED.n, updated_at = EXCLUDED.updated_at;
    END IF;
  END IF;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_stats_track() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.state, OLD.item_id, OLD.department_id, OLD.assignee_id, OLD.due_on, OLD.submitted_at,
      OLD.accepted_at, OLD.completed_at, OLD.service_deadline, OLD.legal_deadline, OLD.working_days_taken)
    IS NOT DISTINCT FROM (NEW.state, NEW.item_id, NEW.department_id, NEW.assignee_id, NEW.due_on, NEW.submitted_at,
      NEW.accepted_at, NEW.completed_at, NEW.service_deadline, NEW.legal_deadline, NEW.working_days_taken) THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock(727275);
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM case_stats_apply(OLD, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM case_stats_apply(NEW, 1); END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER cases_stats AFTER INSERT OR UPDATE OR DELETE ON cases FOR EACH ROW EXECUTE FUNCTION case_stats_track();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rating_stats_apply(r case_ratings, k integer) RETURNS void AS $$
BEGIN
  INSERT INTO rating_stats AS s (day, item_id, department_id, assignee_id, score, n, updated_at)
  VALUES (zone_day(r.created_at), r.item_id, coalesce(r.department_id, '00000000-0000-0000-0000-000000000000'::uuid),
    coalesce(r.assignee_id, '00000000-0000-0000-0000-000000000000'::uuid), r.score, k, now())
  ON CONFLICT (day, item_id, department_id, assignee_id, score) DO UPDATE SET n = s.n + EXCLUDED.n, updated_at = EXCLUDED.updated_at;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rating_stats_track() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.score, OLD.created_at, OLD.item_id, OLD.department_id, OLD.assignee_id)
    IS NOT DISTINCT FROM (NEW.score, NEW.created_at, NEW.item_id, NEW.department_id, NEW.assignee_id) THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock(727275);
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM rating_stats_apply(OLD, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM rating_stats_apply(NEW, 1); END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER case_ratings_stats AFTER INSERT OR UPDATE OR DELETE ON case_ratings FOR EACH ROW EXECUTE FUNCTION rating_stats_track();
