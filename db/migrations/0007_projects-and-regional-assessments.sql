CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"name" text NOT NULL,
	"site_parcel" text NOT NULL,
	"parcel" jsonb NOT NULL,
	"total_investment_yuan" bigint NOT NULL,
	"land_area_m2" integer NOT NULL,
	"floor_area_m2" integer NOT NULL,
	"industry" text NOT NULL,
	"stage" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "regional_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" jsonb NOT NULL,
	"document_number" text NOT NULL,
	"area" jsonb NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"file_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regional_assessments_document_number_unique" UNIQUE("document_number")
);
--> statement-breakpoint
ALTER TABLE "service_materials" ADD COLUMN "waived_by_assessment" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "project_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regional_assessments" ADD CONSTRAINT "regional_assessments_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regional_assessments" ADD CONSTRAINT "regional_assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projects_enterprise_idx" ON "projects" USING btree ("enterprise_id","created_at");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_project_idx" ON "cases" USING btree ("project_id","created_at");--> statement-breakpoint
-- custom:
-- The serial of every project code given here (lib/domain/project-code.ts): nextval never hands one
-- value out twice, and projects.code is unique. Serials below 1000 are left to imported projects.
CREATE SEQUENCE IF NOT EXISTS "project_code_seq" AS integer START WITH 1000 MINVALUE 1 MAXVALUE 999999 NO CYCLE;
--> statement-breakpoint
-- A catalogue loaded before this migration: the combined approval's EIA, energy and soil-and-water
-- materials are the ones regional assessments waive (new databases get this from the seed).
UPDATE "service_materials" SET "waived_by_assessment" = m.kind
FROM (VALUES ('eia', 'eia'), ('energy-report', 'energy'), ('soil-water-plan', 'soil_water')) AS m(code, kind)
WHERE "service_materials"."code" = m.code
  AND "service_materials"."waived_by_assessment" IS NULL
  AND "service_materials"."version_id" IN (SELECT "id" FROM "service_item_versions" WHERE "form_key" = 'combined-project');
