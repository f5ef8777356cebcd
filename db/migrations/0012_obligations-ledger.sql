CREATE TYPE "public"."obligation_consequence" AS ENUM('suspend', 'revoke');--> statement-breakpoint
CREATE TYPE "public"."obligation_suspension" AS ENUM('case', 'licence');--> statement-breakpoint
CREATE TYPE "public"."verification_method" AS ENUM('document_check', 'site_inspection', 'online_verification');--> statement-breakpoint
ALTER TYPE "public"."obligation_status" ADD VALUE 'verified' BEFORE 'breached';--> statement-breakpoint
ALTER TYPE "public"."obligation_status" ADD VALUE 'waived';--> statement-breakpoint
ALTER TYPE "public"."obligation_status" ADD VALUE 'extended';--> statement-breakpoint
CREATE TABLE "credit_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"case_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	"cleared_at" timestamp with time zone,
	"cleared_by" uuid,
	"clearing_reason" text,
	"clearing_evidence" text
);
--> statement-breakpoint
ALTER TABLE "obligations" ADD COLUMN "task_id" uuid;--> statement-breakpoint
ALTER TABLE "obligations" ADD COLUMN "requirement" text;--> statement-breakpoint
ALTER TABLE "obligations" ADD COLUMN "verification_method" "verification_method" DEFAULT 'document_check' NOT NULL;--> statement-breakpoint
ALTER TABLE "obligations" ADD COLUMN "verifier_department_id" uuid;--> statement-breakpoint
ALTER TABLE "obligations" ADD COLUMN "consequence" "obligation_consequence" DEFAULT 'suspend' NOT NULL;--> statement-breakpoint
ALTER TABLE "obligations" ADD COLUMN "status_reason" text;--> statement-breakpoint
ALTER TABLE "obligations" ADD COLUMN "verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "obligations" ADD COLUMN "verified_by" uuid;--> statement-breakpoint
ALTER TABLE "obligations" ADD COLUMN "breached_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "obligations" ADD COLUMN "suspended" "obligation_suspension";--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_cleared_by_users_id_fk" FOREIGN KEY ("cleared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credit_records_active_idx" ON "credit_records" USING btree ("enterprise_id","cleared_at");--> statement-breakpoint
ALTER TABLE "obligations" ADD CONSTRAINT "obligations_task_id_case_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."case_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligations" ADD CONSTRAINT "obligations_verifier_department_id_departments_id_fk" FOREIGN KEY ("verifier_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligations" ADD CONSTRAINT "obligations_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- custom: drizzle-kit adds "requirement" NOT NULL at once, which existing rows cannot meet (the
-- line above was made nullable). Existing obligations are all tolerated materials: what must be
-- done is to supply that material; the case's department verifies; open, fulfilled and breached
-- keep their meaning (a breach before this migration suspended nothing, so "suspended" stays null).
UPDATE "obligations" o SET "requirement" = coalesce(
  (SELECT m."name_zh" FROM "service_materials" m JOIN "cases" c ON c."item_version_id" = m."version_id"
    WHERE c."id" = o."case_id" AND m."code" = o."material_code"),
  o."material_code", o."commitment"),
  "verifier_department_id" = (SELECT c."department_id" FROM "cases" c WHERE c."id" = o."case_id"),
  "consequence" = CASE WHEN o."kind" = 'promise' THEN 'revoke'::"obligation_consequence" ELSE 'suspend'::"obligation_consequence" END;--> statement-breakpoint
ALTER TABLE "obligations" ALTER COLUMN "requirement" SET NOT NULL;--> statement-breakpoint
-- custom: the credit-record flag becomes a table of records; a flag that was set is kept as an active record
-- before the column goes (drizzle-kit dropped it first; moved here).
INSERT INTO "credit_records" ("enterprise_id", "reason", "recorded_at")
  SELECT "id", '失信记录（迁移前已登记）', "credit_record_at" FROM "enterprises" WHERE "credit_record_at" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprises" DROP COLUMN "credit_record_at";
