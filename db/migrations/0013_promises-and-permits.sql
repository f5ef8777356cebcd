CREATE TYPE "public"."approval_route" AS ENUM('ordinary', 'promise');--> statement-breakpoint
CREATE TYPE "public"."commitment_status" AS ENUM('proposed', 'signed', 'accepted', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."verification_status" AS ENUM('open', 'compliant', 'breached');--> statement-breakpoint
CREATE TABLE "obligation_reminders" (
	"obligation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "obligation_reminders_obligation_id_kind_pk" PRIMARY KEY("obligation_id","kind")
);
--> statement-breakpoint
CREATE TABLE "permit_number_counters" (
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "permit_number_counters_kind_year_pk" PRIMARY KEY("kind","year")
);
--> statement-breakpoint
CREATE TABLE "permits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"case_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"holder_name" text NOT NULL,
	"subject" text NOT NULL,
	"address" text NOT NULL,
	"valid_until" date,
	"authority" text NOT NULL,
	"status" "licence_status" DEFAULT 'valid' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status_reason" text,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "permits_number_unique" UNIQUE("number"),
	CONSTRAINT "permits_case_id_unique" UNIQUE("case_id")
);
--> statement-breakpoint
CREATE TABLE "tolerance_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"status" "commitment_status" DEFAULT 'proposed' NOT NULL,
	"items" jsonb NOT NULL,
	"wording" jsonb NOT NULL,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"signed_by" uuid,
	"signer_name" text,
	"signed_at" timestamp with time zone,
	"scan_file_id" uuid
);
--> statement-breakpoint
CREATE TABLE "verification_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"method" "verification_method" NOT NULL,
	"due_date" date NOT NULL,
	"status" "verification_status" DEFAULT 'open' NOT NULL,
	"assignee_id" uuid,
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"verdict_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credit_records" ADD COLUMN "clearing_evidence_file_id" uuid;--> statement-breakpoint
ALTER TABLE "service_item_versions" ADD COLUMN "verification_days" integer DEFAULT 20 NOT NULL;--> statement-breakpoint
ALTER TABLE "service_item_versions" ADD COLUMN "verification_method" "verification_method" DEFAULT 'document_check' NOT NULL;--> statement-breakpoint
ALTER TABLE "service_item_versions" ADD COLUMN "permit_kind" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "approval_route" "approval_route" DEFAULT 'ordinary' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "promised_clauses" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "obligations" ADD COLUMN "clause_code" text;--> statement-breakpoint
ALTER TABLE "obligations" ADD COLUMN "verification_task_id" uuid;--> statement-breakpoint
ALTER TABLE "obligations" ADD COLUMN "evidence_file_id" uuid;--> statement-breakpoint
ALTER TABLE "obligation_reminders" ADD CONSTRAINT "obligation_reminders_obligation_id_obligations_id_fk" FOREIGN KEY ("obligation_id") REFERENCES "public"."obligations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permits" ADD CONSTRAINT "permits_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permits" ADD CONSTRAINT "permits_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tolerance_commitments" ADD CONSTRAINT "tolerance_commitments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tolerance_commitments" ADD CONSTRAINT "tolerance_commitments_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tolerance_commitments" ADD CONSTRAINT "tolerance_commitments_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tolerance_commitments" ADD CONSTRAINT "tolerance_commitments_scan_file_id_stored_files_id_fk" FOREIGN KEY ("scan_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD CONSTRAINT "verification_tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD CONSTRAINT "verification_tasks_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD CONSTRAINT "verification_tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD CONSTRAINT "verification_tasks_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "permits_enterprise_idx" ON "permits" USING btree ("enterprise_id","issued_at");--> statement-breakpoint
CREATE UNIQUE INDEX "tolerance_commitments_live_idx" ON "tolerance_commitments" USING btree ("case_id") WHERE "tolerance_commitments"."status" in ('proposed', 'signed');--> statement-breakpoint
CREATE INDEX "verification_tasks_department_idx" ON "verification_tasks" USING btree ("department_id","status","due_date");--> statement-breakpoint
CREATE INDEX "verification_tasks_case_idx" ON "verification_tasks" USING btree ("case_id");--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_clearing_evidence_file_id_stored_files_id_fk" FOREIGN KEY ("clearing_evidence_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligations" ADD CONSTRAINT "obligations_verification_task_id_verification_tasks_id_fk" FOREIGN KEY ("verification_task_id") REFERENCES "public"."verification_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligations" ADD CONSTRAINT "obligations_evidence_file_id_stored_files_id_fk" FOREIGN KEY ("evidence_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- custom: promise clauses gain a code (P1, P2 … in their order) and the materials they replace
-- (none until an admin says so), so that a case can record which clauses were promised.
UPDATE "service_item_versions" v SET "promise_clauses" = coalesce((
  SELECT jsonb_agg(c.clause || jsonb_build_object('code', 'P' || c.n, 'replaces', '[]'::jsonb) ORDER BY c.n)
  FROM jsonb_array_elements(v."promise_clauses") WITH ORDINALITY AS c(clause, n)), '[]'::jsonb);--> statement-breakpoint
-- custom: the reminders the sweep already sent (an 'obligation_due' notification, one working day
-- before the due date) are recorded, so that no obligation is reminded twice of the same kind.
INSERT INTO "obligation_reminders" ("obligation_id", "kind", "sent_at")
  SELECT DISTINCT ON (o."id") o."id", 'day_before', n."created_at"
  FROM "notifications" n JOIN "obligations" o ON o."id"::text = n."payload"->>'obligationId'
  WHERE n."kind" = 'obligation_due'
  ORDER BY o."id", n."created_at";
