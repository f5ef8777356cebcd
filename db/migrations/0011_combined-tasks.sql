CREATE TYPE "public"."drawing_comment_status" AS ENUM('open', 'resolved', 'carried_over');--> statement-breakpoint
CREATE TYPE "public"."task_decision" AS ENUM('pending', 'approved', 'approved_with_conditions', 'revision_required', 'denied', 'not_required', 'cancelled');--> statement-breakpoint
ALTER TYPE "public"."notice_kind" ADD VALUE 'decision';--> statement-breakpoint
ALTER TYPE "public"."notice_kind" ADD VALUE 'denial';--> statement-breakpoint
CREATE TABLE "case_rounds" (
	"case_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"form_data" jsonb NOT NULL,
	"materials" jsonb NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_rounds_case_round_unique" UNIQUE("case_id","round")
);
--> statement-breakpoint
CREATE TABLE "case_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"task" jsonb NOT NULL,
	"item_code" text,
	"veto" boolean NOT NULL,
	"assignee_id" uuid,
	"decision" "task_decision" DEFAULT 'pending' NOT NULL,
	"opinion" text,
	"conditions" jsonb,
	"revision_items" jsonb,
	"round" integer NOT NULL,
	"previous_round" integer,
	"legal_days" integer NOT NULL,
	"service_days" integer NOT NULL,
	"legal_deadline" date NOT NULL,
	"service_deadline" date NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_tasks_case_department_unique" UNIQUE("case_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "drawing_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"material_id" uuid NOT NULL,
	"sheet" integer NOT NULL,
	"x" real NOT NULL,
	"y" real NOT NULL,
	"department_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"status" "drawing_comment_status" DEFAULT 'open' NOT NULL,
	"settled_material_id" uuid,
	"settled_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_item_departments" ADD COLUMN "item_code" text;--> statement-breakpoint
ALTER TABLE "service_item_departments" ADD COLUMN "veto" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "service_item_departments" ADD COLUMN "legal_days" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "service_item_versions" ADD COLUMN "stage" text;--> statement-breakpoint
ALTER TABLE "service_materials" ADD COLUMN "drawing_set" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "round" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "supplement_notices" ADD COLUMN "from_review" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "case_rounds" ADD CONSTRAINT "case_rounds_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_rounds" ADD CONSTRAINT "case_rounds_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drawing_comments" ADD CONSTRAINT "drawing_comments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drawing_comments" ADD CONSTRAINT "drawing_comments_material_id_case_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."case_materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drawing_comments" ADD CONSTRAINT "drawing_comments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drawing_comments" ADD CONSTRAINT "drawing_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drawing_comments" ADD CONSTRAINT "drawing_comments_settled_material_id_case_materials_id_fk" FOREIGN KEY ("settled_material_id") REFERENCES "public"."case_materials"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drawing_comments" ADD CONSTRAINT "drawing_comments_settled_by_users_id_fk" FOREIGN KEY ("settled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_tasks_queue_idx" ON "case_tasks" USING btree ("department_id","decision","service_deadline","id");--> statement-breakpoint
CREATE INDEX "drawing_comments_case_idx" ON "drawing_comments" USING btree ("case_id","created_at");--> statement-breakpoint
-- custom: what existing rows mean under the new columns.
-- A department's statutory limit defaults to its promised one; the veto to the department's own.
UPDATE "service_item_departments" SET "legal_days" = "time_limit_days" WHERE "legal_days" = 0;--> statement-breakpoint
UPDATE "service_item_departments" sid SET "veto" = d."has_veto" FROM "departments" d WHERE d."id" = sid."department_id";--> statement-breakpoint
-- Every case submitted so far is in its first round.
UPDATE "cases" SET "round" = 1 WHERE "submitted_at" IS NOT NULL;--> statement-breakpoint
INSERT INTO "case_rounds" ("case_id", "round", "form_data", "materials", "submitted_by", "submitted_at")
SELECT c."id", 1, c."form_data",
  COALESCE((SELECT jsonb_object_agg(m."material_code", m."version") FROM "case_materials" m
            WHERE m."case_id" = c."id" AND m."replaced_at" IS NULL), '{}'::jsonb),
  c."applicant_id", c."submitted_at"
FROM "cases" c WHERE c."submitted_at" IS NOT NULL;--> statement-breakpoint
-- Combined cases accepted before tasks existed get one pending task per department, on the case's own clocks.
INSERT INTO "case_tasks" ("case_id", "department_id", "task", "item_code", "veto", "round", "legal_days", "service_days",
  "legal_deadline", "service_deadline", "sort_order")
SELECT c."id", sid."department_id", sid."task", sid."item_code", sid."veto", 1, sid."legal_days", sid."time_limit_days",
  c."legal_deadline", c."service_deadline", sid."sort_order"
FROM "cases" c
JOIN "service_item_versions" v ON v."id" = c."item_version_id" AND v."kind" = 'combined'
JOIN "service_item_departments" sid ON sid."version_id" = v."id"
WHERE c."state" IN ('accepted', 'in_review', 'suspended') AND c."legal_deadline" IS NOT NULL AND c."service_deadline" IS NOT NULL;
