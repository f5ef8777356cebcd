CREATE TYPE "public"."key_project_level" AS ENUM('provincial', 'municipal', 'zone');--> statement-breakpoint
CREATE TYPE "public"."key_project_programme" AS ENUM('key', 'urban_upgrading');--> statement-breakpoint
CREATE TYPE "public"."problem_kind" AS ENUM('land', 'financing', 'permits', 'utilities', 'talent', 'other');--> statement-breakpoint
CREATE TYPE "public"."problem_state" AS ENUM('open', 'in_progress', 'resolved', 'confirmed');--> statement-breakpoint
CREATE TYPE "public"."problem_step_kind" AS ENUM('raised', 'taken', 'note', 'department', 'resolved', 'confirmed', 'reopened');--> statement-breakpoint
CREATE TYPE "public"."team_role" AS ENUM('lead', 'member');--> statement-breakpoint
CREATE TABLE "enterprise_problems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"kind" "problem_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"state" "problem_state" DEFAULT 'open' NOT NULL,
	"officer_id" uuid,
	"department_id" uuid,
	"due_on" date NOT NULL,
	"result" text,
	"raised_by" uuid,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "filing_authorizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"principal_name" text NOT NULL,
	"service_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"file_id" uuid NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "filing_authorizations_validity_check" CHECK ("filing_authorizations"."valid_from" <= "filing_authorizations"."valid_until")
);
--> statement-breakpoint
CREATE TABLE "investment_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"month" date NOT NULL,
	"amount_yuan" bigint NOT NULL,
	"note" text,
	"correction_reason" text,
	"supersedes_id" uuid,
	"superseded_at" timestamp with time zone,
	"reported_by" uuid,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investment_reports_amount_check" CHECK ("investment_reports"."amount_yuan" >= 0),
	CONSTRAINT "investment_reports_month_check" CHECK (extract(day from "investment_reports"."month") = 1)
);
--> statement-breakpoint
CREATE TABLE "key_project_annual_plans" (
	"project_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"plan_yuan" bigint NOT NULL,
	CONSTRAINT "key_project_annual_plans_project_id_year_pk" PRIMARY KEY("project_id","year")
);
--> statement-breakpoint
CREATE TABLE "key_project_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"planned_on" date NOT NULL,
	"actual_on" date
);
--> statement-breakpoint
CREATE TABLE "key_project_team_members" (
	"project_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "team_role" DEFAULT 'member' NOT NULL,
	CONSTRAINT "key_project_team_members_project_id_user_id_pk" PRIMARY KEY("project_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "key_projects" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"level" "key_project_level" NOT NULL,
	"programme" "key_project_programme" DEFAULT 'key' NOT NULL,
	"planned_yuan" bigint NOT NULL,
	"continuing" boolean DEFAULT false NOT NULL,
	"started_on" date,
	"marked_by" uuid,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officer_enterprises" (
	"enterprise_id" uuid PRIMARY KEY NOT NULL,
	"officer_id" uuid NOT NULL,
	"paired_by" uuid,
	"paired_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "problem_files" (
	"problem_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"step_id" uuid,
	CONSTRAINT "problem_files_problem_id_file_id_pk" PRIMARY KEY("problem_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "problem_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"problem_id" uuid NOT NULL,
	"kind" "problem_step_kind" NOT NULL,
	"body" text,
	"department_id" uuid,
	"by_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "filed_by_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "authorization_id" uuid;--> statement-breakpoint
ALTER TABLE "enterprise_problems" ADD CONSTRAINT "enterprise_problems_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_problems" ADD CONSTRAINT "enterprise_problems_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_problems" ADD CONSTRAINT "enterprise_problems_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_problems" ADD CONSTRAINT "enterprise_problems_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filing_authorizations" ADD CONSTRAINT "filing_authorizations_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filing_authorizations" ADD CONSTRAINT "filing_authorizations_agent_id_users_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filing_authorizations" ADD CONSTRAINT "filing_authorizations_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filing_authorizations" ADD CONSTRAINT "filing_authorizations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_reports" ADD CONSTRAINT "investment_reports_project_id_key_projects_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."key_projects"("project_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_reports" ADD CONSTRAINT "investment_reports_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_project_annual_plans" ADD CONSTRAINT "key_project_annual_plans_project_id_key_projects_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."key_projects"("project_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_project_milestones" ADD CONSTRAINT "key_project_milestones_project_id_key_projects_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."key_projects"("project_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_project_team_members" ADD CONSTRAINT "key_project_team_members_project_id_key_projects_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."key_projects"("project_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_project_team_members" ADD CONSTRAINT "key_project_team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_projects" ADD CONSTRAINT "key_projects_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_projects" ADD CONSTRAINT "key_projects_marked_by_users_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_enterprises" ADD CONSTRAINT "officer_enterprises_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_enterprises" ADD CONSTRAINT "officer_enterprises_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_enterprises" ADD CONSTRAINT "officer_enterprises_paired_by_users_id_fk" FOREIGN KEY ("paired_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_files" ADD CONSTRAINT "problem_files_problem_id_enterprise_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."enterprise_problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_files" ADD CONSTRAINT "problem_files_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_files" ADD CONSTRAINT "problem_files_step_id_problem_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."problem_steps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_steps" ADD CONSTRAINT "problem_steps_problem_id_enterprise_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."enterprise_problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_steps" ADD CONSTRAINT "problem_steps_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_steps" ADD CONSTRAINT "problem_steps_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enterprise_problems_enterprise_idx" ON "enterprise_problems" USING btree ("enterprise_id","raised_at");--> statement-breakpoint
CREATE INDEX "enterprise_problems_officer_state_idx" ON "enterprise_problems" USING btree ("officer_id","state","due_on");--> statement-breakpoint
CREATE INDEX "enterprise_problems_state_due_idx" ON "enterprise_problems" USING btree ("state","due_on");--> statement-breakpoint
CREATE INDEX "filing_authorizations_agent_idx" ON "filing_authorizations" USING btree ("agent_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "filing_authorizations_enterprise_idx" ON "filing_authorizations" USING btree ("enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "investment_reports_current_idx" ON "investment_reports" USING btree ("project_id","month") WHERE "investment_reports"."superseded_at" is null;--> statement-breakpoint
CREATE INDEX "key_project_milestones_project_idx" ON "key_project_milestones" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "key_project_team_members_user_idx" ON "key_project_team_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "key_project_team_one_lead_idx" ON "key_project_team_members" USING btree ("project_id") WHERE "key_project_team_members"."role" = 'lead';--> statement-breakpoint
CREATE INDEX "key_projects_programme_level_idx" ON "key_projects" USING btree ("programme","level");--> statement-breakpoint
CREATE INDEX "officer_enterprises_officer_idx" ON "officer_enterprises" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "problem_steps_problem_idx" ON "problem_steps" USING btree ("problem_id","at");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_filed_by_id_users_id_fk" FOREIGN KEY ("filed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_authorization_id_filing_authorizations_id_fk" FOREIGN KEY ("authorization_id") REFERENCES "public"."filing_authorizations"("id") ON DELETE no action ON UPDATE no action;